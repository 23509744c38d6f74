/** The consecutive years of each place: every report paired with the same place's previous report. */
import type { Catalog } from '../catalog.ts';
import type { Report } from '../../schemas/report.ts';

export interface YearPair {
  before: Report;
  after: Report;
}

/** Pairs of a place's reports in consecutive available years (2021 → 2023 when 2022 is missing), newest first. */
export function yearPairs(catalog: Pick<Catalog, 'places'>): YearPair[] {
  const pairs: YearPair[] = [];
  for (const place of catalog.places) {
    const byYear = [...place.reports].sort((a, b) => a.year - b.year);
    for (let i = 1; i < byYear.length; i++) {
      const before = byYear[i - 1]!;
      const after = byYear[i]!;
      if (before.year !== after.year) pairs.push({ before, after });
    }
  }
  return pairs.sort((a, b) => b.after.year - a.after.year || a.after.slug.localeCompare(b.after.slug));
}

/** The report a report is compared with: the same place's report of the nearest earlier year. */
export function previousReport(placeReports: readonly Report[], report: Report): Report | undefined {
  return placeReports
    .filter((other) => other.year < report.year)
    .reduce<Report | undefined>(
      (best, other) => (best === undefined || other.year > best.year ? other : best),
      undefined,
    );
}
