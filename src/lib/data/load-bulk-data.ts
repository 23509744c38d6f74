/**
 * The bulk-data records and files, built once per build and shared by the
 * /data/ page, the files under /data/ and the per-report JSON (Astro renders
 * every page in one process, so the promises are reused).
 */
import { getCollection } from 'astro:content';
import { readReportContent } from '../../data/report-store.ts';
import { compareReports } from '../catalog.ts';
import { routes } from '../routes.ts';
import { buildReportRecord, type ReportRecord } from './report-record.ts';
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
  files ??= loadReportRecords().then((all) => buildBulkData(all));
  return files;
}
