/**
 * The files every report has beside its pages, made straight from its
 * Markdown file rather than rendered as Astro routes:
 *
 * - `reports/<slug>.md`: the normalized file, byte for byte;
 * - `reports/<slug>.json`: its bulk-data record (src/lib/data/report-record.ts);
 * - `reports/<slug>.bib`, `.ris`, `.csl.json`: its citation (src/lib/citation/);
 * - `sources/<file>`: the raw source it was normalized from, byte for byte.
 *
 * Why not routes: at 100,000 reports these are 600,000 files, and Astro
 * renders routes one at a time on one core (some 16 minutes of a 72-minute
 * build). Written here, they take a worker thread of their own while Astro
 * renders the pages (src/integrations/report-files.ts). The frontmatter is
 * read and validated exactly as the collection's glob loader does it, so the
 * files say what the pages say.
 *
 * Plain Node: nothing here may depend on Vite (no `astro:*` modules, no
 * `import.meta.env`), because a worker thread runs it.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { citationOf } from '../citation/citation.ts';
import { CITATION_FORMATS } from '../citation/formats.ts';
import { buildReportRecord } from '../data/report-record.ts';
import { absoluteAddress, routes } from '../routes.ts';
import { reportSchema, type Report } from '../../schemas/report.ts';
import { sourceFileName, sourcePath } from '../../data/sources.ts';

/** Where a build finds the reports and puts the files, and the addresses the files give. */
export interface ReportFilesOptions {
  /** The folder of the reports' Markdown files (the collection's glob base). */
  reportsDir: string;
  /** The site's output folder. */
  outDir: string;
  /** The project root: `source.path` in the frontmatter is relative to it. */
  root: string;
  /** The configured site URL, if any: the citations' URLs are absolute only with it. */
  site: string | undefined;
  /** The base path, e.g. "/" or "/archive/". */
  base: string;
}

/** One report as its Markdown file gives it. */
export interface ReportFile {
  /** The file's path. */
  path: string;
  /** The file's bytes. */
  bytes: Buffer;
  /** The frontmatter, validated by the content schema. */
  report: Report;
  /** The body, as the glob loader keeps it (after the frontmatter, trimmed). */
  body: string;
}

/** A file to write: its path under the output folder and its content. */
export interface OutputFile {
  path: string;
  content: string | Buffer;
}

/** A file to copy as it is: its path under the output folder and the file it is a copy of. */
export interface CopiedFile {
  path: string;
  from: string;
}

/** The reports' Markdown files, as the collection's glob pattern ("*.md") finds them, in name order. */
export function reportFilePaths(reportsDir: string): string[] {
  return readdirSync(reportsDir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => join(reportsDir, entry.name))
    .sort();
}

/**
 * Reads and validates one report file the way Astro's glob loader does
 * (`parseFrontmatter` with "empty-with-spaces", the body trimmed, the
 * content schema). An invalid file is an error naming the file and the field.
 */
export async function readReportFile(path: string): Promise<ReportFile> {
  const bytes = readFileSync(path);
  const { frontmatter, content } = parseFrontmatter(bytes.toString('utf8'), { frontmatter: 'empty-with-spaces' });
  const parsed = await reportSchema.safeParseAsync(frontmatter);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '(frontmatter)';
    throw new Error(
      `${path}: frontmatter field "${field}": ${issue?.message ?? 'invalid'}. Fix the file (or normalize its source again) and build again.`,
    );
  }
  return { path, bytes, report: parsed.data, body: content.trim() };
}

/** The files of one report under reports/ (its JSON, Markdown and citations). */
export function reportOutputFiles(file: ReportFile, site: string | undefined, base: string): OutputFile[] {
  const { slug } = file.report;
  const record = buildReportRecord(file.report, file.body, routes.report(slug));
  const citation = citationOf(
    file.report,
    site === undefined ? undefined : absoluteAddress(site, base, routes.report(slug)),
  );
  return [
    { path: routes.reportMarkdown(slug), content: file.bytes },
    { path: routes.reportJson(slug), content: `${JSON.stringify(record, null, 2)}\n` },
    ...Object.entries(CITATION_FORMATS).map(([extension, { format }]) => ({
      path: routes.reportCitation(slug, extension),
      content: format(citation),
    })),
  ];
}

/** The raw source of a report: `sources/<file name>`, a copy of the file at `source.path`. */
export function sourceCopy(report: Report, root: string): CopiedFile {
  return { path: routes.source(sourceFileName(report)), from: sourcePath(report, root) };
}

/**
 * Writes every report's files into the output folder, one report at a time
 * (memory stays that of one report). Two reports naming different source
 * files of the same name would serve one of them under the other's link:
 * that is refused rather than guessed.
 */
export async function writeReportFiles(options: ReportFilesOptions): Promise<{ reports: number; sources: number }> {
  const sourceOf = new Map<string, string>();
  const made = new Set<string>();
  const targetOf = (path: string): string => {
    const target = join(options.outDir, path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    return target;
  };
  let reports = 0;
  for (const path of reportFilePaths(options.reportsDir)) {
    const file = await readReportFile(path);
    for (const { path: output, content } of reportOutputFiles(file, options.site, options.base))
      writeFileSync(targetOf(output), content);
    reports += 1;
    const name = sourceFileName(file.report);
    const seen = sourceOf.get(name);
    if (seen === undefined) {
      sourceOf.set(name, file.report.source.path);
      const source = sourceCopy(file.report, options.root);
      copyFileSync(source.from, targetOf(source.path));
    } else if (seen !== file.report.source.path) {
      throw new Error(
        `${path}: its source ${file.report.source.path} has the same file name as ${seen}, and both would be served at /${routes.source(name)}. Rename one of the source files and normalize it again.`,
      );
    }
  }
  return { reports, sources: sourceOf.size };
}
