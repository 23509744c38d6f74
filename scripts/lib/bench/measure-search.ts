/**
 * Search as a reader meets it: the built /search/ page in headless Chromium,
 * a query typed into its input, results awaited in #search-results. For each
 * run a fresh browser context (empty cache) loads the page, makes a first
 * query (cold: the index's manifest, facets and postings still to load)
 * and then a later one (warm). Time runs from the input event to the
 * first result link in the DOM, so it includes the page's own debounce.
 */
import type { Browser, Page } from 'playwright-core';
import { recordNetwork, sumTransferred, type NetworkRecorder, type RecordedRequest } from './network-recorder.ts';
import type { PageGlobals, PageInput } from '../browser/page-globals.ts';

/** Where the search page takes its query. */
export const SEARCH_INPUT = '#search-form input[type="search"], #search-query, #search-input';
/** Where the search page puts its results (the page's contract with this benchmark and the e2e tests). */
export const SEARCH_RESULTS = '#search-results';

export interface QueryFigures {
  query: string;
  /** From the input event to the first result link. */
  ms: number;
  /** From the input event to the page saying it is done (`#search-results[data-state=done]`), when it says so. */
  doneMs?: number;
  /** Bytes transferred from the query until the network went quiet (results and their excerpts). */
  bytes: number;
  /** What the page says it found: #search-results' data-total, and data-exact when it says whether that is exact. */
  total?: number;
  exact?: boolean;
  requests: RecordedRequest[];
}

export interface SearchRun {
  /** Bytes of /search/ itself (HTML, CSS, scripts loaded before any query). */
  pageBytes: number;
  pageRequests: RecordedRequest[];
  cold: QueryFigures;
  warm: QueryFigures;
}

export interface SearchFigures {
  runs: SearchRun[];
  /** Medians over the runs. */
  pageBytes: number;
  firstQueryBytes: number;
  /** Page and first query together: what a first search costs a new visitor. */
  firstSearchBytes: number;
  laterQueryBytes: number;
  coldMs: number;
  warmMs: number;
  /** Until the page declared the search done (all candidates of the first step checked), medians. */
  coldDoneMs?: number;
  warmDoneMs?: number;
  /** Where the bytes of a first search (page and first query, first visit) go, by kind of file. */
  firstSearchByKind: Record<string, number>;
  /** First searches for the extremes: a query in every report (法治) and a rare one, each over fresh visits. */
  extremes?: FirstSearch[];
}

/** What a first search for one query costs a new visitor, medians over fresh visits. */
export interface FirstSearch {
  query: string;
  /** Why this query: "in every report", "rare". */
  kind: string;
  firstSearchBytes: number;
  coldMs: number;
  coldDoneMs: number;
  /** What the page said it found (data-total), and whether it said that is exact. */
  total?: number;
  exact?: boolean;
}

/** What a request of the search page is, for the breakdown of its bytes. */
export function kindOfRequest(url: string, type: string): string {
  const path = new URL(url).pathname;
  if (path.includes('/search-index/shards/')) return 'index postings';
  if (path.includes('/search-index/text/')) return 'report texts (check and excerpts)';
  if (path.includes('/search-index/meta/')) return 'index metadata';
  if (path.includes('/search-index/facets/')) return 'index places per province';
  if (path.includes('/search-index/')) return 'index manifest and facets';
  if (path.endsWith('.pf_fragment')) return 'Pagefind fragments';
  if (path.endsWith('.pf_index')) return 'Pagefind index chunks';
  if (path.endsWith('.pf_filter')) return 'Pagefind filters';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'Pagefind metadata';
  if (path.includes('/pagefind/')) return 'Pagefind script and wasm';
  if (type === 'Document') return 'page HTML';
  if (type === 'Stylesheet') return 'page CSS';
  if (type === 'Script') return 'page JS';
  return 'other';
}

export function bytesByKind(requests: RecordedRequest[]): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const request of requests) {
    const kind = kindOfRequest(request.url, request.type);
    kinds[kind] = (kinds[kind] ?? 0) + request.transferred;
  }
  return kinds;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface BenchWindow {
  __bench?: { query: string; start: number; end: number; done: number };
}

