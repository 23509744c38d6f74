/**
 * The citation downloads of every report, at /reports/<slug>.bib, .ris and
 * .csl.json: one route module per format, built by this factory. Their URL
 * is absolute only when a site URL is configured; none has an access date
 * (a file cannot know when it is read: reference managers add it).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Report } from '../../schemas/report.ts';
import { routes } from '../routes.ts';
import { absoluteUrl } from '../site-url.ts';
import { formatBibtex } from './bibtex.ts';
import { citationOf, type Citation } from './citation.ts';
import { formatCslJson } from './csl-json.ts';
import { formatRis } from './ris.ts';

export const CITATION_FORMATS = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8', format: formatBibtex },
  ris: { label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8', format: formatRis },
  'csl.json': {
    label: 'CSL-JSON',
    type: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    format: formatCslJson,
  },
} as const satisfies Record<string, { label: string; type: string; format: (citation: Citation) => string }>;

export type CitationFormat = keyof typeof CITATION_FORMATS;

/** The citation facts of a report with its page's absolute URL, when known. */
export const reportCitation = (report: Report): Citation => citationOf(report, absoluteUrl(routes.report(report.slug)));

export function citationRoute(format: CitationFormat): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const { type, format: write } = CITATION_FORMATS[format];
  return {
    getStaticPaths: async () =>
      (await getCollection('reports')).map((entry) => ({ params: { slug: entry.id }, props: { report: entry.data } })),
    GET: ({ props }) =>
      new Response(write(reportCitation((props as { report: Report }).report)), { headers: { 'Content-Type': type } }),
  };
}
