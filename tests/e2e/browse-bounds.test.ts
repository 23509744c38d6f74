/**
 * The archive-wide pages stay bounded (docs/browse.md) and every report stays
 * reachable by plain links: on a synthetic archive of 40 reports from the
 * benchmark's generator, built with a page size of 1 (BROWSE_PAGE_SIZE=1)
 * so that lists run over several pages as they do at 100,000 reports with
 * the default size,
 * - no archive-wide page lists more than its bound of reports or comparisons;
 * - some lists do run over several pages (the test is not vacuous);
 * - from the home page, following links without JavaScript, every report is
 *   reached within four clicks, and every year-over-year comparison from
 *   /changes/ within three; each report is on exactly one year list page;
 * - every link and anchor of that build resolves, and its browse pages
 *   (with their page-number navigation) validate with html-validate.
 * Expectations come from the reports' Markdown, not from src/.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser/browser.ts';
import { HOME_LATEST } from '../../src/lib/browse.ts';
import { DIRECTORY_LIMIT } from '../../src/lib/index-pages.ts';
import { buildSite } from './support/build-site.ts';
import { SITE_URL } from './support/constants.ts';
import { parseReport, type ContentReport } from './support/content.ts';
import { htmlValidateConfig } from './support/html-validate.config.ts';
import { checkLinks, extractPageFacts, type PageFacts } from './support/links.ts';
import { listFiles, urlPathOf } from './support/site-files.ts';
import { makeSyntheticArchive } from './support/synthetic-archive.ts';

const REPORTS = 40;
const PAGE_SIZE = 1;
const work = mkdtempSync(join(tmpdir(), 'browse-bounds-'));
const dist = join(work, 'dist');
let reports: ContentReport[] = [];
let files: string[] = [];
/** Every built page: its path ("years/2023/") → the same-site links inside its <main>, as paths with fragment. */
const linksOf = new Map<string, string[]>();

type Node = { nodeName: string; attrs?: { name: string; value: string }[]; childNodes?: Node[]; content?: Node };

/** The href of every <a> inside <main>, in document order. */
function mainHrefs(html: string): string[] {
  const hrefs: string[] = [];
  const walk = (node: Node, inMain: boolean): void => {
    const inside = inMain || node.nodeName === 'main';
    if (inside && node.nodeName === 'a') {
      const value = node.attrs?.find((attr) => attr.name === 'href')?.value;
      if (value !== undefined) hrefs.push(value);
    }
    for (const child of [...(node.childNodes ?? []), ...(node.content?.childNodes ?? [])]) walk(child, inside);
  };
  walk(parse(html), false);
  return hrefs;
}

/** Same-site links of a page resolved to base-relative paths ("reports/x/", "years/2023/#province-yunnan"). */
function sitePaths(page: string, hrefs: readonly string[]): string[] {
  return hrefs.flatMap((value) => {
    const url = new URL(value, `http://site.invalid/${page}`);
    return url.origin === 'http://site.invalid' ? [decodeURIComponent(url.pathname).slice(1) + url.hash] : [];
  });
}

