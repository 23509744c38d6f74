/**
 * The figures as CSV for /data/: UTF-8 with a BOM (so Excel reads the
 * Chinese right), CRLF lines (RFC 4180), one header row per file, split into
 * numbered files of at most FIGURE_ROWS_PER_FILE rows so none approaches the
 * 25 MiB static hosts accept (a row is some 300–600 bytes).
 */
import { stringify } from 'csv-stringify/sync';
import type { PlacedFigure } from './summary.ts';

export const FIGURE_ROWS_PER_FILE = 40_000;

export const FIGURE_CSV_COLUMNS = [
  'report',
  'place',
  'province',
  'year',
  'section',
  'block',
  'indicator',
  'value',
  'unit',
  'qualifier',
  'written',
  'sentence',
  'url',
] as const;

/** The numbers of the CSV files for this many figures: [1] for none (a file with its header only). */
export function figureCsvParts(figureCount: number): number[] {
  const count = Math.max(1, Math.ceil(figureCount / FIGURE_ROWS_PER_FILE));
  return Array.from({ length: count }, (_, index) => index + 1);
}

/**
 * One CSV file: the figures of part `part` (1-based), each with the URL of
 * its paragraph made by `urlOf` (absolute when the site URL is known).
 */
export function figuresCsv(
  figures: readonly PlacedFigure[],
  part: number,
  urlOf: (figure: PlacedFigure) => string,
): string {
  const rows = figures
    .slice((part - 1) * FIGURE_ROWS_PER_FILE, part * FIGURE_ROWS_PER_FILE)
    .map((figure) => [
      figure.report,
      figure.place,
      figure.province,
      figure.year,
      figure.section,
      figure.block,
      figure.indicator,
      figure.value,
      figure.unit,
      figure.qualifier,
      figure.written,
      figure.sentence,
      urlOf(figure),
    ]);
  return `\uFEFF${stringify([[...FIGURE_CSV_COLUMNS], ...rows], { record_delimiter: 'windows' })}`;
}
