/**
 * Every report's downloads and raw source, written beside the pages
 * (src/lib/report-files/files.ts). The e2e tests check the built files
 * against the pages and the bulk data; here, what the writer makes of the
 * repository's reports and what it refuses.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { CITATION_FORMATS } from '../../src/lib/citation/formats.ts';
import { reportFilePaths, writeReportFiles, type ReportFilesOptions } from '../../src/lib/report-files/files.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const REPORTS = join(ROOT, 'content/reports');

let work = '';
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** The frontmatter of a report file, read with a YAML parser of its own. */
function frontmatterOf(file: string): { slug: string; source: { path: string } } {
  const text = readFileSync(file, 'utf8');
  return parseYaml(text.slice(4, text.indexOf('\n---', 4))) as { slug: string; source: { path: string } };
}

function options(reportsDir: string, site?: string): ReportFilesOptions {
  work ||= mkdtempSync(join(tmpdir(), 'report-files-'));
  return { reportsDir, outDir: join(work, 'dist'), root: ROOT, site, base: '/archive/' };
}

/** A copy of the repository's reports in a folder of the test's own, to be spoiled. */
function copiedReports(): string {
  work = mkdtempSync(join(tmpdir(), 'report-files-'));
  const dir = join(work, 'reports');
  cpSync(REPORTS, dir, { recursive: true });
  return dir;
}

describe('writeReportFiles', () => {
  it("writes each report's Markdown, JSON and citations, and each raw source byte for byte", async () => {
    const files = reportFilePaths(REPORTS);
    const counts = await writeReportFiles(options(REPORTS, 'https://example.org'));
    expect(counts).toEqual({ reports: files.length, sources: files.length });
    const out = join(work, 'dist');
    const extensions = ['md', 'json', ...Object.keys(CITATION_FORMATS)].sort();
    for (const file of files) {
      const { slug, source } = frontmatterOf(file);
      const written = readdirSync(join(out, 'reports')).filter((name) => name.startsWith(`${slug}.`));
      expect(written.map((name) => name.slice(slug.length + 1)).sort()).toEqual(extensions);
      expect(readFileSync(join(out, 'reports', `${slug}.md`))).toEqual(readFileSync(file));
      const record = JSON.parse(readFileSync(join(out, 'reports', `${slug}.json`), 'utf8')) as Record<string, unknown>;
      expect(record['slug']).toBe(slug);
      expect(record['path']).toBe(`reports/${slug}/`);
      // The citation carries the page's absolute address under the base path.
      expect(readFileSync(join(out, 'reports', `${slug}.bib`), 'utf8')).toContain(
        `https://example.org/archive/reports/${slug}/`,
      );
      const sourceName = source.path.split('/').at(-1) ?? '';
      expect(readFileSync(join(out, 'sources', sourceName))).toEqual(readFileSync(join(ROOT, source.path)));
    }
  });

  it('gives no absolute address without a site URL', async () => {
    await writeReportFiles(options(REPORTS));
    const [file] = reportFilePaths(REPORTS);
    const { slug } = frontmatterOf(file ?? '');
    expect(readFileSync(join(work, 'dist', 'reports', `${slug}.ris`), 'utf8')).not.toMatch(/https?:/);
  });

  it('refuses a report whose frontmatter the schema rejects, naming the file and the field', async () => {
    const dir = copiedReports();
    const [file] = reportFilePaths(dir);
    const spoiled = file ?? '';
    writeFileSync(spoiled, readFileSync(spoiled, 'utf8').replace(/^year: \d+$/m, 'year: "last year"'));
    await expect(writeReportFiles(options(dir))).rejects.toThrow(
      new RegExp(`^${spoiled.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: frontmatter field "year"`),
    );
  });

  it('refuses two reports whose different sources would be served under one name', async () => {
    const dir = copiedReports();
    const [first, second] = reportFilePaths(dir);
    const taken = frontmatterOf(first ?? '').source.path;
    const other = frontmatterOf(second ?? '').source.path;
    // The second report now cites a file of the same name as the first's, in another folder.
    const clash = `${other.slice(0, other.lastIndexOf('/'))}/elsewhere/${taken.split('/').at(-1) ?? ''}`;
    writeFileSync(second ?? '', readFileSync(second ?? '', 'utf8').replace(`path: "${other}"`, `path: "${clash}"`));
    await expect(writeReportFiles(options(dir))).rejects.toThrow(
      `its source ${clash} has the same file name as ${taken}`,
    );
  });
});
