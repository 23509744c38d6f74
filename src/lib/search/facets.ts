/**
 * Counting reports per filter value, the usual way for filters that combine:
 * values of one filter are alternatives (2022 or 2023), different filters all
 * apply (2023 and 云南省). The count shown beside a value is how many reports
 * would match if that value were selected too, so each filter's count
 * ignores that filter's own selection and applies the others.
 */
import { FILTER_KEYS } from './url-state.ts';
import type { FilterKey, FilterSelection } from './url-state.ts';

/** A report's filter values, as Pagefind stores them (each filter may have several values). */
export type ReportFilters = Readonly<Partial<Record<string, readonly string[]>>>;

/** Whether a report passes the selection, optionally ignoring one filter. */
export function passesFilters(report: ReportFilters, selection: FilterSelection, ignore?: FilterKey): boolean {
  return FILTER_KEYS.every((key) => {
    const wanted = selection[key];
    if (key === ignore || wanted.length === 0) return true;
    const values = report[key] ?? [];
    return wanted.some((value) => values.includes(value));
  });
}

/** Counts per value of each filter over a set of reports (see the module comment). */
export function countFacets(
  reports: readonly ReportFilters[],
  selection: FilterSelection,
): Record<FilterKey, Map<string, number>> {
  const counts = { year: new Map(), province: new Map(), place: new Map() } as Record<FilterKey, Map<string, number>>;
  for (const key of FILTER_KEYS) {
    for (const report of reports) {
      if (!passesFilters(report, selection, key)) continue;
      for (const value of report[key] ?? []) counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
    }
  }
  return counts;
}
