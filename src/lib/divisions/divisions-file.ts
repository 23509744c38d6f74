/**
 * The committed division list, src/data/divisions.txt: a few "# key: value"
 * header lines, then one "code<TAB>name" line per unit, sorted by code; a
 * third and further columns, when present, are the name as the normalizer's
 * conversion to simplified characters writes it, from a simplified text
 * (濛江乡 → 蒙江乡) or from the same name in traditional characters as OpenCC
 * writes it (澄江镇 → 澂江鎮 → 澂江镇, 幺塘乡 → 么塘鄉 → 么塘乡).
 * The code's length is the level: 2 digits a province, 4 a prefecture,
 * 6 a county-level unit, 9 a township-level unit; a unit's code starts with
 * its parents' codes.
 */
export const DIVISIONS_FILE = 'src/data/divisions.txt';

export interface DivisionsHeader {
  /** Package and version the list was built from. */
  source: string;
  /** The date the codes describe (YYYY-MM-DD). */
  dataDate: string;
  licence: string;
}

export type DivisionRow = readonly [code: string, name: string, ...converted: string[]];

export function formatDivisionsFile(header: DivisionsHeader, rows: readonly DivisionRow[]): string {
  const sorted = [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return (
    [
      "# China's administrative divisions down to township level: code<TAB>name, sorted by code.",
      `# source: ${header.source}`,
      `# data-date: ${header.dataDate}`,
      `# licence: ${header.licence}`,
      '# regenerate: npm run gazetteer (never edit by hand)',
      ...sorted.map((row) => row.join('\t')),
    ].join('\n') + '\n'
  );
}

export interface DivisionsData {
  header: DivisionsHeader;
  codes: string[];
  names: string[];
  /** Converted spellings (third and further columns) by unit index. */
  converted: Map<number, string[]>;
}

/** Reads the file's text into two parallel arrays (no object per unit). */
export function parseDivisionsFile(text: string): DivisionsData {
  const header: Record<string, string> = {};
  const codes: string[] = [];
  const names: string[] = [];
  const converted = new Map<number, string[]>();
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (text.charCodeAt(start) === 35 /* # */) {
      const m = text.slice(start, end).match(/^# ([a-z-]+): (.*)$/u);
      if (m) header[m[1]!] = m[2]!;
    } else if (end > start) {
      const tab = text.indexOf('\t', start);
      if (tab === -1 || tab > end) throw new Error(`${DIVISIONS_FILE}: line without a tab at offset ${start}`);
      codes.push(text.slice(start, tab));
      const tab2 = text.indexOf('\t', tab + 1);
      if (tab2 !== -1 && tab2 < end) {
        names.push(text.slice(tab + 1, tab2));
        converted.set(names.length - 1, text.slice(tab2 + 1, end).split('\t'));
      } else names.push(text.slice(tab + 1, end));
    }
    start = end + 1;
  }
  return {
    header: { source: header['source'] ?? '', dataDate: header['data-date'] ?? '', licence: header['licence'] ?? '' },
    codes,
    names,
    converted,
  };
}
