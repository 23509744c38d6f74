/**
 * How the compare pages divide the archive: for each part, one overview
 * (/compare/<part>/: per year, how many reports have the part, and from which
 * provinces) and, per year, the part of every report that has it, cut into
 * pages small enough to read and to build (/compare/<part>/<year>/, …/2/, …).
 *
 * Pure: the loader (src/data/load-outlines.ts) hands over the catalog's years and
 * every report's level-1 sections. The same layout serves the compare pages
 * and the links to them, so a report's "对照阅读" link names the page its
 * excerpt is on.
 */
import type { YearGroup } from '../catalog.ts';
import { PARTS, type Part } from '../parts.ts';
import type { Report } from '../../schemas/report.ts';

/** What the layout needs to know of a report's level-1 section. */
export interface SizedSection {
  part: Part;
  /** Size of the section's HTML on the report page in bytes (UTF-8); its excerpt is a little smaller. */
  bytes: number;
}

/** How much one compare page may hold. A page always takes at least one report, however long. */
export interface PageLimits {
  /** Most reports on one page. */
  reports: number;
  /** Most bytes of excerpt HTML on one page. */
  bytes: number;
}

/**
 * About 50 reports of a short part, fewer of a long one: the "measures" part
 * of a township report is 5–10 KB of HTML, of a county report several times
 * that, so a page stays near 200 KB (about 60 KB gzipped) whatever the part.
 */
export const PAGE_LIMITS: PageLimits = { reports: 50, bytes: 200_000 };

/** One report on a compare page, with its sections of that part (usually one). */
export interface CompareEntry<S extends SizedSection> {
  report: Report;
  sections: S[];
}

export interface ComparePage<S extends SizedSection> {
  /** 1-based; page 1 is /compare/<part>/<year>/, page n is …/<year>/<n>/. */
  number: number;
  entries: CompareEntry<S>[];
  /**
   * Reports of the year without this part that sort among (or before) this
   * page's reports, so that each is named once, beside its neighbours.
   */
  missing: Report[];
}

/** How many of a year's reports with the part come from one province, and the page where they start. */
export interface CompareProvince {
  province: string;
  slug: string;
  reports: number;
  page: number;
}

/** One part in one year. */
export interface CompareYear<S extends SizedSection> {
  part: Part;
  year: number;
  /** All reports of the year, with or without the part. */
  reportCount: number;
  /** Reports of the year that have the part. */
  entryCount: number;
  /** Empty when no report of the year has the part (then there is no year page). */
  pages: ComparePage<S>[];
  provinces: CompareProvince[];
}

export interface CompareLayout<S extends SizedSection> {
  /** Every year of the archive, newest first, for one part. */
  years: (part: Part) => CompareYear<S>[];
  /** The page of /compare/<part>/<year>/ that shows this report's sections of the part, if it has any. */
  pageOf: (part: Part, reportSlug: string) => number | undefined;
  /** How many reports of the whole archive have the part. */
  reportsWith: (part: Part) => number;
}

/**
 * Cut a year's entries into pages: a new page starts when the current one
 * has `limits.reports` reports, or when the next report would take it past
 * `limits.bytes`. All sections of one report stay on one page.
 */
export function paginateEntries<S extends SizedSection>(
  entries: readonly CompareEntry<S>[],
  limits: PageLimits,
): CompareEntry<S>[][] {
  const pages: CompareEntry<S>[][] = [];
  let current: CompareEntry<S>[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = entry.sections.reduce((sum, section) => sum + section.bytes, 0);
    if (current.length > 0 && (current.length >= limits.reports || bytes + size > limits.bytes)) {
      pages.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length > 0) pages.push(current);
  return pages;
}

function layoutYear<S extends SizedSection>(
  part: Part,
  group: YearGroup,
  sectionsOf: (reportSlug: string) => readonly S[],
  provinceSlugOf: (report: Report) => string,
  limits: PageLimits,
): CompareYear<S> {
  const entries: CompareEntry<S>[] = [];
  for (const report of group.reports) {
    const sections = sectionsOf(report.slug).filter((section) => section.part === part);
    if (sections.length > 0) entries.push({ report, sections });
  }
  const pages: ComparePage<S>[] = paginateEntries(entries, limits).map((pageEntries, index) => ({
    number: index + 1,
    entries: pageEntries,
    missing: [],
  }));
  const pageBySlug = new Map(pages.flatMap((page) => page.entries.map((entry) => [entry.report.slug, page] as const)));
  // The catalog order is the page order, so a report without the part goes to
  // the page of the last report before it that has the part (page 1 at first).
  let current = pages[0];
  for (const report of group.reports) {
    current = pageBySlug.get(report.slug) ?? current;
    if (!pageBySlug.has(report.slug)) current?.missing.push(report);
  }
  const provinces = new Map<string, CompareProvince>();
  for (const page of pages) {
    for (const { report } of page.entries) {
      const known = provinces.get(report.province);
      if (known) known.reports += 1;
      else
        provinces.set(report.province, {
          province: report.province,
          slug: provinceSlugOf(report),
          reports: 1,
          page: page.number,
        });
    }
  }
  return {
    part,
    year: group.year,
    reportCount: group.reports.length,
    entryCount: entries.length,
    pages,
    provinces: [...provinces.values()],
  };
}

/**
 * Lay out every part over the archive's years (given newest first, each
 * year's reports in the archive's order, as the catalog keeps them).
 */
export function buildCompareLayout<S extends SizedSection>(
  years: readonly YearGroup[],
  sectionsOf: (reportSlug: string) => readonly S[],
  provinceSlugOf: (report: Report) => string,
  limits: PageLimits = PAGE_LIMITS,
): CompareLayout<S> {
  const byPart = new Map(
    PARTS.map(
      (part) => [part, years.map((group) => layoutYear(part, group, sectionsOf, provinceSlugOf, limits))] as const,
    ),
  );
  const pages = new Map(
    PARTS.map((part) => {
      const pageOfSlug = new Map<string, number>();
      for (const year of byPart.get(part) ?? []) {
        for (const page of year.pages) for (const { report } of page.entries) pageOfSlug.set(report.slug, page.number);
      }
      return [part, pageOfSlug] as const;
    }),
  );
  return {
    years: (part) => byPart.get(part) ?? [],
    pageOf: (part, reportSlug) => pages.get(part)?.get(reportSlug),
    reportsWith: (part) => pages.get(part)?.size ?? 0,
  };
}
