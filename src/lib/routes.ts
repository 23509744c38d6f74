/**
 * Every URL pattern of the site in one place, as paths relative to the base
 * path (no leading slash). Pages turn them into links with `href()` from
 * `urls.ts`; the Markdown plugins, which run outside Vite, join them with the
 * base they are given. Directory-style paths end in "/" because the site is
 * built with `trailingSlash: 'always'`.
 */
import type { Part } from './parts.ts';

export const routes = {
  home: (): string => '',
  report: (slug: string): string => `reports/${slug}/`,
  /** Every report, by year: each year's first few, then its page. */
  reportsIndex: (): string => 'reports/',
  /** The normalized Markdown of a report, exactly as stored in content/reports/. */
  reportMarkdown: (slug: string): string => `reports/${slug}.md`,
  /** A report as JSON, the same record as its line in the bulk data. */
  reportJson: (slug: string): string => `reports/${slug}.json`,
  /** A report's citation as a download: "bib", "ris" or "csl.json". */
  reportCitation: (slug: string, extension: string): string => `reports/${slug}.${extension}`,
  /** The bulk data: the page that explains it, and each file. */
  data: (): string => 'data/',
  dataFile: (name: string): string => `data/${name}`,
  /** The raw source file decoded into an HTML page, readable whatever charset the host sends. */
  sourceText: (fileName: string): string => `sources/text/${fileName.replace(/\.[^.]*$/, '')}/`,
  /** The list of raw source files. */
  sourcesIndex: (): string => 'sources/',
  /** The raw source file, byte for byte as collected. */
  source: (fileName: string): string => `sources/${fileName}`,
  years: (): string => 'years/',
  year: (year: number): string => `years/${year}/`,
  /** The reports of one province in one year; page 1 has no number, later pages are `…/2/`, `…/3/`. */
  yearProvince: (year: number, provinceSlug: string, page = 1): string =>
    page > 1 ? `years/${year}/${provinceSlug}/${page}/` : `years/${year}/${provinceSlug}/`,
  places: (): string => 'places/',
  place: (placeSlug: string): string => `places/${placeSlug}/`,
  /** The places of one province with their reports' years (the places index lists provinces only). */
  placesInProvince: (provinceSlug: string): string => `places/province/${provinceSlug}/`,
  /** The country on the division list: provinces with reports and coverage. */
  divisions: (): string => 'divisions/',
  /** A province, prefecture or county-level unit: "divisions/<pinyin>-<code>/". */
  division: (divisionSlug: string): string => `divisions/${divisionSlug}/`,
  provinces: (): string => 'provinces/',
  province: (provinceSlug: string): string => `provinces/${provinceSlug}/`,
  compareIndex: (): string => 'compare/',
  /** One part across all years: how many reports of each year have it. */
  compare: (part: Part): string => `compare/${part}/`,
  /** One part of every report of a year; page 1 has no number, later pages are `…/2/`, `…/3/`. */
  compareYear: (part: Part, year: number, page = 1): string =>
    page > 1 ? `compare/${part}/${year}/${page}/` : `compare/${part}/${year}/`,
  search: (): string => 'search/',
  /** Atom feeds of new reports: the whole archive, and one province. */
  feed: (): string => 'feed.xml',
  provinceFeed: (provinceSlug: string): string => `provinces/${provinceSlug}/feed.xml`,
  openSearch: (): string => 'opensearch.xml',
  about: (): string => 'about/',
  /** Which page of a part's year holds each report's excerpt: { "<report slug>": page number }. */
  comparePages: (part: Part, year: number): string => `compare/${part}/${year}/pages.json`,
  /** Every figure of one report (the report page lists only the first few). */
  reportFigures: (slug: string): string => `reports/${slug}/figures/`,
  /** Every passage one report shares with others (the report page lists only the longest). */
  reportPassages: (slug: string): string => `reports/${slug}/passages/`,
  /** A report beside the same place's previous one, sentence by sentence. */
  changes: (slug: string): string => `changes/${slug}/`,
  /** Every place with reports of several years. */
  changesIndex: (): string => 'changes/',
  /** The year-over-year comparisons of one province's places; numbered pages as `yearProvince`. */
  changesProvince: (provinceSlug: string, page = 1): string =>
    page > 1 ? `changes/provinces/${provinceSlug}/${page}/` : `changes/provinces/${provinceSlug}/`,
  /** The passages most reports repeat. */
  passages: (): string => 'passages/',
  /** Families of similar figures across places and years. */
  figures: (): string => 'figures/',
  figureFamily: (familySlug: string): string => `figures/${familySlug}/`,
  /** The figures as CSV, split into numbered files: figures-00001.csv, … */
  figuresCsv: (part: number): string => `data/figures-${String(part).padStart(5, '0')}.csv`,
} as const;

/**
 * The id of one report's section on a compare page, so a level-1 heading can
 * link straight to the same section there: `laochangxiang-2023-s1`. Ids inside
 * the excerpt get the same `<slug>-` prefix (`laochangxiang-2023-s1-2`).
 */
export function compareAnchor(reportSlug: string, sectionId: string): string {
  return `${reportSlug}-${sectionId}`;
}

/** The id of a province's group on a year's compare page and its entry on a year's page: `province-yunnan`. */
export function compareProvinceAnchor(provinceSlug: string): string {
  return `province-${provinceSlug}`;
}

/** Join a base path (e.g. "/" or "/archive/") and a route path. */
export function joinBase(base: string, path: string): string {
  const withSlash = base.endsWith('/') ? base : `${base}/`;
  return `${withSlash}${path}`;
}

/** The absolute URL of a route path on a site served at `site` under `base`, with an optional fragment. */
export function absoluteAddress(site: string, base: string, path: string, fragment?: string): string {
  const link = joinBase(base, path);
  return new URL(fragment === undefined ? link : `${link}#${fragment}`, site).href;
}
