/** The worker thread of src/integrations/report-files.ts: writes every report's files (files.ts) and reports the counts. */
import { parentPort, workerData } from 'node:worker_threads';
import { writeReportFiles, type ReportFilesOptions } from './files.ts';

parentPort?.postMessage(await writeReportFiles(workerData as ReportFilesOptions));
