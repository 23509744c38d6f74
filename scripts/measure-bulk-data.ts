/**
 * Writes the bulk data (/data/) of any folder of normalized reports without
 * building the site, and prints each file with its size: for measuring the
 * files at 1,000 or 10,000 reports (make the reports with the benchmark's
 * corpus: npm run bench -- --keep, or the normalizer on a generated corpus).
 *
 *     npx node scripts/measure-bulk-data.ts --reports DIR [--out DIR]
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { compareReports } from '../src/lib/catalog.ts';
import { buildReportRecord } from '../src/lib/data/report-record.ts';
import { buildBulkData } from '../src/lib/data/write-bulk-data.ts';
import { routes } from '../src/lib/routes.ts';
import { reportSchema } from '../src/schemas/report.ts';

const { values } = parseArgs({ options: { reports: { type: 'string' }, out: { type: 'string' } } });
if (values.reports === undefined) {
  console.error('usage: npx node scripts/measure-bulk-data.ts --reports DIR [--out DIR]');
  process.exit(2);
}
const dir = resolve(values.reports);
const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
const entries = await Promise.all(
  names.map(async (name) => {
    const text = await readFile(join(dir, name), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
    if (match === null) throw new Error(`${join(dir, name)}: no frontmatter between --- lines`);
    const result = reportSchema.safeParse(parseYaml(match[1] ?? ''));
    if (!result.success) throw new Error(`${join(dir, name)}: ${result.error.message}`);
    return { report: result.data, body: match[2] ?? '' };
  }),
);
const started = performance.now();
const records = entries
  .sort((a, b) => compareReports(a.report, b.report))
  .map(({ report, body }) => buildReportRecord(report, body, routes.report(report.slug)));
const files = await buildBulkData(records);
const seconds = (performance.now() - started) / 1000;
if (values.out !== undefined) {
  await mkdir(values.out, { recursive: true });
  for (const file of files) await writeFile(join(values.out, file.name), file.bytes);
}
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
console.log(`${records.length} reports → ${files.length} files in ${seconds.toFixed(1)} s`);
for (const file of files) console.log(`${file.name}\t${file.bytes.length}\t${mib(file.bytes.length)}`);
