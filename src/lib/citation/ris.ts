/**
 * An RIS record of a report (TY ELEC: a web page), the format EndNote and
 * Zotero import. Tags are two letters, two spaces, a hyphen and a space;
 * lines end in CRLF as the RIS specification asks.
 */
import { SITE_NAME } from '../site.ts';
import { dateParts, type Citation } from './citation.ts';

export function formatRis(citation: Citation): string {
  const lines: [string, string][] = [['TY', 'ELEC']];
  if (citation.issuer !== undefined) lines.push(['AU', citation.issuer]);
  lines.push(['TI', citation.title]);
  if (citation.published !== undefined) {
    const [year, month, day] = dateParts(citation.published);
    lines.push(
      ['PY', String(year)],
      ['DA', `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/`],
    );
  }
  if (citation.url !== undefined) lines.push(['UR', citation.url]);
  lines.push(
    ['T2', SITE_NAME],
    ['LA', 'zh-CN'],
    ['KW', '法治政府建设'],
    ['KW', citation.province],
    ['KW', citation.place],
    ['ID', citation.id],
  );
  // Every tag line to the right width; one line per value (a title never holds a line break).
  const text = lines.map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ')}`).join('\r\n');
  return `${text}\r\nER  - \r\n`;
}
