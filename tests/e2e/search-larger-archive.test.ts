/**
 * The search past today's five reports: with more candidates than it checks
 * at once, the page shows the first results with an honest bound (至多 n 份,
 * ≤ n beside the filters, data-exact="false"), and on "继续查找" goes on
 * until every candidate is checked; the final list and counts are exactly
 * those of the reports containing the phrase. A double click on "继续查找"
 * neither repeats nor skips results. Runs on a synthetic archive of 40
 * reports made by the benchmark's generator from the real ones (so they
 * share real phrases), normalized and built like the site.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { logProblems, recordPage } from '../../scripts/lib/browser/browser.ts';
import { buildSite } from './support/build-site.ts';
import { SITE_URL } from './support/constants.ts';
import type { BuiltSite } from './support/constants.ts';
import { parseReport } from './support/content.ts';
import type { ContentReport } from './support/content.ts';
import { useBrowser } from './support/fixture.ts';
import { makeSyntheticArchive } from './support/synthetic-archive.ts';
import { readFiles } from './support/site-files.ts';
import { buildSiteIndex } from '../../src/lib/search/parallel-build.ts';
import { INDEX_DIR } from '../../src/lib/search/index-format.ts';
import { startStaticServer } from '../../scripts/lib/browser/server.ts';
import type { StaticServer } from '../../scripts/lib/browser/server.ts';
import { containsWord, fold, openSearch, resultSlugs, statusText, waitForSearch } from './search-helpers.ts';
import type { Page } from 'playwright-core';

const REPORTS = 40;
const fixture = useBrowser();
const work = mkdtempSync(join(tmpdir(), 'search-larger-'));
let server: StaticServer;
let site: BuiltSite;
let reports: ContentReport[] = [];

beforeAll(async () => {
  const reportsDir = await makeSyntheticArchive(work, REPORTS);
  reports = readdirSync(reportsDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => parseReport(name, readFileSync(join(reportsDir, name), 'utf8')));
  const dist = join(work, 'dist');
  await buildSite('larger archive', { REPORTS_DIR: reportsDir, OUT_DIR: dist, BASE_PATH: '/', SITE_URL });
  server = await startStaticServer({ root: dist, base: '/' });
  site = { name: 'larger', dist, base: '/', url: server.url };
}, 600_000);

afterAll(async () => {
  await server?.close();
});

/** The synthetic reports containing the phrase, from their Markdown. */
function expected(phrase: string): string[] {
  return reports
    .filter((report) => containsWord(report, fold(phrase)))
    .map((report) => report.slug)
    .sort();
}

/** The most widespread of a few four-character phrases of the real reports, so the search has many candidates to check. */
function commonPhrase(): string {
  const phrases = ['法治政府', '依法行政', '法律顾问', '行政执法'];
  return phrases.sort((a, b) => expected(b).length - expected(a).length)[0] ?? '法治政府';
}

/** The results' data-total and data-exact. */
async function shownTotal(page: Page): Promise<{ total: number; exact: string | null }> {
  const results = page.locator('#search-results');
  return { total: Number(await results.getAttribute('data-total')), exact: await results.getAttribute('data-exact') };
}

/** The count beside each year filter, e.g. { 2023: '≤7' }. */
async function yearCounts(page: Page): Promise<Record<string, string>> {
  const labels = await page
    .locator('#search-filters label:has(input[name="year"])')
    .evaluateAll((nodes) =>
      nodes.map((node) => [
        node.querySelector('input')?.value ?? '',
        node.querySelector('.search-filter-count')?.textContent ?? '',
      ]),
    );
  return Object.fromEntries(labels.map(([year, count]) => [year ?? '', (count ?? '').replace(/[（）]/gu, '')]));
}

/** Clicks "继续查找" until it is gone. */
async function continueToEnd(page: Page, phrase: string): Promise<void> {
  const more = page.locator('#search-more');
  for (let step = 0; step < 20 && (await more.isVisible()); step++) {
    await more.click();
    await waitForSearch(page, phrase);
  }
  expect(await more.isVisible()).toBe(false);
}

