/**
 * Reading needs no JavaScript: with scripts disabled, every report page shows
 * its title, its section headings and its text, as the content has them.
 */
import { describe, expect, test } from 'vitest';
import { logProblems, openPage } from '../../scripts/lib/browser/browser.ts';
import { rootSite, urlOf } from './support/context.ts';
import { loadReports } from './support/content.ts';
import { useBrowser } from './support/fixture.ts';

const site = rootSite();
const reports = await loadReports();
const fixture = useBrowser();

/** Markdown inline syntax is rendered away; compare text with it removed and spaces ignored. */
function plain(text: string): string {
  return text.replace(/[*_`]|\[|\]\([^)]*\)/g, '').replace(/\s+/g, '');
}

describe('reports without JavaScript', () => {
  test.for(reports)('$slug reads with scripts disabled', async (report) => {
    const context = await fixture.context({ javaScriptEnabled: false });
    const url = urlOf(site, `reports/${report.slug}/`);
    const { page, log } = await openPage(context, url);

    expect(await page.getByRole('heading', { level: 1 }).textContent(), `${url} h1`).toContain(report.title);
    const body = plain(await page.locator('main').innerText());
    const missingHeadings = report.headings.filter((h) => !body.includes(plain(h.text))).map((h) => h.text);
    expect(missingHeadings, `${url}: headings of the content missing from the page`).toEqual([]);
    const missingParagraphs = report.paragraphs.filter((p) => !body.includes(plain(p))).map((p) => p.slice(0, 30));
    expect(missingParagraphs, `${url}: paragraphs of the content missing from the page`).toEqual([]);
    for (const level of [2, 3]) {
      const inContent = report.headings.filter((h) => h.depth === level).length;
      const rendered = await page.locator('main').getByRole('heading', { level }).count();
      expect(
        rendered,
        `${url}: h${level} headings (content has ${inContent} level-${level - 1} sections)`,
      ).toBeGreaterThanOrEqual(inContent);
    }
    expect(logProblems(log), `${url} console`).toBe('');
    await context.close();
  });
});
