/**
 * Normalizes a folder of raw reports into a folder of Markdown files, all or
 * nothing: every source is normalized and checked first (including clashes
 * between sources), and only when no problem was found is the output folder
 * replaced — by writing a sibling temporary folder and renaming it into place.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import type { Report } from '../../../src/schemas/report.ts';
import { normalizeReport } from './normalize-report.ts';
import type { Problem } from './problems.ts';
import { parseSourceMeta, type SourceMeta } from './source-meta.ts';

export interface CorpusOptions {
  inDir: string;
  outDir: string;
  /** Paths in messages and in source.path are relative to this folder. */
  root: string;
}

export interface NormalizedFile {
  report: Report;
  markdown: string;
  fileName: string;
}

export interface CorpusResult {
  files: NormalizedFile[];
  problems: Problem[];
  /** Bytes of raw text read, for throughput figures. */
  bytesIn: number;
}

/** A path relative to `root` when it lies inside it, else absolute: what a user can paste. */
function shown(root: string, path: string): string {
  const inside = relative(root, path);
  return inside.startsWith('..') ? path : inside;
}

/** Normalizes every `*.txt` of a folder; writes nothing. */
export async function normalizeCorpus({ inDir, root }: Pick<CorpusOptions, 'inDir' | 'root'>): Promise<CorpusResult> {
  const problems: Problem[] = [];
  const files: NormalizedFile[] = [];
  let bytesIn = 0;
  const names = (await readdir(inDir)).sort();
  const sources = names.filter((n) => n.endsWith('.txt'));
  const known = new Set(sources.map((n) => n.replace(/\.txt$/u, '')));
  for (const name of names.filter((n) => n.endsWith('.yaml'))) {
    if (!known.has(name.replace(/\.yaml$/u, ''))) {
      problems.push({ file: shown(root, join(inDir, name)), message: 'metadata file without a report beside it', hint: `add ${name.replace(/\.yaml$/u, '.txt')} or delete this file` });
    }
  }
  if (sources.length === 0) {
    problems.push({ file: shown(root, inDir) || '.', message: 'no .txt reports found', hint: 'put the raw reports (one .txt file each) in this folder' });
  }

  const seenSha = new Map<string, string>();
  const seenSlug = new Map<string, string>();
  for (const name of sources) {
    const path = shown(root, join(inDir, name));
    const metaName = name.replace(/\.txt$/u, '.yaml');
    let meta: SourceMeta = {};
    if (names.includes(metaName)) {
      const parsed = parseSourceMeta(await readFile(join(inDir, metaName), 'utf8'), shown(root, join(inDir, metaName)));
      problems.push(...parsed.problems);
      if (!parsed.meta) continue;
      meta = parsed.meta;
    }
    const bytes = new Uint8Array(await readFile(join(inDir, name)));
    bytesIn += bytes.length;
    const result = normalizeReport({ bytes, path, meta });
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const { report } = result;
    const twin = seenSha.get(report.source.sha256);
    if (twin !== undefined) {
      problems.push({ file: path, message: `the same bytes as ${twin} (the report is in the archive twice)`, hint: `delete one of ${twin} and ${path}` });
      continue;
    }
    seenSha.set(report.source.sha256, path);
    const clash = seenSlug.get(report.slug);
    if (clash !== undefined) {
      problems.push({
        file: path,
        message: `would get the slug "${report.slug}", which ${clash} already has (same place and year?)`,
        hint: `if both are genuine, add a distinct "slug: …" to ${metaName}; if one is a duplicate, delete it`,
      });
      continue;
    }
    seenSlug.set(report.slug, path);
    files.push({ report, markdown: result.markdown, fileName: `${report.slug}.md` });
  }
  return { files, problems, bytesIn };
}

/**
 * Replaces `outDir` with exactly the given files. Refuses to replace a folder
 * holding anything but Markdown, so a mistyped --out cannot wipe other work.
 */
export async function writeCorpus(outDir: string, files: NormalizedFile[], root: string): Promise<Problem[]> {
  if (existsSync(outDir)) {
    const foreign = (await readdir(outDir)).filter((n) => !n.endsWith('.md'));
    if (foreign.length > 0) {
      return [{ file: shown(root, outDir) || outDir, message: `holds files the normalizer did not write (${foreign.slice(0, 3).join(', ')})`, hint: 'choose an empty or new folder for --out' }];
    }
  }
  const stamp = `${process.pid}-${Date.now()}`;
  const temporary = join(dirname(outDir), `.${basename(outDir)}.tmp-${stamp}`);
  const previous = join(dirname(outDir), `.${basename(outDir)}.old-${stamp}`);
  await mkdir(temporary, { recursive: true });
  try {
    for (const file of files) await writeFile(join(temporary, file.fileName), file.markdown);
    if (existsSync(outDir)) await rename(outDir, previous);
    await rename(temporary, outDir);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    if (existsSync(previous) && !existsSync(outDir)) await rename(previous, outDir);
    throw error;
  }
  await rm(previous, { recursive: true, force: true });
  return [];
}