describe('a search with more candidates than are checked at once', () => {
  test('shows the first results with an honest bound, then all of them on request, exactly', async () => {
    const phrase = commonPhrase();
    const all = expected(phrase);
    expect(
      all.length,
      `${phrase} should be in more than 24 of the ${reports.length} synthetic reports`,
    ).toBeGreaterThan(24);
    const context = await fixture.context();
    const page = await context.newPage();
    const log = recordPage(page);
    await openSearch(page, site, { q: phrase });
    const first = await resultSlugs(page, site);
    expect(first.length).toBe(10);
    expect(all).toEqual(expect.arrayContaining(first));
    const bound = await shownTotal(page);
    expect(bound.exact).toBe('false');
    expect(bound.total).toBeGreaterThanOrEqual(all.length);
    expect(await statusText(page)).toBe(
      `已找到 10 份包含“${phrase}”的报告，共至多 ${bound.total} 份（其余可能的报告尚未核对）。`,
    );
    // Every count beside a year is a bound (≤ n) no lower than the truth.
    for (const [year, shown] of Object.entries(await yearCounts(page))) {
      const truth = all.filter((slug) => reports.find((r) => r.slug === slug)?.year === Number(year)).length;
      const value = Number(shown.replace('≤', ''));
      expect(value, `year ${year}: ${shown}`).toBeGreaterThanOrEqual(truth);
    }
    await continueToEnd(page, phrase);
    expect(await resultSlugs(page, site)).toEqual(all);
    expect(await statusText(page)).toBe(`共有 ${all.length} 份报告包含“${phrase}”。`);
    expect(await shownTotal(page)).toEqual({ total: all.length, exact: 'true' });
    // Once every candidate is checked, each year's count is exact.
    for (const [year, shown] of Object.entries(await yearCounts(page))) {
      const truth = all.filter((slug) => reports.find((r) => r.slug === slug)?.year === Number(year)).length;
      expect(shown, `year ${year}`).toBe(String(truth));
    }
    expect(logProblems(log)).toBe('');
    await context.close();
  });

  test('a double click on 继续查找 neither repeats nor skips results', async () => {
    const phrase = commonPhrase();
    const context = await fixture.context();
    const page = await context.newPage();
    await openSearch(page, site, { q: phrase });
    await page.locator('#search-more').dblclick();
    await waitForSearch(page, phrase);
    const afterDouble = await resultSlugs(page, site);
    expect(new Set(afterDouble).size, 'no report listed twice').toBe(afterDouble.length);
    // Two clicks in one task, before the first step can disable the button.
    await page.evaluate(() => {
      const button = document.getElementById('search-more');
      button?.click();
      button?.click();
    });
    await waitForSearch(page, phrase);
    await continueToEnd(page, phrase);
    const final = await resultSlugs(page, site);
    expect(new Set(final).size, 'no report listed twice').toBe(final.length);
    expect(final).toEqual(expected(phrase));
    await context.close();
  });
  test('a place name gives exactly the reports whose text contains it', async () => {
    const report = reports[0];
    if (report === undefined) throw new Error('no synthetic report');
    const phrase = report.place;
    const context = await fixture.context();
    const page = await context.newPage();
    await openSearch(page, site, { q: phrase });
    await expect
      .poll(async () => {
        if (await page.locator('#search-more').isVisible()) await page.locator('#search-more').click();
        await waitForSearch(page, phrase);
        return resultSlugs(page, site);
      })
      .toEqual(expected(phrase));
    await context.close();
  });
});

describe('the index built from the report pages', () => {
  test('is the same bytes whether one thread or three write its partitions', async () => {
    const built = await readFiles(join(site.dist, INDEX_DIR));
    for (const threads of [1, 3]) {
      const out = join(work, `index-${threads}`);
      const summary = await buildSiteIndex(site.dist, out, join(work, `index-${threads}.work`), threads);
      expect(summary.reports).toBe(REPORTS);
      const rebuilt = await readFiles(out);
      expect([...rebuilt.keys()]).toEqual([...built.keys()]);
      const different = [...built].filter(([path, bytes]) => !bytes.equals(rebuilt.get(path) ?? Buffer.alloc(0)));
      expect(different.map(([path]) => path)).toEqual([]);
    }
  }, 300_000);
});
