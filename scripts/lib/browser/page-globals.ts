/**
 * The few browser globals used by the functions that scripts/ passes to Playwright's `page.evaluate`. Such a
 * function runs in the page but is type-checked with scripts/, which has Node's types and no DOM
 * (scripts/tsconfig.json), so it reads the page's globals as `globalThis as unknown as PageGlobals`.
 * Types only: a function sent into the page cannot use imported values.
 */
export interface PageElement {
  readonly tagName: string;
  readonly dataset: Record<string, string | undefined>;
  querySelector(selectors: string): PageElement | null;
  querySelectorAll(selectors: string): Iterable<PageElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  addEventListener(type: string, listener: () => void, options?: { capture?: boolean }): void;
}

/** An `<input>`: an element with a value. */
export interface PageInput extends PageElement {
  readonly value: string;
}

export interface PageMutationObserver {
  observe(
    target: PageElement,
    options: { childList?: boolean; subtree?: boolean; attributes?: boolean; characterData?: boolean },
  ): void;
  disconnect(): void;
}

export interface PageGlobals {
  readonly document: {
    querySelector(selectors: string): PageElement | null;
    getElementById(id: string): PageElement | null;
  };
  readonly MutationObserver: new (callback: () => void) => PageMutationObserver;
  readonly performance: { now(): number };
}
