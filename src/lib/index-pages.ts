/**
 * The /reports/ and /sources/ directory pages: each year with its first few
 * reports and a link to the year's page for the rest, so the pages stay small
 * at any size of the archive.
 */
import type { YearGroup } from './catalog.ts';
import type { Report } from '../schemas/report.ts';

/** How many reports of a year a directory page lists before linking to the year's page. */
export const DIRECTORY_LIMIT = 30;

export interface DirectoryYear {
  year: number;
  shown: Report[];
  /** Reports of the year not listed here (on the year's page). */
  more: number;
}

export function directoryYears(years: readonly YearGroup[], limit = DIRECTORY_LIMIT): DirectoryYear[] {
  return years.map((group) => ({
    year: group.year,
    shown: group.reports.slice(0, limit),
    more: Math.max(0, group.reports.length - limit),
  }));
}