/** Types `query` and waits for new result links; returns the milliseconds from the input event to them. */
async function timedQuery(page: Page, recorder: NetworkRecorder, query: string): Promise<QueryFigures> {
  await page.evaluate(
    ({ query, inputSelector, resultsSelector }) => {
      const { document, MutationObserver, performance } = globalThis as unknown as PageGlobals;
      const input = document.querySelector(inputSelector) as PageInput | null;
      const results = document.querySelector(resultsSelector);
      if (input?.tagName !== 'INPUT' || results === null)
        throw new Error(`the search page has no ${inputSelector} or no ${resultsSelector}`);
      // Results of an earlier query must not count as results of this one.
      for (const link of results.querySelectorAll('a[href]')) link.setAttribute('data-bench-old', '');
      const state = { query, start: 0, end: 0, done: 0 };
      (globalThis as BenchWindow).__bench = state;
      input.addEventListener(
        'input',
        () => {
          if (input.value === query && state.start === 0) state.start = performance.now();
        },
        { capture: true },
      );
      // Pages that announce their state (data-state="done") are also timed to the end of the search.
      const announces = results.hasAttribute('data-state');
      const check = (): void => {
        if (state.start === 0) return;
        if (state.end === 0 && results.querySelector('a[href]:not([data-bench-old])') !== null)
          state.end = performance.now();
        if (state.end !== 0 && state.done === 0 && (!announces || results.getAttribute('data-state') === 'done'))
          state.done = performance.now();
        if (state.done !== 0) observer.disconnect();
      };
      const observer = new MutationObserver(check);
      observer.observe(results, { childList: true, subtree: true, attributes: true, characterData: true });
    },
    { query, inputSelector: SEARCH_INPUT, resultsSelector: SEARCH_RESULTS },
  );
  const mark = recorder.mark();
  await page.locator(SEARCH_INPUT).first().fill(query);
  await page
    .waitForFunction(() => ((globalThis as BenchWindow).__bench?.done ?? 0) > 0, undefined, {
      timeout: 120_000,
      polling: 20,
    })
    .catch(() => {
      throw new Error(`no result (or no data-state="done") in ${SEARCH_RESULTS} within 120 s for the query "${query}"`);
    });
  const { ms, doneMs } = await page.evaluate(() => {
    const state = (globalThis as BenchWindow).__bench!;
    return { ms: state.end - state.start, doneMs: state.done - state.start };
  });
  const said = {
    total: await page.getAttribute(SEARCH_RESULTS, 'data-total'),
    exact: await page.getAttribute(SEARCH_RESULTS, 'data-exact'),
  };
  // Excerpts of the other results may still be on their way: they are part of what the query costs.
  await recorder.quiet();
  const requests = recorder.since(mark);
  return {
    query,
    ms,
    doneMs,
    bytes: sumTransferred(requests),
    requests,
    ...(said.total === null ? {} : { total: Number(said.total) }),
    ...(said.exact === null ? {} : { exact: said.exact === 'true' }),
  };
}

/** Runs `pairs.length` fresh visits of `searchUrl`, each with a cold and a warm query. */
export async function measureSearch(
  browser: Browser,
  searchUrl: string,
  pairs: [cold: string, warm: string][],
  onRun?: (done: number) => void,
): Promise<SearchFigures> {
  const runs: SearchRun[] = [];
  for (const [coldQuery, warmQuery] of pairs) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const recorder = await recordNetwork(context, page);
      const response = await page.goto(searchUrl, { waitUntil: 'load' });
      if (response?.status() !== 200)
        throw new Error(`${searchUrl} answered ${response?.status() ?? 'nothing'}: is there a search page?`);
      await recorder.quiet();
      const pageRequests = [...recorder.requests];
      const cold = await timedQuery(page, recorder, coldQuery);
      const warm = await timedQuery(page, recorder, warmQuery);
      runs.push({ pageBytes: sumTransferred(pageRequests), pageRequests, cold, warm });
      onRun?.(runs.length);
    } finally {
      await context.close();
    }
  }
  return {
    runs,
    pageBytes: median(runs.map((r) => r.pageBytes)),
    firstQueryBytes: median(runs.map((r) => r.cold.bytes)),
    firstSearchBytes: median(runs.map((r) => r.pageBytes + r.cold.bytes)),
    laterQueryBytes: median(runs.map((r) => r.warm.bytes)),
    coldMs: median(runs.map((r) => r.cold.ms)),
    warmMs: median(runs.map((r) => r.warm.ms)),
    coldDoneMs: median(runs.map((r) => r.cold.doneMs ?? r.cold.ms)),
    warmDoneMs: median(runs.map((r) => r.warm.doneMs ?? r.warm.ms)),
    firstSearchByKind: bytesByKind([...runs[0]!.pageRequests, ...runs[0]!.cold.requests]),
  };
}

/** The first search for `query` over `visits` fresh visits (the later query of each visit is `warm`, not reported). */
export async function measureFirstSearch(
  browser: Browser,
  searchUrl: string,
  query: string,
  kind: string,
  visits: number,
  warm: string,
): Promise<FirstSearch> {
  const figures = await measureSearch(
    browser,
    searchUrl,
    Array.from({ length: visits }, (): [string, string] => [query, warm]),
  );
  const last = figures.runs.at(-1)!.cold;
  return {
    query,
    kind,
    firstSearchBytes: figures.firstSearchBytes,
    coldMs: figures.coldMs,
    coldDoneMs: figures.coldDoneMs ?? figures.coldMs,
    ...(last.total === undefined ? {} : { total: last.total }),
    ...(last.exact === undefined ? {} : { exact: last.exact }),
  };
}
