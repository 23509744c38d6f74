/**
 * What a citation of a report says, in one neutral shape from which every
 * format is written: GB/T 7714-2015 (copied on the page), BibTeX, RIS and
 * CSL-JSON (downloads), and the citation meta tags. Only what the report
 * states is used: an unknown issuer or date is left out, never guessed.
 */
import type { Report } from '../../schemas/report.ts';

export interface Citation {
  /** Stable key, the report's slug. */
  id: string;
  title: string;
  /** The issuing body, when the report names it. */
  issuer?: string;
  /** Date of publication YYYY-MM-DD, when known. */
  published?: string;
  /** The year reported on. */
  year: number;
  /** Place, county, city and province, for the keywords and the spatial coverage. */
  place: string;
  province: string;
  /** Absolute address of the report (or section), when known. */
  url?: string;
}

/** The citation facts of a report; `url` is absolute or left out. */
export function citationOf(report: Report, url?: string): Citation {
  return {
    id: report.slug,
    title: report.title,
    ...(report.issuer === undefined ? {} : { issuer: report.issuer }),
    ...(report.published === undefined ? {} : { published: report.published }),
    year: report.year,
    place: report.place,
    province: report.province,
    ...(url === undefined ? {} : { url }),
  };
}

/** "2023-11-29" → [2023, 11, 29]. */
export const dateParts = (isoDate: string): [number, number, number] => {
  const [year = 0, month = 0, day = 0] = isoDate.split('-').map(Number);
  return [year, month, day];
};
