/**
 * The figures as CSV for /data/: UTF-8 with a BOM (so Excel reads the
 * Chinese right), CRLF lines (RFC 4180), one header row per file, split into
 * numbered files of at most FIGURE_ROWS_PER_FILE rows so none approaches the
 * 25 MiB static hosts accept (a row is some 300–600 bytes).
 */
import { stringify } from 'csv-stringify/sync';
import type { PlacedFigure } from './summary.ts';

export const FIGURE_ROWS_PER_FILE = 40_000;

/** The columns, with their Frictionless type and meaning (datapackage.json lists them). */
export const FIGURE_CSV_FIELDS = [
  { name: 'report', type: 'string', description: 'Slug of the report, as in /reports/<slug>/.' },
  { name: 'place', type: 'string', description: 'The place the report is about (报告所涉地方).' },
  { name: 'province', type: 'string', description: 'Its province-level unit.' },
  { name: 'year', type: 'integer', description: 'The year the report is about.' },
  {
    name: 'section',
    type: 'string',
    description: 'Id of the section that holds the figure (its anchor on the report page).',
  },
  { name: 'block', type: 'string', description: 'Id of the paragraph or heading that holds the figure.' },
  { name: 'indicator', type: 'string', description: 'What the number counts, as written (e.g. 调处矛盾纠纷).' },
  { name: 'value', type: 'number', description: 'The value, Chinese numerals, 万 and 亿 normalized.' },
  { name: 'unit', type: 'string', description: 'The unit as recorded (件, 次, 万元, %, …).' },
  {
    name: 'qualifier',
    type: 'string',
    description: 'exact, over (余, 以上), about (近, 约) or at-least (至少), from the words written with the figure.',
  },
  { name: 'written', type: 'string', description: 'The figure as written in the sentence.' },
  { name: 'sentence', type: 'string', description: 'The sentence that states the figure.' },
  { name: 'url', type: 'string', description: 'Link to the paragraph on the report page.' },
] as const;

export const FIGURE_CSV_COLUMNS = FIGURE_CSV_FIELDS.map((field) => field.name);

/** The numbers of the CSV files for this many figures: [1] for none (a file with its header only). */
export function figureCsvParts(figureCount: number): number[] {
  const count = Math.max(1, Math.ceil(figureCount / FIGURE_ROWS_PER_FILE));
  return Array.from({ length: count }, (_, index) => index + 1);
}

/**
 * The CSV files of these figures, each with its number of rows: every
 * figure a row of FIGURE_CSV_FIELDS, with the URL of its paragraph made by
 * `urlOf` (absolute when the site URL is known). Figures are read and files
 * made one at a time, so no more than one file's rows are ever in memory.
 */
export function* figureCsvFiles(
  figures: Iterable<PlacedFigure>,
  urlOf: (figure: PlacedFigure) => string,
): Generator<{ text: string; rows: number }> {
  const rows: unknown[][] = [];
  let made = 0;
  const file = (): { text: string; rows: number } => {
    const text = `\uFEFF${stringify([[...FIGURE_CSV_COLUMNS], ...rows], { record_delimiter: 'windows' })}`;
    made += 1;
    return { text, rows: rows.splice(0).length };
  };
  for (const figure of figures) {
    rows.push(FIGURE_CSV_FIELDS.map(({ name }) => (name === 'url' ? urlOf(figure) : figure[name])));
    if (rows.length === FIGURE_ROWS_PER_FILE) yield file();
  }
  if (rows.length > 0 || made === 0) yield file();
}
