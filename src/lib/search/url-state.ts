/**
 * The search as it lives in the address bar, so a search can be shared,
 * bookmarked and walked back with the back button:
 * /search/?q=法律明白人&year=2023&place=老厂乡&sort=year-asc
 * A filter may repeat (year=2022&year=2023: either year); different filters
 * all apply. Defaults are left out, so equal searches have equal URLs.
 */

/** What a report offers the filters (the schema's fields; a filter reads one of them). */
export interface FilterSource {
  year: number | string;
  province: string;
  place: string;
}

/** One filter of the search page, defined once: URL key, label, a report's value, how a value is shown and ordered. */
export interface FilterDefinition {
  key: string;
  /** The label on the page (a fieldset legend). */
  label: string;
  /** The value of a report (one per report). */
  valueOf: (report: FilterSource) => string;
  /** The value as shown beside its checkbox. */
  display: (value: string) => string;
  /** Newest first for years; Chinese collation for names. */
  order: 'descending' | 'collation';
}

/**
 * The filters, in the order they appear in the URL and on the page. They
 * drive the report page's markup (ReportFacets), the index build, the URL
 * and the filter UI; adding one here adds it everywhere.
 */
export const FILTERS = [
  { key: 'year', label: '年份', valueOf: (r) => String(r.year), display: (v) => `${v}年`, order: 'descending' },
  { key: 'province', label: '省份', valueOf: (r) => r.province, display: (v) => v, order: 'collation' },
  { key: 'place', label: '地区', valueOf: (r) => r.place, display: (v) => v, order: 'collation' },
] as const satisfies readonly FilterDefinition[];

export type FilterKey = (typeof FILTERS)[number]['key'];
export const FILTER_KEYS: readonly FilterKey[] = FILTERS.map((filter) => filter.key);

/** Chinese labels of the filters. */
export const FILTER_LABELS = Object.fromEntries(FILTERS.map((f) => [f.key, f.label])) as Readonly<
  Record<FilterKey, string>
>;

/** A report's value for each filter. */
export function filterValues(report: FilterSource): Record<FilterKey, string> {
  return Object.fromEntries(FILTERS.map((filter) => [filter.key, filter.valueOf(report)])) as Record<FilterKey, string>;
}

/** The orders of results, with their labels; the first is the default. */
export const SORTS = [
  { key: 'relevance', label: '相关度' },
  { key: 'year-desc', label: '年份从新到旧' },
  { key: 'year-asc', label: '年份从旧到新' },
] as const;
export type SortOrder = (typeof SORTS)[number]['key'];
export const DEFAULT_SORT: SortOrder = 'relevance';

/** Selected values of each filter. */
export type FilterSelection = Record<FilterKey, string[]>;

/** Everything that defines a search. */
export interface SearchState {
  /** The query as typed. */
  q: string;
  filters: FilterSelection;
  sort: SortOrder;
}

/** A selection with nothing selected. */
export function emptySelection(): FilterSelection {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as FilterSelection;
}

/** Reads a search from URL parameters; unknown parameters and values are ignored. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters = emptySelection();
  for (const key of FILTER_KEYS) {
    filters[key] = [
      ...new Set(
        params
          .getAll(key)
          .map((value) => value.trim())
          .filter((value) => value !== ''),
      ),
    ].sort();
  }
  const sort = params.get('sort');
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: SORTS.find((known) => known.key === sort)?.key ?? DEFAULT_SORT,
  };
}

/** Writes a search as URL parameters in a stable order, leaving out empty values and the default sort. */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const key of FILTER_KEYS) for (const value of [...new Set(state.filters[key])].sort()) params.append(key, value);
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  return params;
}

/** Whether two searches are the same (same URL). */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return searchStateToParams(a).toString() === searchStateToParams(b).toString();
}

/** Whether any filter value is selected. */
export function hasFilters(selection: FilterSelection): boolean {
  return FILTER_KEYS.some((key) => selection[key].length > 0);
}

/** The query string for a report link that highlights the given words on arrival (?hl=…&hl=…). */
export function highlightParams(words: readonly string[]): URLSearchParams {
  const params = new URLSearchParams();
  for (const word of words) params.append('hl', word);
  return params;
}
