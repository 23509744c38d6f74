/**
 * How the archive-wide browse pages stay bounded at any size of the archive
 * (docs/browse.md): pages that would list every report of a year, a province
 * or the archive list groups with counts instead, and only the pages at the
 * bottom of the hierarchy list reports, at most BROWSE_PAGE_SIZE per page
 * (Astro's `paginate()`: /years/2023/yunnan/, /years/2023/yunnan/2/, …).
 */
import type { Catalog } from './catalog.ts';
import type { YearPair } from './changes/pairs.ts';
import { chineseCollator, type ProvinceGroup } from './places.ts';
import type { Report } from '../schemas/report.ts';

/** Reports (or year-over-year comparisons) listed on one page of a list. */
export const BROWSE_PAGE_SIZE = 200;

/**
 * The page size a build uses: BROWSE_PAGE_SIZE, or the positive whole number
 * in the environment variable of that name (tests set it small to paginate a
 * small archive). Anything else is refused rather than guessed.
 */
export function browsePageSize(value: string | undefined): number {
  if (value === undefined || value === '') return BROWSE_PAGE_SIZE;
  if (!/^[1-9]\d{0,5}$/.test(value))
    throw new Error(
      `BROWSE_PAGE_SIZE="${value}" is not a whole number from 1 to 999999\n  → unset it (default ${BROWSE_PAGE_SIZE}) or give one`,
    );
  return Number(value);
}

/** Newest reports the home page lists. */
export const HOME_LATEST = 20;

/** The reports of one province in one year: /years/<year>/<province>/. */
export interface YearProvince {
  year: number;
  province: string;
  /** The province's slug, the same as its /provinces/<slug>/ page's. */
  slug: string;
  reports: Report[];
}

/**
 * The unit a year's list of one province groups its reports under: the
 * prefecture (玉溪市), or the county-level unit where none is above it
 * (北京市东城区, a county directly under a province).
 */
export function listUnit(report: Pick<Report, 'division'>): string {
  return report.division.city ?? report.division.county;
}

const byUnitThenPlace = (a: Report, b: Report): number =>
  chineseCollator.compare(listUnit(a), listUnit(b)) ||
  chineseCollator.compare(a.place, b.place) ||
  a.slug.localeCompare(b.slug);

/** A run of consecutive reports of one list unit on a page; `continued` when it began on the page before. */
export interface UnitRun {
  unit: string;
  continued: boolean;
  reports: Report[];
}

/** The reports of a page in runs of one list unit; `before` is the report just before the page, if any. */
export function unitRuns(reports: readonly Report[], before: Report | undefined): UnitRun[] {
  const runs: UnitRun[] = [];
  for (const report of reports) {
    const unit = listUnit(report);
    const last = runs.at(-1);
    if (last?.unit === unit) last.reports.push(report);
    else
      runs.push({
        unit,
        continued: last === undefined && before !== undefined && listUnit(before) === unit,
        reports: [report],
      });
  }
  return runs;
}

/** The reports of one year by province (provinces by name); within a province by prefecture, then place. */
export interface YearProvinces {
  year: number;
  count: number;
  /** Distinct places of the year. */
  places: number;
  provinces: YearProvince[];
}

/** Each year of the catalog with its provinces; a province's slug is its slug in `catalog.provinces`. */
export function yearProvinces(catalog: Pick<Catalog, 'years' | 'provinces'>): YearProvinces[] {
  const slugs = new Map(catalog.provinces.map((group) => [group.province, group.slug]));
  return catalog.years.map((group) => {
    const provinces: YearProvince[] = [];
    for (const report of group.reports) {
      const last = provinces.at(-1);
      if (last?.province === report.province) last.reports.push(report);
      else
        provinces.push({
          year: group.year,
          province: report.province,
          slug: slugs.get(report.province) ?? '',
          reports: [report],
        });
    }
    for (const province of provinces) province.reports.sort(byUnitThenPlace);
    return {
      year: group.year,
      count: group.reports.length,
      places: new Set(group.reports.map((report) => report.divisionCode)).size,
      provinces,
    };
  });
}

/** The years of one province, newest first, with their reports: the links of /provinces/<slug>/. */
export function provinceYears(
  province: ProvinceGroup<Report>,
  years: readonly YearProvinces[],
): { year: number; reports: number }[] {
  return years.flatMap(({ year, provinces }) => {
    const match = provinces.find((entry) => entry.province === province.province);
    return match ? [{ year, reports: match.reports.length }] : [];
  });
}

/** Year-over-year comparisons of one province: /changes/provinces/<slug>/. */
export interface ProvincePairs {
  province: string;
  slug: string;
  pairs: YearPair[];
}

/** The comparisons grouped by province (the archive's province order), each province's newest first. */
export function pairsByProvince(
  pairs: readonly YearPair[],
  provinces: readonly ProvinceGroup<Report>[],
): ProvincePairs[] {
  const groups = new Map(provinces.map((group) => [group.province, [] as YearPair[]]));
  for (const pair of pairs) groups.get(pair.after.province)?.push(pair);
  return provinces
    .map((group) => ({ province: group.province, slug: group.slug, pairs: groups.get(group.province) ?? [] }))
    .filter((group) => group.pairs.length > 0);
}
