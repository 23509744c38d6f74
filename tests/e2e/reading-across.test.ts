/**
 * Shared passages and year over year (issue 11, items 2 and 3) on an archive
 * where they occur: the five seeds, a second year of one seed (the test
 * fixture tests/fixtures/two-years/, normalized here) and 16 synthetic
 * reports from the benchmark's generator (made of the seeds' sentences, so
 * full of shared passages), built like the site at the root.
 *
 * Expectations come from the reports' Markdown (support/content.ts) and from
 * the fixture's known edits, not from src/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/lib/bench/generate-corpus.ts';
import { loadMaterial } from '../../scripts/lib/bench/material.ts';
import { launchBrowser, logProblems, openPage } from '../../scripts/lib/browser/browser.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/browser/server.ts';
import { buildSite, repoRoot } from './support/build-site.ts';
import { SITE_URL } from './support/constants.ts';
import { parseReport, type ContentReport } from './support/content.ts';
import { useBrowser } from './support/fixture.ts';
import { checkLinks, extractPageFacts, type PageFacts } from './support/links.ts';
import { listFiles } from './support/site-files.ts';

const SYNTHETIC = 16;
const fixture = useBrowser();
const work = mkdtempSync(join(tmpdir(), 'reading-across-'));
const dist = join(work, 'dist');
let server: StaticServer;
let reports: ContentReport[] = [];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

function normalize(input: string, output: string): void {
  const run = spawnSync(
    join(repoRoot, 'node_modules/.bin/node'),
    ['scripts/normalize.ts', '--in', input, '--out', output, '--quiet'],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`normalizing ${input} failed:\n${run.stderr}`);
}

beforeAll(async () => {
  const sources = join(work, 'sources');
  const reportsDir = join(work, 'reports');
  await generateCorpus({ material: loadMaterial(join(repoRoot, 'content/reports')), dir: sources, count: SYNTHETIC });
  normalize(sources, reportsDir);
  const secondYear = join(work, 'second-year');
  normalize(join(repoRoot, 'tests/fixtures/two-years'), secondYear);
  for (const dir of [join(repoRoot, 'content/reports'), secondYear])
    for (const name of readdirSync(dir)) cpSync(join(dir, name), join(reportsDir, name));
  reports = readdirSync(reportsDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => parseReport(name, readFileSync(join(reportsDir, name), 'utf8')));
  mkdirSync(dist);
  await buildSite('reading-across archive', { REPORTS_DIR: reportsDir, OUT_DIR: dist, BASE_PATH: '/', SITE_URL });
  server = await startStaticServer({ root: dist, base: '/' });
}, 900_000);

afterAll(async () => {
  await server?.close();
});

const url = (path: string): string => `${server.url}${path}`;
const letters = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '').replace(/…$/u, '');
const textOf = (slug: string): string => {
  const report = reports.find((r) => r.slug === slug);
  if (report === undefined) throw new Error(`no report ${slug}`);
  return letters([...report.headings.map((h) => h.text), ...report.paragraphs].join('\n'));
};
const slugOf = (href: string): string => /reports\/([^/]+)\//u.exec(href)?.[1] ?? '';

async function axe(page: Page): Promise<string> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}

async function checkPage(path: string, check: (page: Page) => Promise<void>): Promise<void> {
  for (const viewport of [DESKTOP, PHONE]) {
    const context = await fixture.context({ viewport });
    const { page, log, status } = await openPage(context, url(path));
    expect(status, path).toBe(200);
    await check(page);
    expect(await axe(page), `axe on ${path} at ${viewport.width} px`).toBe('');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow, `${path} at ${viewport.width} px: horizontal overflow`).toBe(false);
    expect(logProblems(log), `${path} console`).toBe('');
    await context.close();
  }
}

describe('shared passages', () => {
  test('a report page says how much of its text other reports share and lists passages found in them', async () => {
    const slug = reports.find(
      (report) =>
        report.slug !== 'laochangxiang-2024' && !/^(gongliu|hongjiang|laochang|lizhuang|touying)/u.test(report.slug),
    )!.slug;
    await checkPage(`reports/${slug}/`, async (page) => {
      const panel = page.locator('details.passages-panel');
      await expect
        .poll(() => panel.locator('summary').textContent())
        .toMatch(/与其他报告相同的文字（\d+ 段，占全文 \d+%）/u);
      await panel.locator('summary').click();
      const items = panel.locator('ol > li');
      expect(await items.count()).toBeGreaterThan(0);
      for (const item of await items.all()) {
        const shown = letters((await item.locator('a').first().textContent()) ?? '');
        expect(textOf(slug), `${slug}: passage from its own text`).toContain(shown);
        for (const other of await item.locator('.passage-where a').all()) {
          // The other report holds the stretch [from, to) of the passage; the list shows the passage's start.
          const from = Number(await other.getAttribute('data-from'));
          const to = Math.min(Number(await other.getAttribute('data-to')), shown.length);
          const href = (await other.getAttribute('href')) ?? '';
          if (to - from >= 15)
            expect(textOf(slugOf(href)), `${slug}: passage also in ${href}`).toContain(shown.slice(from, to));
        }
      }
    });
  });

  test("a report's passages page shows each passage whole, and the stretch of at least 30 characters each linked report holds", async () => {
    const files = readdirSync(join(dist, 'reports')).filter((name) => {
      try {
        return readdirSync(join(dist, 'reports', name)).includes('passages');
      } catch {
        return false;
      }
    });
    expect(files.length, 'reports with a passages page').toBeGreaterThan(0);
    const slug = files.sort()[0]!;
    await checkPage(`reports/${slug}/passages/`, async (page) => {
      const items = page.locator('ol.passage-list > li');
      expect(await items.count()).toBeGreaterThan(2);
      for (const item of await items.all()) {
        const passage = letters((await item.locator('blockquote').textContent()) ?? '');
        expect(passage.length, passage).toBeGreaterThanOrEqual(30);
        expect(textOf(slug)).toContain(passage);
        const others = await item.locator('.passage-where a').all();
        expect(others.length).toBeGreaterThan(0);
        for (const other of others) {
          const from = Number(await other.getAttribute('data-from'));
          const stretch = passage.slice(from, Number(await other.getAttribute('data-to')));
          expect(stretch.length).toBeGreaterThanOrEqual(30);
          const href = (await other.getAttribute('href')) ?? '';
          expect(textOf(slugOf(href)), `${stretch} in ${href}`).toContain(stretch);
        }
      }
    });
  });

  test('/passages/ lists the most repeated passages, each in the reports it names', async () => {
    await checkPage('passages/', async (page) => {
      const items = page.locator('ol.passage-list > li');
      expect(await items.count()).toBeGreaterThan(3);
      const reach = (await page.locator('.passage-where').allTextContents()).map((t) =>
        Number(/约 (\d+) 份/u.exec(t)?.[1]),
      );
      expect(reach).toEqual([...reach].sort((a, b) => b - a));
      for (const item of await items.all()) {
        const passage = letters((await item.locator('blockquote').textContent()) ?? '');
        expect(passage.length).toBeGreaterThanOrEqual(30);
        const examples = await item
          .locator('.passage-where a')
          .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
        // The examples hold the passage's most repeated 15 characters; the first two hold it whole.
        for (const example of examples.slice(0, 2)) expect(textOf(slugOf(example))).toContain(passage);
      }
    });
  });
});

describe('year over year', () => {
  test('the second year compares with the first: changed figures and the removed and added sentences', async () => {
    await checkPage('changes/laochangxiang-2024/', async (page) => {
      const rows = await page
        .locator('table.change-figures tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim())));
      // The fixture's edits (see tests/fixtures/two-years/laochangxiang-2024.yaml).
      expect(rows).toEqual(
        expect.arrayContaining([
          ['各类经济主体', '1434户', '1502户'],
          ['新增个体工商户', '209户', '187户'],
          ['企业', '33户', '41户'],
          ['受理群众信访件', '6件', '4件'],
          ['受理各类矛盾纠纷', '74件', '68件'],
          ['调处', '74起', '68起'],
          ['涉及当事人数', '148人', '131人'],
        ]),
      );
      expect(rows).toHaveLength(7);
      expect(await page.locator('.change-removed .change-before').allTextContents()).toEqual([
        expect.stringContaining('同时完善法律顾问工作考核制度，督促顾问工作开展，迄今未发生因行政决策失误引发的事件。'),
      ]);
      expect(await page.locator('.change-added .change-after').allTextContents()).toEqual([
        expect.stringContaining('三是开展法治政府建设示范创建，召开专题推进会议3次。'),
      ]);
      const head = page.locator('.change-head').first();
      const wide = (page.viewportSize()?.width ?? 0) >= 768;
      expect(await head.isVisible(), 'sticky year header only on wide screens').toBe(wide);
      if (wide) {
        expect(await head.textContent()).toMatch(/2023年\s*老厂乡\s*2024年\s*老厂乡/u);
        await page.locator('.change-row').nth(20).scrollIntoViewIfNeeded();
        const top = await head.evaluate((el) => el.getBoundingClientRect().top);
        expect(top, 'the header stays at the top while scrolling its part').toBeLessThanOrEqual(1);
      }
    });
  });

  test("the second year's report page and /changes/ link to the comparison", async () => {
    await checkPage('reports/laochangxiang-2024/', async (page) => {
      expect(await page.getByRole('link', { name: '与2023年报告逐句对比' }).count()).toBe(1);
    });
    // /changes/ lists the provinces; the province's list (paginated) links the comparison.
    await checkPage('changes/', async (page) => {
      expect(await page.getByRole('link', { name: '云南省' }).getAttribute('href')).toBe('/changes/provinces/yunnan/');
    });
    await checkPage('changes/provinces/yunnan/', async (page) => {
      expect(await page.locator('a[href$="changes/laochangxiang-2024/"]').count()).toBe(1);
    });
  });
});

test('every link and anchor of the archive resolves', async () => {
  const browser = await launchBrowser();
  const parser = await browser.newPage();
  const files = await listFiles(dist);
  const pages: PageFacts[] = [];
  for (const file of files.filter((name) => name.endsWith('.html')))
    pages.push(await extractPageFacts(parser, file, await readFile(join(dist, file), 'utf8')));
  await browser.close();
  expect(checkLinks(pages, files, '/', SITE_URL).slice(0, 20)).toEqual([]);
});
