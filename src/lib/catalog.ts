/**
 * The archive's indexes, computed once from the reports' frontmatter: the
 * reading order, and the groupings by year, place and province that the
 * home, browse and report pages share. Pure: pages load the collection and
 * hand it over (see `src/data/load-catalog.ts`).
 */
import type { Report } from '../schemas/report.ts';
import { chineseCollator, groupByPlace, groupByProvince, type PlaceGroup, type ProvinceGroup } from './places.ts';
import { notInCatalog } from './build-errors.ts';

/** The reports of one year. */
export interface YearGroup {
  year: number;
  reports: Report[];
}

export interface Catalog {
  /** All reports, newest year first, then by province and place: the order of the home page and of prev/next. */
  reports: Report[];
  years: YearGroup[];
  places: PlaceGroup<Report>[];
  provinces: ProvinceGroup<Report>[];
  /** The place group a report belongs to, by report slug. */
  placeOf: (reportSlug: string) => PlaceGroup<Report>;
  /** The province group a report belongs to, by report slug. */
  provinceOf: (reportSlug: string) => ProvinceGroup<Report>;
  /** The reports before and after this one in the archive's order. */
  neighbours: (reportSlug: string) => { previous: Report | undefined; next: Report | undefined };
}

/** Newest year first; within a year by province, then place, then slug so the order is total. */
export function compareReports(a: Report, b: Report): number {
  return (
    b.year - a.year ||
    chineseCollator.compare(a.province, b.province) ||
    chineseCollator.compare(a.place, b.place) ||
    a.slug.localeCompare(b.slug)
  );
}

/** Look a key up in a map that is complete by construction, failing loudly if it is not. */
function lookup<V>(map: ReadonlyMap<string, V>, key: string, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw notInCatalog(what, key);
  return value;
}

export function buildCatalog(input: readonly Report[]): Catalog {
  const reports = [...input].sort(compareReports);
  const years: YearGroup[] = [];
  for (const report of reports) {
    const last = years.at(-1);
    if (last?.year === report.year) last.reports.push(report);
    else years.push({ year: report.year, reports: [report] });
  }
  const places = groupByPlace(reports);
  const provinces = groupByProvince(reports);
  const placeBySlug = new Map(places.flatMap((group) => group.reports.map((r) => [r.slug, group] as const)));
  const provinceBySlug = new Map(provinces.flatMap((group) => group.reports.map((r) => [r.slug, group] as const)));
  const position = new Map(reports.map((report, index) => [report.slug, index]));
  return {
    reports,
    years,
    places,
    provinces,
    placeOf: (slug) => lookup(placeBySlug, slug, 'place'),
    provinceOf: (slug) => lookup(provinceBySlug, slug, 'province'),
    neighbours: (slug) => {
      const index = lookup(position, slug, 'position');
      return { previous: reports[index - 1], next: reports[index + 1] };
    },
  };
}
