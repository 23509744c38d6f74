/**
 * Shared by the search end-to-end tests: the expected answer of a query,
 * computed from the content independently of the site's code, and driving
 * the built search page in Chromium.
 */
import type { Page } from 'playwright-core';
import { loadReports } from './support/content.ts';
import type { ContentReport } from './support/content.ts';
import type { BuiltSite } from './support/context.ts';

/** Removes all whitespace. */
export const squeeze = (text: string): string => text.replace(/\s+/gu, '');

/**
 * The rule of issue 12, written here independently of the site's code: NFKC,
 * lower case, whitespace and in-phrase marks dropped, and a match never
 * crossing a sentence end (。！？；) or a block.
 */
const MARKS = /[\s“”‘’"'「」『』《》〈〉<>()[\]【】〔〕〖〗·・—–―]/gu;
export const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(MARKS, '');

/** The report's text as pieces no match crosses: title, headings and paragraphs, cut at sentence ends. */
export function textBlocks(report: ContentReport): string[] {
  return [report.title, ...report.headings.map((heading) => heading.text), ...report.paragraphs].flatMap((block) =>
    fold(block).split(/[。!?;]/u),
  );
}

/** Whether a report contains a word (in folded form) under the rule. */
export function containsWord(report: ContentReport, word: string): boolean {
  return textBlocks(report).some((block) => block.includes(word));
}

/** Slugs of the reports containing every word of the query (whitespace-separated) under the rule. */
export async function expectedSlugs(query: string): Promise<string[]> {
  const words = query
    .split(/\s+/u)
    .map(fold)
    .filter((word) => word !== '');
  const reports = await loadReports();
  return reports
    .filter((report) => words.every((word) => containsWord(report, word)))
    .map((report) => report.slug)
    .sort();
}

/** Slugs of the reports containing the exact string with only whitespace removed (the rule before issue 12). */
export async function literalSlugs(text: string): Promise<string[]> {
  const reports = await loadReports();
  return reports
    .filter((report) =>
      [report.title, ...report.headings.map((h) => h.text), ...report.paragraphs].some((block) =>
        squeeze(block).includes(squeeze(text)),
      ),
    )
    .map((report) => report.slug)
    .sort();
}

/** Whether any report contains the string at all (title, headings or paragraphs, whitespace removed). */
export async function occursAnywhere(text: string): Promise<boolean> {
  return (await expectedSlugs(text)).length > 0;
}

/** One result link as the tests read it. */
export interface ResultLink {
  slug: string;
  /** The fragment without '#', '' when there is none. */
  section: string;
  /** The words to highlight carried by the link (?hl=). */
  highlight: string[];
  href: string;
}

/** Reads a result link relative to the site's base. */
export function readResultLink(site: BuiltSite, href: string): ResultLink {
  const url = new URL(href, site.url);
  const base = new URL(site.url).pathname;
  const path = decodeURIComponent(url.pathname);
  const match = path.startsWith(base) ? /^reports\/([^/]+)\/$/u.exec(path.slice(base.length)) : null;
  if (match === null) throw new Error(`result link ${href} does not point into ${base}reports/<slug>/`);
  return {
    slug: match[1] ?? '',
    section: decodeURIComponent(url.hash.slice(1)),
    highlight: url.searchParams.getAll('hl'),
    href,
  };
}

/** Waits until the search page has finished the search for `query` (as typed or as in the URL). */
export async function waitForSearch(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const results = document.getElementById('search-results');
      return (
        results !== null &&
        results.dataset['query'] === q &&
        (results.dataset['state'] === 'done' || results.dataset['state'] === 'error')
      );
    },
    query,
    { timeout: 30_000 },
  );
  const state = await page.locator('#search-results').getAttribute('data-state');
  if (state !== 'done')
    throw new Error(
      `search for "${query}" ended in state ${state}: ${await page.locator('#search-status').textContent()}`,
    );
}

/** The result links of the finished search, in order. */
export async function resultLinks(page: Page, site: BuiltSite): Promise<ResultLink[]> {
  const hrefs = await page
    .locator('#search-results a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => readResultLink(site, href));
}

/** Slugs of the finished search's results, sorted. */
export async function resultSlugs(page: Page, site: BuiltSite): Promise<string[]> {
  return (await resultLinks(page, site)).map((link) => link.slug).sort();
}

/** Opens /search/ with the given parameters and waits for the search to finish. */
export async function openSearch(
  page: Page,
  site: BuiltSite,
  params: Record<string, string | string[]> = {},
): Promise<void> {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const item of [value].flat()) search.append(key, item);
  const query = search.get('q') ?? '';
  await page.goto(`${site.url}search/${search.size > 0 ? `?${search.toString()}` : ''}`);
  await waitForSearch(page, query.trim());
}

/** Types a query into the search page's box (as a reader does) and waits for its results. */
export async function typeQuery(page: Page, query: string): Promise<void> {
  await page.locator('#search-input').fill(query);
  await waitForSearch(page, query.trim());
}

/** The text of the status line. */
export async function statusText(page: Page): Promise<string> {
  return ((await page.locator('#search-status').textContent()) ?? '').trim();
}

/** Precision and recall of one query's results against the expected set (1 when both are empty). */
export function precisionRecall(
  expected: readonly string[],
  got: readonly string[],
): { precision: number; recall: number } {
  const hits = got.filter((slug) => expected.includes(slug)).length;
  return {
    precision: got.length === 0 ? 1 : hits / got.length,
    recall: expected.length === 0 ? 1 : hits / expected.length,
  };
}
