/**
 * The order of search results, in one place.
 *
 * Relevance (the default): occurrences of the words, an occurrence in the
 * title counting 5 and in a heading 3, one in the report's part on its
 * measures (主要举措和成效) 1, elsewhere ¾ (the other parts mostly repeat
 * what the measures say); ties by newer year, then index order.
 * Year sorts: by year, then relevance.
 */
import type { FoundReport } from './engine.ts';
import type { SortOrder } from './url-state.ts';

const TITLE_WEIGHT = 5;
const HEADING_WEIGHT = 3;
const MAIN_PART = 'measures';
const OTHER_PART_WEIGHT = 0.75;

/** How much an occurrence in a block counts: by level (1 title, 2–6 heading, 0 paragraph) and report part. */
export function blockWeight(level: number, part: string): number {
  const where = level === 1 ? TITLE_WEIGHT : level >= 2 ? HEADING_WEIGHT : 1;
  return where * (part === MAIN_PART || part === '' ? 1 : OTHER_PART_WEIGHT);
}

const yearOf = (report: FoundReport): number => Number(report.meta.filters['year'] ?? 0);

/** Compares two results for a sort order. */
export function compareResults(sort: SortOrder): (a: FoundReport, b: FoundReport) => number {
  const byRelevance = (a: FoundReport, b: FoundReport): number =>
    b.score - a.score || yearOf(b) - yearOf(a) || a.id - b.id;
  if (sort === 'relevance') return byRelevance;
  const direction = sort === 'year-asc' ? 1 : -1;
  return (a, b) => direction * (yearOf(a) - yearOf(b)) || byRelevance(a, b);
}

/** Sorts results in place for a sort order and returns them. */
export function sortResults(results: FoundReport[], sort: SortOrder): FoundReport[] {
  return results.sort(compareResults(sort));
}

/**
 * The order in which candidates are checked (before their text is known):
 * by year for the year sorts and, for relevance, newest first; by id within
 * a year. `ids` ascending; linear (years are few), for 100,000 candidates.
 */
export function orderCandidates(ids: Iterable<number>, sort: SortOrder, years: (id: number) => number): number[] {
  const byYear = new Map<number, number[]>();
  for (const id of ids) {
    const year = years(id);
    const list = byYear.get(year);
    if (list === undefined) byYear.set(year, [id]);
    else list.push(id);
  }
  const direction = sort === 'year-asc' ? 1 : -1;
  return [...byYear.keys()].sort((a, b) => direction * (a - b)).flatMap((year) => byYear.get(year) ?? []);
}
