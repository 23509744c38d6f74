/**
 * A BibTeX (biblatex) entry of a report: `@online`, the type that
 * biblatex-gb7714-2015 prints as [EB/OL] and Zotero imports as a web page.
 * Written here rather than by citation-js, whose BibTeX output drops Chinese
 * characters from titles (it keeps only "2021" of a Chinese title).
 */
import { SITE_NAME } from '../site.ts';
import type { Citation } from './citation.ts';

const SPECIAL: Readonly<Record<string, string>> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** Text for a BibTeX field: LaTeX's special characters escaped. */
export const escapeBibtex = (text: string): string => text.replace(/[\\{}%&$#_~^]/g, (char) => SPECIAL[char] ?? char);

export function formatBibtex(citation: Citation): string {
  const fields: [string, string][] = [];
  // A body as author: double braces keep it one name, not "family, given".
  if (citation.issuer !== undefined) fields.push(['author', `{${escapeBibtex(citation.issuer)}}`]);
  fields.push(['title', `{${escapeBibtex(citation.title)}}`]);
  if (citation.published !== undefined) {
    fields.push(['date', citation.published], ['year', citation.published.slice(0, 4)]);
  }
  if (citation.url !== undefined) fields.push(['url', citation.url]);
  fields.push(
    ['organization', escapeBibtex(SITE_NAME)],
    ['langid', 'chinese'],
    ['keywords', escapeBibtex(`法治政府建设, ${citation.province}, ${citation.place}, ${citation.year}`)],
  );
  const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
  return `@online{${citation.id},\n${body}\n}\n`;
}
