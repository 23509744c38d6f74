/**
 * Filters and the URL (issue 6): place, year and province filters alone and
 * combined with a query, counts beside each value, the sort by year, and the
 * search living in the URL: a loaded URL gives the same search, a change
 * adds a history entry, the back button returns to the previous search.
 * Expected sets come from the content. Ends with an accessibility scan of
 * the page showing results, looser matches and a filtered list.
 */
import AxeBuilder from '@axe-core/playwright';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { logProblems, recordPage } from '../../scripts/lib/browser/browser.ts';
import type { PageLog } from '../../scripts/lib/browser/browser.ts';
import { loadReports } from './support/content.ts';
import type { ContentReport } from './support/content.ts';
import { rootSite } from './support/context.ts';
import { useBrowser } from './support/fixture.ts';
import {
  expectedSlugs,
  openSearch,
  resultSlugs,
  resultLinks,
  statusText,
  typeQuery,
  waitForSearch,
} from './search-helpers.ts';

const fixture = useBrowser();
const site = rootSite();
const reports = await loadReports();

const slugsWhere = (keep: (report: ContentReport) => boolean): string[] =>
  reports
    .filter(keep)
    .map((r) => r.slug)
    .sort();
/** The year with the most reports (ties: the latest), so filtering by it leaves several. */
const busiestYear = String(
  [...new Set(reports.map((r) => r.year))].sort(
    (a, b) => slugsWhere((r) => r.year === b).length - slugsWhere((r) => r.year === a).length || b - a,
  )[0],
);
const firstPlace = reports[0]?.place ?? '';

let page: Page;
let log: PageLog;

beforeAll(async () => {
  const context = await fixture.context();
  page = await context.newPage();
  log = recordPage(page);
});

/** The count shown beside a filter value, e.g. 2 for "2023年 （2）"; 0 when the value is not offered. */
async function shownCount(key: string, value: string): Promise<number> {
  const label = page.locator(`#search-filters label:has(input[name="${key}"][value="${value}"])`);
  if ((await label.count()) === 0) return 0;
  const text = (await label.locator('.search-filter-count').textContent()) ?? '';
  return Number(/（(\d+)/u.exec(text)?.[1] ?? Number.NaN);
}

/** The URL's search parameters, as the page left them. */
function urlParams(): URLSearchParams {
  return new URL(page.url()).searchParams;
}

describe('filters without a query', () => {
  test('a year lists every report of that year, and says how many', async () => {
    await openSearch(page, site, { year: busiestYear });
    const expected = slugsWhere((r) => String(r.year) === busiestYear);
    expect(await resultSlugs(page, site)).toEqual(expected);
    expect(await statusText(page)).toBe(`共有 ${expected.length} 份报告符合所选的筛选条件。`);
    expect(logProblems(log)).toBe('');
  });

  test('a place lists every report of that place', async () => {
    await openSearch(page, site, { place: firstPlace });
    expect(await resultSlugs(page, site)).toEqual(slugsWhere((r) => r.place === firstPlace));
  });

  test('a province and a year combine (both apply); two years are alternatives', async () => {
    const province = reports.find((r) => String(r.year) === busiestYear)?.province ?? '';
    await openSearch(page, site, { province, year: busiestYear });
    expect(await resultSlugs(page, site)).toEqual(
      slugsWhere((r) => r.province === province && String(r.year) === busiestYear),
    );
    const years = [...new Set(reports.map((r) => String(r.year)))].slice(0, 2);
    await openSearch(page, site, { year: years });
    expect(await resultSlugs(page, site)).toEqual(slugsWhere((r) => years.includes(String(r.year))));
  });

  test('each year shows how many reports it has', async () => {
    await openSearch(page, site, { year: busiestYear });
    for (const year of new Set(reports.map((r) => String(r.year)))) {
      expect(await shownCount('year', year), year).toBe(slugsWhere((r) => String(r.year) === year).length);
    }
  });
});

describe('filters with a query', () => {
  test('纠纷 within a year: the reports of that year containing it, with counts per year for the query', async () => {
    await openSearch(page, site, { q: '纠纷', year: busiestYear });
    const containing = await expectedSlugs('纠纷');
    const expected = containing.filter((slug) => String(reports.find((r) => r.slug === slug)?.year) === busiestYear);
    expect(await resultSlugs(page, site)).toEqual(expected);
    expect(await statusText(page)).toBe(`在所选范围内，共有 ${expected.length} 份报告包含“纠纷”。`);
    for (const year of new Set(reports.map((r) => String(r.year)))) {
      const inYear = containing.filter((slug) => String(reports.find((r) => r.slug === slug)?.year) === year).length;
      expect(await shownCount('year', year), `count beside ${year} for 纠纷`).toBe(inYear);
    }
    expect(logProblems(log)).toBe('');
  });

  test('法律顾问 in one place', async () => {
    await openSearch(page, site, { q: '法律顾问', place: firstPlace });
    const expected = (await expectedSlugs('法律顾问')).filter(
      (slug) => reports.find((r) => r.slug === slug)?.place === firstPlace,
    );
    expect(await resultSlugs(page, site)).toEqual(expected);
  });
});

