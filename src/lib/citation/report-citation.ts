/** The citation of a report as its pages give it: with the page's absolute URL when a site URL is configured. */
import type { Report } from '../../schemas/report.ts';
import { routes } from '../routes.ts';
import { absoluteUrl } from '../site-url.ts';
import { citationOf, type Citation } from './citation.ts';

export const reportCitation = (report: Report): Citation => citationOf(report, absoluteUrl(routes.report(report.slug)));
