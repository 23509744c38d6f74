/**
 * The raw source files behind the reports, served byte for byte at
 * /sources/<file name> so a reader can check the text against them.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Report } from '../schemas/report.ts';

/** The file name a report's source is served under, e.g. "laochangxiang-2023.txt". */
export function sourceFileName(report: Pick<Report, 'source'>): string {
  return basename(report.source.path);
}

/**
 * Where a report's source is: `source.path` is relative to the repository
 * root, where the build runs.
 */
export function sourcePath(report: Pick<Report, 'source'>, root: string = process.cwd()): string {
  return resolve(root, report.source.path);
}

/** The raw bytes of a report's source. */
export function readSourceBytes(report: Pick<Report, 'source'>): Promise<Buffer> {
  return readFile(sourcePath(report));
}
