/**
 * What the search index knows of a report besides its text, taken from the
 * schema's fields: the report page writes it into its markup (ReportFacets)
 * and the index build reads it back.
 */
import type { Report } from '../../schemas/report.ts';
import type { ReportMeta } from './index-format.ts';
import { filterValues } from './url-state.ts';

export function reportMeta(report: Report): ReportMeta {
  return {
    slug: report.slug,
    title: report.title,
    filters: filterValues(report),
    ...(report.county === undefined ? {} : { county: report.county }),
    ...(report.city === undefined ? {} : { city: report.city }),
  };
}
