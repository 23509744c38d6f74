/**
 * The seam between the search page and the engine behind it. The page
 * (src/scripts/search/search-page.ts) knows only these types; the engine
 * (static-engine.ts, reading the archive's own index) is created in one
 * place, src/scripts/search/engine-client.ts.
 */
import type { ReportMatch } from './exact-match.ts';
import type { ReportMeta } from './index-format.ts';
import type { FilterKey, FilterSelection, SortOrder } from './url-state.ts';

/** A search: the words every report must contain (comparable form, search-text.ts), filters and order. */
export interface EngineQuery {
  /** Empty for a search by filters alone. */
  words: readonly string[];
  filters: FilterSelection;
  sort: SortOrder;
}

/** A count that is exact, or an upper bound the truth never exceeds. */
export interface Count {
  value: number;
  exact: boolean;
}

/**
 * How many reports match, in all and for each filter value (each filter
 * ignoring its own selection). A filter is undefined when the engine does
 * not count it for this search (too many values to fetch and show: narrow
 * the search by another filter first).
 */
export interface Counts {
  total: Count;
  facets: Record<FilterKey, Map<string, Count> | undefined>;
}

/** A report that contains every word (checked against its text), ready to show. */
export interface FoundReport {
  meta: ReportMeta;
  /** The report page, with the base path. */
  url: string;
  /** Where the words are, and the best section to link to; undefined for a search by filters alone. */
  match: ReportMatch | undefined;
  /** Relevance (rank.ts); 0 for a search by filters alone. */
  score: number;
  /** The report id: its place in the index's order. */
  id: number;
}

/**
 * An open search. Results come in the engine's order, a batch at a time;
 * counts become exact as the engine checks candidates. `next` claims its
 * candidates before it awaits, so overlapping calls never return a report
 * twice; the page still runs one at a time.
 */
export interface SearchCursor {
  counts(): Counts;
  /** Up to `count` more results; fewer (possibly none) at the end. */
  next(count: number): Promise<FoundReport[]>;
  /** Whether every candidate has been checked and returned. */
  done(): boolean;
}

export interface SearchEngine {
  /** Every filter value with its number of reports (before any search). */
  totals(): Promise<Counts>;
  search(query: EngineQuery): Promise<SearchCursor>;
}