describe('the search lives in the URL', () => {
  test('a loaded URL fills the form and gives the same results as typing', async () => {
    const province = reports[0]?.province ?? '';
    await openSearch(page, site, { q: '行政执法', province, sort: 'year-asc' });
    const fromUrl = await resultLinks(page, site);
    expect(await page.locator('#search-input').inputValue()).toBe('行政执法');
    expect(await page.locator('#search-sort').inputValue()).toBe('year-asc');
    expect(await page.locator(`#search-filters input[name="province"][value="${province}"]`).isChecked()).toBe(true);

    await openSearch(page, site, { province, sort: 'year-asc' });
    await typeQuery(page, '行政执法');
    expect(await resultLinks(page, site)).toEqual(fromUrl);
    expect(urlParams().get('q')).toBe('行政执法');
    expect(urlParams().getAll('province')).toEqual([province]);
  });

  test('results follow the chosen year order', async () => {
    const yearOf = (slug: string): number => reports.find((r) => r.slug === slug)?.year ?? 0;
    await openSearch(page, site, { q: '法律顾问', sort: 'year-asc' });
    const ascending = (await resultLinks(page, site)).map((link) => yearOf(link.slug));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await openSearch(page, site, { q: '法律顾问' });
    const descending = (await resultLinks(page, site)).map((link) => yearOf(link.slug));
    expect(descending).toEqual([...descending].sort((a, b) => b - a));
  });

  test('ticking a filter adds it to the URL; the back button restores the previous search', async () => {
    await openSearch(page, site, { q: '纠纷' });
    const all = await resultSlugs(page, site);
    await page.locator(`#search-filters input[name="year"][value="${busiestYear}"]`).check();
    await expect.poll(() => urlParams().getAll('year')).toEqual([busiestYear]);
    await waitForSearch(page, '纠纷');
    await expect
      .poll(() => resultSlugs(page, site))
      .toEqual(all.filter((slug) => String(reports.find((r) => r.slug === slug)?.year) === busiestYear));

    await page.goBack();
    await expect.poll(() => urlParams().getAll('year')).toEqual([]);
    await waitForSearch(page, '纠纷');
    await expect.poll(() => resultSlugs(page, site)).toEqual(all);
    expect(await page.locator(`#search-filters input[name="year"][value="${busiestYear}"]`).isChecked()).toBe(false);

    await page.goForward();
    await expect.poll(() => urlParams().getAll('year')).toEqual([busiestYear]);
    await expect
      .poll(() => page.locator(`#search-filters input[name="year"][value="${busiestYear}"]`).isChecked())
      .toBe(true);
    expect(logProblems(log)).toBe('');
  });

  test('a new query typed after another is one more step back', async () => {
    await openSearch(page, site, { q: '法律顾问' });
    await typeQuery(page, '法律明白人');
    expect(urlParams().get('q')).toBe('法律明白人');
    await page.goBack();
    await expect.poll(() => urlParams().get('q')).toBe('法律顾问');
    await waitForSearch(page, '法律顾问');
    expect(await page.locator('#search-input').inputValue()).toBe('法律顾问');
    expect(await resultSlugs(page, site)).toEqual(await expectedSlugs('法律顾问'));
  });
});

describe('accessibility of a search with results', () => {
  test.for([{ q: '纠纷', year: busiestYear }, { q: '一网通办' }, { year: busiestYear }])(
    'axe finds no violation with %o',
    async (params) => {
      await openSearch(page, site, params);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    },
  );
});

describe('keyboard', () => {
  test('a filter ticked with the keyboard keeps the focus after the results update', async () => {
    await openSearch(page, site, { q: '纠纷' });
    const checkbox = page.locator(`#search-filters input[name="year"][value="${busiestYear}"]`);
    await checkbox.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => urlParams().getAll('year')).toEqual([busiestYear]);
    await waitForSearch(page, '纠纷');
    await expect
      .poll(() =>
        page.evaluate(() => {
          const active = document.activeElement;
          return active instanceof HTMLInputElement ? `${active.name}=${active.value}` : String(active?.tagName);
        }),
      )
      .toBe(`year=${busiestYear}`);
  });
});
