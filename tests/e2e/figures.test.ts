/**
 * Figures as data (issue 11, item 1) in the built site: each report page's
 * panel, the report's own figures page, the families with their static SVG
 * chart, and the CSV under /data/. Expectations come from the CSV the build
 * wrote (parsed with csv-parse) and from the content, not from src/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { logProblems, openPage } from './support/browser.ts';
import { builtSites, urlOf } from './support/context.ts';
import { loadReports } from './support/content.ts';
import { useBrowser } from './support/fixture.ts';

const reports = await loadReports();
const fixture = useBrowser();
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

type Row = Record<string, string>;

function readCsv(dist: string): Row[] {
  const files = readdirSync(join(dist, 'data'))
    .filter((name) => /^figures-\d{5}\.csv$/u.test(name))
    .sort();
  return files.flatMap((file) => {
    const text = readFileSync(join(dist, 'data', file), 'utf8');
    expect(text.startsWith('\uFEFF'), `${file} starts with a BOM`).toBe(true);
    return parse<Row>(text, { bom: true, columns: true, record_delimiter: '\r\n' });
  });
}

describe.for(builtSites())('figures in the $name build', (site) => {
  const rows = readCsv(site.dist);

  test('the CSV holds figures of every report that states one, each as written in its sentence', () => {
    const slugs = new Set(reports.map((report) => report.slug));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(slugs.has(row['report'] ?? ''), `CSV report ${row['report']}`).toBe(true);
      expect(row['sentence'], 'sentence holds the figure as written').toContain(row['written']);
      expect(Number.isFinite(Number(row['value'])), `value ${row['value']}`).toBe(true);
      const report = reports.find((r) => r.slug === row['report'])!;
      expect(report.paragraphs.join('\n') + report.headings.map((h) => h.text).join('\n')).toContain(row['sentence']);
    }
  });

  test('each report page folds its figures under the text, linking to their paragraphs', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const context = await fixture.context({ viewport });
      for (const report of reports) {
        const own = rows.filter((row) => row['report'] === report.slug);
        const url = urlOf(site, `reports/${report.slug}/`);
        const { page, log } = await openPage(context, url);
        const panel = page.locator('details.figures-panel');
        if (own.length === 0) {
          expect(await panel.count(), `${url}: no figures panel`).toBe(0);
          await page.close();
          continue;
        }
        await expect.poll(() => panel.locator('summary').textContent()).toContain(`${own.length} 项`);
        await panel.locator('summary').click();
        const links = panel.locator('tbody a');
        const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
        expect(hrefs, `${url}: figure links`).toEqual(own.slice(0, hrefs.length).map((row) => row['block']));
        for (const id of new Set(hrefs)) expect(await page.locator(`[id="${id}"]`).count(), `${url}#${id}`).toBe(1);
        const full = panel.getByRole('link', { name: /全部 \d+ 项数字/ });
        expect(await full.count(), `${url}: link to all figures`).toBe(own.length > hrefs.length ? 1 : 0);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        expect(overflow, `${url} at ${viewport.width} px: horizontal overflow`).toBe(false);
        expect(logProblems(log), `${url} console`).toBe('');
        await page.close();
      }
      await context.close();
    }
  });

  test('a report with more figures than its page lists has a page of all of them, with their sentences', async () => {
    const counts = Map.groupBy(rows, (row) => row['report'] ?? '');
    const [slug, own] = [...counts].sort((a, b) => b[1].length - a[1].length)[0]!;
    const context = await fixture.context({ viewport: PHONE });
    const url = urlOf(site, `reports/${slug}/figures/`);
    const { page, log, status } = await openPage(context, url);
    expect(status, url).toBe(200);
    expect(await page.locator('tbody tr').count(), `${url}: rows`).toBe(own.length);
    expect(await page.locator('tbody mark').allTextContents()).toEqual(own.map((row) => row['written']));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow, `${url}: horizontal overflow on a phone`).toBe(false);
    expect(logProblems(log), `${url} console`).toBe('');
    await context.close();
  });

  test('/figures/ lists families whose pages chart and list their figures without any script of their own', async () => {
    const context = await fixture.context({ viewport: DESKTOP });
    const url = urlOf(site, 'figures/');
    const { page, log } = await openPage(context, url);
    const familyLinks = await page.locator('tbody a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(familyLinks.length).toBeGreaterThan(3);
    const csvLinks = await page.locator('a[download]').count();
    expect(csvLinks).toBeGreaterThan(0);
    expect(logProblems(log), `${url} console`).toBe('');
    const familyUrl = familyLinks[0]!;
    const opened = await openPage(context, familyUrl);
    const svg = opened.page.locator('svg.figure-chart[role="img"]');
    expect(await svg.count(), `${familyUrl}: one chart`).toBe(1);
    expect(await svg.locator('title').first().textContent()).toBeTruthy();
    // The caption speaks of dots exactly when the chart draws some.
    const dots = await svg.locator('circle.chart-dot').count();
    const caption = (await opened.page.locator('figure.figure-chart-box figcaption').textContent()) ?? '';
    expect(caption.includes('圆点'), `${familyUrl}: caption "${caption}" with ${dots} dots`).toBe(dots > 0);
    const listed = await opened.page.locator('tbody mark').allTextContents();
    expect(listed.length, `${familyUrl}: figures listed`).toBeGreaterThan(0);
    for (const written of listed) expect(rows.some((row) => row['written'] === written)).toBe(true);
    const scripts = await opened.page
      .locator('script[src]')
      .evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src));
    expect(
      scripts.every((src) => !/chart|d3|vega|echarts/iu.test(src)),
      `${familyUrl}: no chart runtime`,
    ).toBe(true);
    expect(logProblems(opened.log), `${familyUrl} console`).toBe('');
    await context.close();
  });
});
