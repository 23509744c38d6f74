/**
 * The bulk data under /data/, built in memory from the reports' records:
 *
 * - `reports-NNNNN.jsonl.gz`: every report as JSON Lines (gzip), split so no
 *   file exceeds 25 MiB;
 * - `metadata-NNNNN.csv`: one row per report, UTF-8 with a BOM so Excel
 *   reads the Chinese right, split likewise;
 * - `figures-NNNNN.csv`: every figure of every report (src/lib/figures/csv.ts),
 *   made by the caller, listed here so datapackage.json describes them too;
 * - `report.schema.json`: the JSON Schema of a record, generated from zod;
 * - `datapackage.json`: a Frictionless Data Package listing every file with
 *   its size and SHA-256.
 *
 * Pure apart from zlib: the same records give byte-identical files. The
 * files are handed out one at a time (`emitBulkData`), so a caller that
 * writes each to disk never holds them all: at 100,000 reports they weigh
 * some 2 GB, the figures CSVs most of it.
 */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { FIGURE_CSV_FIELDS } from '../figures/csv.ts';
import { reportJsonSchema } from './json-schema.ts';
import { METADATA_COLUMNS } from './metadata-columns.ts';
import type { ReportRecord } from './report-record.ts';
import { CsvLineSplitter, GzipLineSplitter, numberedName, type SplitFile, type SplitOptions } from './split-writer.ts';

export const DATA_LICENSE = {
  name: 'CC0-1.0',
  title: 'Creative Commons Zero v1.0 Universal',
  path: 'https://creativecommons.org/publicdomain/zero/1.0/',
} as const;

export const SCHEMA_FILE = 'report.schema.json';
export const PACKAGE_FILE = 'datapackage.json';

/** One published file. */
export interface DataFile {
  name: string;
  bytes: Buffer;
  /** What a reader finds in it, for the /data/ page. */
  kind: 'reports' | 'metadata' | 'figures' | 'schema' | 'package';
  /** Number of reports in it (reports and metadata files). */
  reports?: number;
  /** Number of figures in it (figures files). */
  figures?: number;
}

/** A file as datapackage.json and the /data/ page describe it: everything but its bytes. */
export interface DataFileFacts extends Omit<DataFile, 'bytes'> {
  size: number;
  sha256: string;
}

const factsOf = ({ bytes, ...file }: DataFile): DataFileFacts => ({
  ...file,
  size: bytes.length,
  sha256: createHash('sha256').update(bytes).digest('hex'),
});

/** One CSV line of a record, in METADATA_COLUMNS order, CRLF as RFC 4180 asks. */
function csvRow(cells: (string | number | undefined)[]): string {
  return stringify([cells.map((cell) => cell ?? '')], { record_delimiter: 'windows' });
}

/** How every CSV file here is written: UTF-8 with a BOM, a header row, CRLF lines. */
const CSV_TABLE = {
  type: 'table',
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8-sig',
  dialect: { header: true, delimiter: ',', lineTerminator: '\r\n' },
} as const;

/** The Frictionless descriptor of the files (everything but itself). */
function dataPackage(files: readonly DataFileFacts[]): Record<string, unknown> {
  const tableSchema = {
    fields: METADATA_COLUMNS.map(({ name, type, description }) => ({ name, type, description })),
    primaryKey: ['slug'],
  };
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'fazhi-reports',
    title: '法治政府建设情况报告档案',
    description:
      'Yearly rule-of-law reports (法治政府建设情况报告) of Chinese local governments, normalized to simplified Chinese, with their metadata, text and sections.',
    licenses: [DATA_LICENSE],
    resources: files.map((file) => {
      const common = { path: file.name, bytes: file.size, hash: `sha256:${file.sha256}` };
      switch (file.kind) {
        case 'reports':
          return {
            name: file.name.replace(/\.jsonl\.gz$/, ''),
            ...common,
            format: 'jsonl',
            mediatype: 'application/jsonl',
            compression: 'gz',
            encoding: 'utf-8',
            description: `${file.reports} reports, one JSON object per line; each line validates against ${SCHEMA_FILE}.`,
          };
        case 'metadata':
          return {
            name: file.name.replace(/\.csv$/, ''),
            ...common,
            ...CSV_TABLE,
            schema: tableSchema,
            description: `Metadata of ${file.reports} reports, one row each.`,
          };
        case 'figures':
          return {
            name: file.name.replace(/\.csv$/, ''),
            ...common,
            ...CSV_TABLE,
            schema: { fields: FIGURE_CSV_FIELDS },
            description: `${file.figures} figures stated in the reports, one row each, with the sentence and a link to it.`,
          };
        default:
          return {
            name: 'report-schema',
            ...common,
            format: 'json',
            mediatype: 'application/schema+json',
            description: 'JSON Schema (2020-12) of one report record.',
          };
      }
    }),
  };
}

const numbered = (pieces: SplitFile[], kind: DataFile['kind'], prefix: string, extension: string): DataFile[] =>
  pieces.map(({ bytes, lines }, index) => ({
    name: numberedName(prefix, index + 1, extension),
    bytes,
    kind,
    reports: lines,
  }));

/**
 * Every file under /data/, handed to `emit` one at a time with its facts,
 * datapackage.json last. Records are taken in the order given (the
 * archive's reading order), one at a time: each is compressed and turned into
 * its CSV row as it comes, so a generator of records never holds more than
 * one; a figures CSV is made when the one before it has been emitted.
 */
export async function emitBulkData(
  records: Iterable<ReportRecord>,
  emit: (file: DataFile, facts: DataFileFacts) => void,
  options: SplitOptions = {},
  figureCsvs: Iterable<{ text: string; rows: number }> = [],
): Promise<void> {
  const gzip = new GzipLineSplitter(options);
  const csv = new CsvLineSplitter(csvRow(METADATA_COLUMNS.map((column) => column.name)), options);
  for (const record of records) {
    await gzip.add(JSON.stringify(record));
    csv.add(csvRow(METADATA_COLUMNS.map((column) => column.value(record))));
  }
  const described: DataFileFacts[] = [];
  const hand = (file: DataFile): void => {
    const facts = factsOf(file);
    if (file.kind !== 'package') described.push(facts);
    emit(file, facts);
  };
  numbered(await gzip.finish(), 'reports', 'reports', '.jsonl.gz').forEach(hand);
  numbered(csv.finish(), 'metadata', 'metadata', '.csv').forEach(hand);
  let index = 0;
  for (const { text, rows } of figureCsvs)
    hand({ name: numberedName('figures', ++index, '.csv'), bytes: Buffer.from(text), kind: 'figures', figures: rows });
  hand({ name: SCHEMA_FILE, bytes: Buffer.from(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`), kind: 'schema' });
  hand({
    name: PACKAGE_FILE,
    bytes: Buffer.from(`${JSON.stringify(dataPackage(described), null, 2)}\n`),
    kind: 'package',
  });
}

/** Every file under /data/ with its bytes, datapackage.json last (for tests and tools; the build uses emitBulkData). */
export async function buildBulkData(
  records: Iterable<ReportRecord>,
  options: SplitOptions = {},
  figureCsvs: Iterable<{ text: string; rows: number }> = [],
): Promise<DataFile[]> {
  const files: DataFile[] = [];
  await emitBulkData(records, (file) => files.push(file), options, figureCsvs);
  return files;
}
