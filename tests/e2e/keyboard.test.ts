/**
 * Keyboard use: the first Tab from the top of a page reaches a visible skip
 * link, and following it moves focus into the main content, so the next Tab
 * lands inside <main> rather than in the header navigation.
 */
import { describe, expect, test } from 'vitest';
import { logProblems, openPage } from '../../scripts/lib/browser/browser.ts';
import { rootSite, urlOf } from './support/context.ts';
import { useBrowser } from './support/fixture.ts';
import { samplePages } from './support/pages.ts';

const site = rootSite();
const samples = (await samplePages(site)).filter((s) => ['home', 'report', 'year', 'compare'].includes(s.type));
const fixture = useBrowser();

describe('skip link', () => {
  test.for(samples)('on the $type page ($path), Tab reaches a skip link that moves focus to main', async (sample) => {
    const context = await fixture.context();
    const url = urlOf(site, sample.path);
    const { page, log } = await openPage(context, url);
    await page.keyboard.press('Tab');

    const focused = page.locator(':focus');
    expect(await focused.evaluate((el) => el.localName), `${url}: the first Tab should focus a link`).toBe('a');
    const target = ((await focused.getAttribute('href')) ?? '').replace(/^.*#/, '');
    expect(target, `${url}: the first focusable link should point to #<main's id>`).toBe(
      await page.getByRole('main').getAttribute('id'),
    );
    expect(await focused.textContent(), `${url}: skip link text`).toMatch(/跳|正文|主要内容/);
    const box = await focused.boundingBox();
    expect(
      box !== null && box.width > 1 && box.height > 1 && box.y >= 0,
      `${url}: the focused skip link must be visible`,
    ).toBe(true);

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const insideMain = await page.evaluate(
      () => document.querySelector('main')?.contains(document.activeElement) ?? false,
    );
    expect(insideMain, `${url}: after the skip link, Tab should move to an element inside <main>`).toBe(true);
    expect(logProblems(log), `${url} console`).toBe('');
    await context.close();
  });
});
