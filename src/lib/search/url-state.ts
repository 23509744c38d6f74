/**
 * The search as it lives in the address bar, so a search can be shared,
 * bookmarked and walked back with the back button:
 * /search/?q=法律明白人&year=2023&place=老厂乡&sort=year-asc
 * A filter may repeat (year=2022&year=2023: either year); different filters
 * all apply. Defaults are left out, so equal searches have equal URLs.
 */

/** The filters, in the order they appear in the URL and on the page. */
export const FILTER_KEYS = ['year', 'province', 'place'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Chinese labels of the filters. */
export const FILTER_LABELS: Readonly<Record<FilterKey, string>> = { year: '年份', province: '省份', place: '地区' };

export const SORTS = ['year-desc', 'year-asc'] as const;
export type SortOrder = (typeof SORTS)[number];
export const DEFAULT_SORT: SortOrder = 'year-desc';

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
  return { year: [], province: [], place: [] };
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
    sort: SORTS.find((known) => known === sort) ?? DEFAULT_SORT,
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
