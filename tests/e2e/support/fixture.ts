/**
 * Per-file browser lifecycle: one Chromium per test file, launched before the
 * first test and closed after the last, with fresh contexts on demand.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { launchBrowser, newContext } from '../../../scripts/lib/browser/browser.ts';

export interface BrowserFixture {
  /** The file's browser (available inside tests and hooks). */
  readonly browser: Browser;
  /** A new context (own cookies, cache, permissions), closed with the browser. */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
}

/** Registers beforeAll/afterAll hooks that launch and close a browser for this file. */
export function useBrowser(): BrowserFixture {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const get = (): Browser => {
    if (browser === undefined) throw new Error('browser used outside a test or hook');
    return browser;
  };
  return {
    get browser() {
      return get();
    },
    context: (options) => newContext(get(), options),
  };
}
