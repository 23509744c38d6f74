/**
 * Reading facts out of a rendered page: its heading outline and the styles
 * that tell whether a section is highlighted.
 */
import type { Locator, Page } from 'playwright-core';

/** A heading as exposed to readers: its level (1–6) and text. */
export interface OutlineHeading {
  level: number;
  text: string;
}

/** The rendered headings of a page in document order (hidden ones left out, as assistive technology does). */
export function readOutline(page: Page): Promise<OutlineHeading[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((element) => element.checkVisibility())
      .map((element) => ({
        level: Number(element.tagName.slice(1)),
        text: (element.textContent ?? '').trim().slice(0, 40),
      })),
  );
}

/**
 * What is wrong with an outline: not exactly one h1, a heading before the h1,
 * or a level skipped on the way down (h2 → h4). Going back up any number of
 * levels is fine. Returns '' for a correct outline.
 */
export function outlineProblems(outline: readonly OutlineHeading[]): string {
  const problems: string[] = [];
  const h1s = outline.filter((h) => h.level === 1);
  if (h1s.length !== 1)
    problems.push(`${h1s.length} h1 elements (want exactly one): ${h1s.map((h) => h.text).join(' | ')}`);
  let previous = 0;
  for (const heading of outline) {
    if (heading.level > previous + 1) {
      problems.push(
        previous === 0
          ? `the first heading is h${heading.level} "${heading.text}", not h1`
          : `h${previous} → h${heading.level} skips a level at "${heading.text}"`,
      );
    }
    previous = heading.level;
  }
  return problems.join('\n');
}

/** Computed style properties a highlight could use. */
const HIGHLIGHT_PROPERTIES = [
  'background-color',
  'background-image',
  'outline-style',
  'outline-color',
  'outline-width',
  'box-shadow',
  'border-left-color',
  'border-left-width',
  'border-left-style',
  'color',
  'text-decoration-line',
  'text-decoration-color',
] as const;

/**
 * The highlight-relevant computed style of an element and of its parent (a
 * site may highlight the section around a targeted heading rather than the
 * heading itself), as one string per element.
 */
export function highlightStyle(locator: Locator): Promise<string[]> {
  return locator.evaluate(
    (element, properties) => {
      const describe = (el: Element): string => {
        const style = getComputedStyle(el);
        return properties.map((p) => `${p}: ${style.getPropertyValue(p)}`).join('; ');
      };
      return [describe(element), element.parentElement === null ? '' : describe(element.parentElement)];
    },
    HIGHLIGHT_PROPERTIES as unknown as string[],
  );
}

/** Whether the element matches :target right now. */
export function isTarget(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element.matches(':target'));
}

/**
 * Whether the element's top edge is on screen and the element is really
 * visible there (not under a sticky header): the point just inside its
 * top-left corner hits the element or something inside it.
 */
export function isOnScreenAndUncovered(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.top < 0 || box.top >= window.innerHeight) return false;
    const hit = document.elementFromPoint(box.left + Math.min(8, box.width / 2), box.top + Math.min(8, box.height / 2));
    return hit !== null && (hit === element || element.contains(hit));
  });
}
