/**
 * The bulk-data records and files, built once per build and shared by the
 * /data/ page, the files under /data/ (the figures CSVs among them) and the
 * per-report JSON (Astro renders every page in one process, so the promises
 * are reused).
 */
import { getCollection } from 'astro:content';
import { readReportContent } from '../../data/report-store.ts';
import { compareReports } from '../catalog.ts';
import { routes } from '../routes.ts';
import { buildReportRecord, type ReportRecord } from './report-record.ts';
import { loadCatalog } from '../../data/load-catalog.ts';
import { loadFigures } from '../../data/load-figures.ts';
import { FIGURE_ROWS_PER_FILE, figureCsvParts, figuresCsv } from '../figures/csv.ts';
import type { PlacedFigure } from '../figures/summary.ts';
import { absoluteUrl } from '../site-url.ts';
import { href } from '../urls.ts';
import { buildBulkData, type DataFile } from './write-bulk-data.ts';

let records: Promise<ReportRecord[]> | undefined;
let files: Promise<DataFile[]> | undefined;

/** Every report's record, in the archive's reading order (newest year first). */
export function loadReportRecords(): Promise<ReportRecord[]> {
  records ??= getCollection('reports').then((entries) =>
    entries
      .sort((a, b) => compareReports(a.data, b.data))
      .map((entry) => buildReportRecord(entry.data, readReportContent(entry).body, routes.report(entry.id))),
  );
  return records;
}

/** Every file under /data/, datapackage.json last. */
export function loadBulkData(): Promise<DataFile[]> {
  files ??= Promise.all([loadReportRecords(), loadFigureCsvs()]).then(([all, figureCsvs]) =>
    buildBulkData(all, {}, figureCsvs),
  );
  return files;
}

/** Every figure of every report, in the catalog's order of reports. */
export async function loadAllFigures(): Promise<PlacedFigure[]> {
  const [catalog, figures] = await Promise.all([loadCatalog(), loadFigures()]);
  return catalog.reports.flatMap((report) => figures.get(report.slug) ?? []);
}

/** The figures CSV files, each figure linking to its paragraph (absolutely when the site URL is known). */
async function loadFigureCsvs(): Promise<{ text: string; rows: number }[]> {
  const all = await loadAllFigures();
  const urlOf = (figure: PlacedFigure): string =>
    absoluteUrl(routes.report(figure.report), figure.block) ?? href(routes.report(figure.report), figure.block);
  return figureCsvParts(all.length).map((part) => {
    const text = figuresCsv(all, part, urlOf);
    return { text, rows: Math.min(all.length - (part - 1) * FIGURE_ROWS_PER_FILE, FIGURE_ROWS_PER_FILE) };
  });
}
