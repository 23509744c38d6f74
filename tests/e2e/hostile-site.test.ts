/**
 * The site side of the hostile corpus (tests/fixtures/hostile/): every case
 * that normalizes into a report, plus a 5 MB single-line report made here,
 * is built into a site of its own and opened in Chromium. Text that looks
 * like HTML or Markdown must be shown as text — no element, no script, no
 * dialog — and the huge report must render whole.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { logProblems, openPage } from '../../scripts/lib/browser/browser.ts';
import { buildSite, repoRoot } from './support/build-site.ts';
import { SITE_URL } from './support/constants.ts';
import { useBrowser } from './support/fixture.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/browser/server.ts';
import {
  fiveMegabyteSentence,
  runNormalize,
  writeFiveMegabyteSource,
} from '../normalizer/support/normalize-command.ts';

const corpus = join(repoRoot, 'tests/fixtures/hostile');
const fixture = useBrowser();
const work = mkdtempSync(join(tmpdir(), 'hostile-site-'));
const reportsDir = join(work, 'reports');
let server: StaticServer;

/** The report that the normalizer made of each successful case, as committed beside the case. */
function expectedReports(): string[] {
  return readdirSync(corpus)
    .filter((name) => existsSync(join(corpus, name, 'expected')))
    .flatMap((name) => readdirSync(join(corpus, name, 'expected')).map((file) => join(corpus, name, 'expected', file)));
}

/** Normalizes the 5 MB single-line report with the real command. */
function normalizeHugeReport(): void {
  const inDir = join(work, 'huge-source');
  mkdirSync(inDir);
  writeFiveMegabyteSource(inDir, 'huge');
  const run = runNormalize('--in', inDir, '--out', join(work, 'huge'), '--quiet');
  if (run.status !== 0) throw new Error(`normalizing the 5 MB report failed:\n${run.stderr}`);
  cpSync(join(work, 'huge'), reportsDir, { recursive: true });
}

beforeAll(async () => {
  mkdirSync(reportsDir);
  for (const file of expectedReports()) cpSync(file, join(reportsDir, file.split('/').at(-1)!));
  normalizeHugeReport();
  const dist = join(work, 'dist');
  await buildSite('hostile', { REPORTS_DIR: reportsDir, OUT_DIR: dist, BASE_PATH: '/', SITE_URL });
  server = await startStaticServer({ root: dist, base: '/' });
}, 600_000);

afterAll(async () => {
  await server?.close();
});

async function openReport(slug: string) {
  const context = await fixture.context();
  const dialogs: string[] = [];
  context.on('page', (page) =>
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    }),
  );
  const opened = await openPage(context, server.urlFor(`reports/${slug}/`));
  // The document itself: the article also holds the table of contents and the provenance panel.
  const text = opened.page.locator('article.report .report-text');
  return { ...opened, context, dialogs, text };
}

describe('hostile reports on the site', () => {
  test('builds every report the normalizer accepted', () => {
    const slugs = readdirSync(reportsDir).map((f) => f.replace(/\.md$/u, ''));
    expect(slugs.length).toBeGreaterThanOrEqual(5);
    for (const slug of slugs) expect(existsSync(join(work, 'dist', 'reports', slug, 'index.html')), slug).toBe(true);
  });

  test('HTML and script tags in a report are shown as text and never run', async () => {
    const { page, log, context, dialogs, text } = await openReport('hostile-html-2023');
    const shown = await text.innerText();
    expect(shown).toContain('<script>alert("xss")</script>网页脚本标签必须作为文字显示。');
    expect(shown).toContain('<img src=x onerror=alert(1)>');
    expect(shown).toContain('<a href="javascript:alert(1)">链接</a>与&lt;转义&gt;实体原样保留。');
    expect(await text.locator('script, img, iframe, style, b, a[href^="javascript"]').count()).toBe(0);
    expect(await page.locator('body').isVisible()).toBe(true);
    expect(dialogs).toEqual([]);
    expect(logProblems(log)).toBe('');
    await context.close();
  });

  test('Markdown syntax at line starts stays text: no list, quote, code, emphasis or link', async () => {
    const { log, context, text } = await openReport('hostile-markdown-2023');
    const shown = await text.innerText();
    for (const line of [
      '#井号开头的一行不是标题',
      '*星号开头不是列表',
      '>大于号开头不是引用',
      '[链接]（https://example.org）开头的方括号是文字',
      '`反引号`开头的代码标记是文字',
      '~~删除线~~和**加粗**都是文字。',
      '<!--注释-->也是文字',
    ]) {
      expect(shown).toContain(line);
    }
    expect(
      await text
        .locator('ul, ol, blockquote, pre, code, em, strong, del, hr, table, a[href="https://example.org"]')
        .count(),
    ).toBe(0);
    // Only the document's own numbered sections are headings.
    const headings = await text.locator('h2, h3, h4').evaluateAll((nodes) => nodes.map((n) => `${n.tagName} ${n.id}`));
    expect(headings).toEqual(['H4 s0-0-1', 'H2 s1', 'H2 s2']);
    expect(logProblems(log)).toBe('');
    await context.close();
  });

  test('a repaired numbering shows the repaired numbers', async () => {
    const { log, context, text } = await openReport('hostile-numbering-2022');
    const headings = await text.locator('h2, h3').allInnerTexts();
    expect(headings.map((h) => h.replace(/\s.*$/su, '').slice(0, 3))).toEqual([
      '一、主',
      '（一）',
      '（二）',
      '二、存',
      '三、2',
      '四、其',
    ]);
    expect(logProblems(log)).toBe('');
    await context.close();
  });

  test('a GBK source reads right on its page even from a host that sends no charset', async () => {
    const context = await fixture.context();
    const url = server.urlFor('sources/text/laochang-gbk-2023/');
    await context.route(url, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ status: 200, body: await response.body(), headers: { 'content-type': 'text/html' } });
    });
    const { page, log } = await openPage(context, url);
    const bytes = readFileSync(join(corpus, 'gbk-encoded', 'laochang-gbk-2023.txt'));
    // HTML reads CRLF as LF.
    const expected = new TextDecoder('gbk').decode(bytes).replace(/\r\n?/g, '\n');
    expect(await page.locator('pre.source-text').textContent()).toBe(expected);
    expect(await page.locator('pre.source-text').textContent()).toContain('老厂乡');
    expect(logProblems(log)).toBe('');
    await context.close();
  });

  test('a 5 MB report written on one line renders whole', async () => {
    const { log, context, text, status } = await openReport('hostile-five-megabytes-2022');
    expect(status).toBe(200);
    const paragraphs = await text.locator('p').count();
    expect(paragraphs).toBeGreaterThan(1000);
    expect((await text.locator('p').last().innerText()).trim()).toBe(fiveMegabyteSentence());
    expect(logProblems(log)).toBe('');
    await context.close();
  }, 120_000);
});
