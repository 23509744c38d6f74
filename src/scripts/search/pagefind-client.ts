/**
 * Loading Pagefind's JavaScript API (pagefind.js, written by
 * scripts/build-search-index.ts) from under the site's base path, once.
 *
 * Only the small JS API is used, never Pagefind's ready-made UIs, and it runs
 * on the main thread (`noWorker`): the search is tiny at this size and the
 * worker would be a second copy of the same code to download.
 */

/** An element with an id inside the indexed part of a page. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

/** A page's stored data (its "fragment"). */
export interface PagefindFragment {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: PagefindAnchor[];
  sub_results: { title: string; url: string; excerpt: string }[];
}

/** One result; its fragment is downloaded on demand. */
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindFragment>;
}

/** Counts of results per filter value. */
export type PagefindFilterCounts = Record<string, Record<string, number> | undefined>;

export interface PagefindResponse {
  results: PagefindResult[];
  filters: PagefindFilterCounts;
}

/** Values of one filter are alternatives ("any"); different filters all apply. */
export type PagefindFilters = Record<string, { any: string[] }>;

export interface PagefindSearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The parts of Pagefind 1.6's JS API used here. */
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<PagefindFilterCounts>;
}

/** The site's base path with a trailing slash, e.g. "/" or "/archive/". */
export const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

let loading: Promise<Pagefind> | undefined;

/** Loads and initializes Pagefind (once; later calls share the same promise, and a failure can be retried). */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const bundle = `${BASE}pagefind/`;
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ basePath: bundle, baseUrl: BASE, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Runs a search; Pagefind answers null only for superseded or preload searches, which this page never makes. */
export async function searchPagefind(
  pagefind: Pagefind,
  term: string | null,
  options: PagefindSearchOptions,
): Promise<PagefindResponse> {
  const response = await pagefind.search(term, options);
  if (response === null) throw new Error('Pagefind returned no response');
  return response;
}