const reportLinks = (page: string): Set<string> =>
  new Set((linksOf.get(page) ?? []).filter((path) => /^reports\/[^/#]+\/$/.test(path)));

beforeAll(async () => {
  const reportsDir = await makeSyntheticArchive(work, REPORTS);
  reports = readdirSync(reportsDir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => parseReport(name, readFileSync(join(reportsDir, name), 'utf8')));
  await buildSite('browse bounds', {
    REPORTS_DIR: reportsDir,
    OUT_DIR: dist,
    BASE_PATH: '/',
    SITE_URL,
    BROWSE_PAGE_SIZE: String(PAGE_SIZE),
  });
  files = await listFiles(dist);
  for (const file of files.filter((name) => name.endsWith('.html'))) {
    const page = urlPathOf(file, '/').slice(1);
    linksOf.set(page, sitePaths(page, mainHrefs(await readFile(join(dist, file), 'utf8'))));
  }
}, 600_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('archive-wide pages are bounded', () => {
  const years = (): number => new Set(reports.map((r) => r.year)).size;
  /** Each archive-wide page kind: which pages, and at most how many reports one may list. */
  const kinds = [
    { kind: 'home', match: /^$/, reports: () => HOME_LATEST },
    { kind: 'years index and year', match: /^years\/(?:\d+\/)?$/, reports: () => 0 },
    { kind: 'year × province list', match: /^years\/\d+\/[^/]+\/(?:\d+\/)?$/, reports: () => PAGE_SIZE },
    { kind: 'provinces index and province', match: /^provinces\/(?:[^/]+\/)?$/, reports: () => 0 },
    {
      kind: 'reports and sources directories',
      match: /^(?:reports|sources)\/$/,
      reports: () => DIRECTORY_LIMIT * years(),
    },
    { kind: 'changes index and lists', match: /^changes\/(?:provinces\/[^/]+\/(?:\d+\/)?)?$/, reports: () => 0 },
  ];

  test.for(kinds)('$kind', ({ match, reports: bound }) => {
    const pages = [...linksOf.keys()].filter((page) => match.test(page));
    expect(pages.length, 'pages of this kind').toBeGreaterThan(0);
    const over = pages
      .map((page) => ({ page, listed: reportLinks(page).size }))
      .filter(({ listed }) => listed > bound());
    expect(over, `pages listing more than ${bound()} reports`).toEqual([]);
  });

  test(`a list of comparisons holds at most ${PAGE_SIZE} a page`, () => {
    const lists = [...linksOf.keys()].filter((page) => /^changes\/provinces\//.test(page));
    const over = lists.filter(
      (page) =>
        (linksOf.get(page) ?? []).filter((path) => /^changes\/(?!provinces\/)[^/]+\/$/.test(path)).length > PAGE_SIZE,
    );
    expect(over).toEqual([]);
  });

  test('some lists run over several pages, each linking the next', () => {
    const second = [...linksOf.keys()].filter((page) => /^years\/\d+\/[^/]+\/2\/$/.test(page));
    expect(second.length, 'year × province lists with a second page').toBeGreaterThan(0);
    for (const page of second) expect(linksOf.get(page.replace(/2\/$/, '')), page).toContain(page);
    expect([...linksOf.keys()].some((page) => /^changes\/provinces\/[^/]+\/2\/$/.test(page))).toBe(true);
  });
});

describe('every report stays reachable by links', () => {
  /** Pages reached from `start` by following the links inside <main>, with their depth in clicks. */
  function crawl(start: string, maxDepth: number): Map<string, number> {
    const depth = new Map([[start, 0]]);
    const queue = [start];
    while (queue.length > 0) {
      const page = queue.shift() ?? '';
      const here = depth.get(page) ?? 0;
      if (here === maxDepth) continue;
      for (const path of linksOf.get(page) ?? []) {
        const target = path.replace(/#.*$/, '');
        if (!depth.has(target) && linksOf.has(target)) {
          depth.set(target, here + 1);
          queue.push(target);
        }
      }
    }
    return depth;
  }

  test('from the home page within four clicks', () => {
    const reached = crawl('', 4);
    const missing = reports.filter((r) => !reached.has(`reports/${r.slug}/`)).map((r) => r.slug);
    expect(missing).toEqual([]);
  });

  test('each report is on exactly one year × province list page, under its year and province', () => {
    const listedOn = new Map<string, string[]>();
    for (const page of linksOf.keys())
      if (/^years\/\d+\/[^/]+\/(?:\d+\/)?$/.test(page))
        for (const link of reportLinks(page)) listedOn.set(link, [...(listedOn.get(link) ?? []), page]);
    for (const report of reports) {
      const pages = listedOn.get(`reports/${report.slug}/`) ?? [];
      expect(pages.length, `${report.slug} listed on ${pages.join(', ')}`).toBe(1);
      expect(pages[0], report.slug).toMatch(new RegExp(`^years/${report.year}/`));
    }
    expect(listedOn.size).toBe(reports.length);
  });

  test('every comparison from /changes/ within three clicks', () => {
    const comparisons = [...linksOf.keys()].filter((page) => /^changes\/(?!provinces\/)[^/]+\/$/.test(page));
    expect(comparisons.length, 'comparisons in the build').toBeGreaterThan(PAGE_SIZE);
    const reached = crawl('changes/', 3);
    expect(comparisons.filter((page) => !reached.has(page))).toEqual([]);
  });
});

test('every link and anchor of the paginated build resolves', async () => {
  const browser = await launchBrowser();
  const parser = await browser.newPage();
  const pages: PageFacts[] = [];
  for (const file of files.filter((name) => name.endsWith('.html')))
    pages.push(await extractPageFacts(parser, file, await readFile(join(dist, file), 'utf8')));
  await browser.close();
  expect(checkLinks(pages, files, '/', SITE_URL).slice(0, 20)).toEqual([]);
}, 300_000);

test('the browse pages of the paginated build validate', async () => {
  const validator = new HtmlValidate(htmlValidateConfig);
  const browse = files.filter((file) => /^(?:index|(?:years|provinces|changes\/provinces)\/.*)\.html$/.test(file));
  expect(
    browse.some((file) => /\/2\/index\.html$/.test(file)),
    'a numbered page among them',
  ).toBe(true);
  const problems: string[] = [];
  for (const file of browse) {
    const report = await validator.validateFile(join(dist, file));
    for (const result of report.results)
      for (const message of result.messages)
        problems.push(`${file}:${message.line}:${message.column}: ${message.ruleId}: ${message.message}`);
  }
  expect(problems.join('\n')).toBe('');
});
