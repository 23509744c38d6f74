/**
 * The bulk-data files, built once per build and shared by the /data/ page
 * and the files under /data/ (the figures CSVs among them; Astro renders
 * every page in one process, so the promise is reused). Each report's own
 * JSON is written beside the pages (src/lib/report-files/files.ts), from the
 * same buildReportRecord.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildFolder } from '../../data/disk-memo.ts';
import { readReportContent } from '../../data/report-store.ts';
import { compareReports } from '../catalog.ts';
import { routes } from '../routes.ts';
import { buildReportRecord, type ReportRecord } from './report-record.ts';
import { loadCatalog } from '../../data/load-catalog.ts';
import { loadFigures, type ArchiveFigures } from '../../data/load-figures.ts';
import type { Catalog } from '../catalog.ts';
import { figureCsvFiles } from '../figures/csv.ts';
import type { PlacedFigure } from '../figures/summary.ts';
import { absoluteUrl } from '../site-url.ts';
import { href } from '../urls.ts';
import { emitBulkData, type DataFileFacts } from './write-bulk-data.ts';

let files: Promise<PublishedDataFile[]> | undefined;

type ReportEntry = CollectionEntry<'reports'>;

/** A report's record, its body read from the content loader's file. */
function reportRecord(entry: ReportEntry): ReportRecord {
  return buildReportRecord(entry.data, readReportContent(entry).body, routes.report(entry.id));
}

/**
 * Every report's record, in the archive's reading order (newest year first),
 * made one at a time as the bulk files take them: the records hold every
 * report's whole text (some 2.8 GB at 100,000 reports), so they are never
 * all in memory, and each report's JSON makes its own again.
 */
function* reportRecords(entries: ReportEntry[]): Generator<ReportRecord> {
  for (const entry of entries.sort((a, b) => compareReports(a.data, b.data))) yield reportRecord(entry);
}

/**
 * A file under /data/ as the pages know it. Its bytes wait on disk for its
 * own page: at 100,000 reports the files weigh some 2 GB together, so each
 * is written out as soon as it is made.
 */
export interface PublishedDataFile extends DataFileFacts {
  /** Where the bytes are kept until the page writes them. */
  path: string;
}

/** Every file under /data/, datapackage.json last. */
export function loadBulkData(): Promise<PublishedDataFile[]> {
  files ??= Promise.all([getCollection('reports'), loadFigureCsvs()]).then(async ([entries, figureCsvs]) => {
    const dir = buildFolder('bulk-data');
    const published: PublishedDataFile[] = [];
    await emitBulkData(
      reportRecords(entries),
      ({ bytes }, facts) => {
        const path = join(dir, facts.name);
        writeFileSync(path, bytes);
        published.push({ ...facts, path });
      },
      {},
      figureCsvs,
    );
    return published;
  });
  return files;
}

/** Every figure of every report, in the catalog's order of reports, read one report at a time. */
function* allFigures(catalog: Catalog, figures: ArchiveFigures): Generator<PlacedFigure> {
  for (const report of catalog.reports) yield* figures.of(report.slug);
}

/** The figures CSV files, each figure linking to its paragraph (absolutely when the site URL is known). */
async function loadFigureCsvs(): Promise<Iterable<{ text: string; rows: number }>> {
  const [catalog, figures] = await Promise.all([loadCatalog(), loadFigures()]);
  const urlOf = (figure: PlacedFigure): string =>
    absoluteUrl(routes.report(figure.report), figure.block) ?? href(routes.report(figure.report), figure.block);
  return figureCsvFiles(allFigures(catalog, figures), urlOf);
}
