/**
 * The citation downloads of every report, at /reports/<slug>.bib, .ris and
 * .csl.json (written by src/lib/report-files/files.ts). Their URL is
 * absolute only when a site URL is configured; none has an access date (a
 * file cannot know when it is read: reference managers add it).
 */
import { formatBibtex } from './bibtex.ts';
import type { Citation } from './citation.ts';
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
