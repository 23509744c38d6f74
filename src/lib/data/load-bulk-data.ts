/**
 * The bulk-data files, built once per build and shared by the /data/ page
 * and the files under /data/ (the figures CSVs among them; Astro renders
 * every page in one process, so the promise is reused), and the record of
 * one report for its own JSON.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readReportContent } from '../../data/report-store.ts';
import { compareReports } from '../catalog.ts';
import { routes } from '../routes.ts';
import { buildReportRecord, type ReportRecord } from './report-record.ts';
import { loadCatalog } from '../../data/load-catalog.ts';
import { loadFigures } from '../../data/load-figures.ts';
import { figureCsvFiles } from '../figures/csv.ts';
import type { PlacedFigure } from '../figures/summary.ts';
import { absoluteUrl } from '../site-url.ts';
import { href } from '../urls.ts';
import { buildBulkData, type DataFile } from './write-bulk-data.ts';

let files: Promise<DataFile[]> | undefined;

type ReportEntry = CollectionEntry<'reports'>;

/** A report's record, read from its file: the same for its line in the bulk files and its own JSON. */
export function reportRecord(entry: ReportEntry): ReportRecord {
  return buildReportRecord(entry.data, readReportContent(entry).body, routes.report(entry.id));
}

/**
 * Every report's record, in the archive's reading order (newest year first).
 * Not kept: the records hold every report's whole text, so the bulk files
 * are made from them once and each report's JSON makes its own again.
 */
async function reportRecords(): Promise<ReportRecord[]> {
  const entries = await getCollection('reports');
  return entries.sort((a, b) => compareReports(a.data, b.data)).map(reportRecord);
}

/** Every file under /data/, datapackage.json last. */
export function loadBulkData(): Promise<DataFile[]> {
  files ??= Promise.all([reportRecords(), loadFigureCsvs()]).then(([all, figureCsvs]) =>
    buildBulkData(all, {}, figureCsvs),
  );
  return files;
}

/** Every figure of every report, in the catalog's order of reports. */
async function loadAllFigures(): Promise<PlacedFigure[]> {
  const [catalog, figures] = await Promise.all([loadCatalog(), loadFigures()]);
  return catalog.reports.flatMap((report) => figures.get(report.slug) ?? []);
}

/** The figures CSV files, each figure linking to its paragraph (absolutely when the site URL is known). */
async function loadFigureCsvs(): Promise<{ text: string; rows: number }[]> {
  const all = await loadAllFigures();
  const urlOf = (figure: PlacedFigure): string =>
    absoluteUrl(routes.report(figure.report), figure.block) ?? href(routes.report(figure.report), figure.block);
  return figureCsvFiles(all, urlOf);
}
