/**
 * The search past today's five reports: with more candidates than it checks
 * at once, the page shows the first results, says how many candidates it has
 * checked, and on "继续查找" goes on until every candidate is checked; the
 * final list is exactly the reports containing the phrase. Runs on a
 * synthetic archive of 30 reports made by the benchmark's generator from the
 * real ones (so they share real phrases), normalized and built like the site.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/lib/bench/generate-corpus.ts';
import { loadMaterial } from '../../scripts/lib/bench/material.ts';
import { logProblems, recordPage } from '../../scripts/lib/browser/browser.ts';
import { buildSite, repoRoot } from './support/build-site.ts';
import { SITE_URL } from './support/constants.ts';
import type { BuiltSite } from './support/constants.ts';
import { parseReport } from './support/content.ts';
import type { ContentReport } from './support/content.ts';
import { useBrowser } from './support/fixture.ts';
import { startStaticServer } from '../../scripts/lib/browser/server.ts';
import type { StaticServer } from '../../scripts/lib/browser/server.ts';
import { openSearch, resultSlugs, squeeze, statusText, textBlocks, waitForSearch } from './search-helpers.ts';

const REPORTS = 30;
const fixture = useBrowser();
const work = mkdtempSync(join(tmpdir(), 'search-larger-'));
let server: StaticServer;
let site: BuiltSite;
let reports: ContentReport[] = [];

beforeAll(async () => {
  const sources = join(work, 'sources');
  const reportsDir = join(work, 'reports');
  await generateCorpus({ material: loadMaterial(join(repoRoot, 'content/reports')), dir: sources, count: REPORTS });
  mkdirSync(reportsDir);
  const run = spawnSync(
    join(repoRoot, 'node_modules/.bin/node'),
    ['scripts/normalize.ts', '--in', sources, '--out', reportsDir, '--quiet'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`normalizing the synthetic corpus failed:\n${run.stderr}`);
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
    .filter((report) => textBlocks(report).some((block) => block.includes(squeeze(phrase))))
    .map((report) => report.slug)
    .sort();
}

/** The most widespread of a few phrases of the real reports, so the search has many candidates. */
function commonPhrase(): string {
  const phrases = ['法治政府', '依法行政', '法律顾问', '行政执法', '纠纷'];
  return phrases.sort((a, b) => expected(b).length - expected(a).length)[0] ?? '法治政府';
}

describe('a search with more candidates than are checked at once', () => {
  test('shows the first results, then all of them on request, exactly', async () => {
    const phrase = commonPhrase();
    const all = expected(phrase);
    expect(all.length, `${phrase} should be in more than 5 of the ${reports.length} synthetic reports`).toBeGreaterThan(
      5,
    );
    const context = await fixture.context();
    const page = await context.newPage();
    const log = recordPage(page);
    await openSearch(page, site, { q: phrase });
    expect(await statusText(page)).toMatch(
      new RegExp(`^已找到 \\d+ 份包含“${phrase}”的报告（已核对 \\d+ / \\d+ 份可能的报告）。$`, 'u'),
    );
    const first = await resultSlugs(page, site);
    expect(first.length).toBeGreaterThanOrEqual(5);
    expect(all).toEqual(expect.arrayContaining(first));
    const more = page.locator('#search-more');
    for (let step = 0; step < 20 && (await more.isVisible()); step++) {
      await more.click();
      await waitForSearch(page, phrase);
      await expect
        .poll(async () => (await resultSlugs(page, site)).length > first.length || !(await more.isVisible()))
        .toBe(true);
    }
    expect(await more.isVisible()).toBe(false);
    expect(await resultSlugs(page, site)).toEqual(all);
    expect(await statusText(page)).toBe(`共有 ${all.length} 份报告包含“${phrase}”。`);
    expect(logProblems(log)).toBe('');
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
