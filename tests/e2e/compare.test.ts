/**
 * Compare pages: /compare/<part>/ shows that part of every report and links
 * back to each section. The expected sections are read from the report pages
 * (their `data-part` wrappers), and those are checked against the content:
 * one wrapper per level-1 heading, and headings worded unmistakably by the
 * national outline (存在的不足/问题, 第一责任人, 下一年度…安排, 其他需要报告)
 * in the part the outline names.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { logProblems, openPage } from './support/browser.ts';
import { rootSite, urlOf } from './support/context.ts';
import { certainPart, loadReports, OUTLINE_PARTS } from './support/content.ts';
import { useBrowser } from './support/fixture.ts';
import { linkedSections, reportParts } from './support/site-links.ts';

const PARTS = OUTLINE_PARTS;
const site = rootSite();
const reports = await loadReports();
const fixture = useBrowser();

/** slug → the level-1 sections its page shows, in order. */
const partsBySlug = new Map<string, { part: string; id: string; heading: string }[]>();
let context: BrowserContext;

beforeAll(async () => {
  context = await fixture.context();
  for (const report of reports) {
    const { page, log } = await openPage(context, urlOf(site, `reports/${report.slug}/`));
    partsBySlug.set(report.slug, await reportParts(page));
    expect(logProblems(log), `reports/${report.slug}/ console`).toBe('');
    await page.close();
  }
});

describe('report parts', () => {
  test.for(reports)('$slug: one data-part section per level-1 heading, in the part its wording names', (report) => {
    const parts = partsBySlug.get(report.slug) ?? [];
    const level1 = report.headings.filter((h) => h.depth === 2);
    expect(parts.length, `${report.slug}: [data-part] sections vs level-1 headings in ${report.file}`).toBe(level1.length);
    for (const [index, heading] of level1.entries()) {
      const shown = parts[index];
      expect(PARTS as readonly string[], `${report.slug} #${shown?.id}: unknown data-part`).toContain(shown?.part);
      const certain = certainPart(heading.text);
      if (certain !== undefined) expect(shown?.part, `${report.slug}: "${heading.text}"`).toBe(certain);
    }
  });
});

describe('compare pages', () => {
  test.for(PARTS)('compare/%s/ shows that part of every report that has it, grouped by year', async (part) => {
    const expected = reports.flatMap((r) => (partsBySlug.get(r.slug) ?? []).filter((p) => p.part === part).map((p) => `${r.slug}#${p.id}`));
    const path = `compare/${part}/`;
    const { page, log, status } = await openPage(context, urlOf(site, path));
    expect(status, `${path} status`).toBe(200);
    const linked = await linkedSections(page, site);
    expect([...linked].sort(), `sections linked from ${path}`).toEqual([...expected].sort());

    // Grouped by year: the years of the listed sections form one run per year.
    const years = linked.map((entry) => reports.find((r) => r.slug === entry.split('#')[0])?.year ?? 0);
    const runs = years.filter((year, i) => i === 0 || year !== years[i - 1]);
    expect(runs, `${path} should group sections by year (years in page order: ${years.join(', ')})`).toEqual([...new Set(runs)]);

    // Each shown section carries its place and year next to the link back.
    const text = (await page.locator('main').innerText()).replace(/\s+/g, '');
    for (const entry of linked) {
      const report = reports.find((r) => r.slug === entry.split('#')[0]);
      expect(text, `${path} should name the place of ${entry}`).toContain(report?.place ?? '?');
    }
    expect(logProblems(log), `${path} console`).toBe('');
    await page.close();
  });

  test('compare/ links to all five parts', async () => {
    const { page, log } = await openPage(context, urlOf(site, 'compare/'));
    const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const part of PARTS) expect(hrefs, `compare/ should link to compare/${part}/`).toContain(urlOf(site, `compare/${part}/`));
    expect(logProblems(log), 'compare/ console').toBe('');
    await page.close();
  });
});
