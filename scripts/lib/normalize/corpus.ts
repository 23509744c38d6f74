/**
 * Normalizes a folder of raw reports into a folder of Markdown files, all or
 * nothing: every source is normalized and checked (including clashes between
 * sources) while its output goes to a sibling temporary folder, and only when
 * no problem was found is that folder renamed into place.
 *
 * Large corpora are normalized on worker threads (parallel.ts) and streamed:
 * each file is written as soon as it is checked, so the corpus is never held
 * in memory as a whole.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { normalizeInOrder, normalizeInWorkers, workersFor } from './parallel.ts';
import type { Problem } from './problems.ts';
import { shown, type NormalizedFile, type SourceTask } from './read-source.ts';

export type { NormalizedFile } from './read-source.ts';

export interface CorpusOptions {
  inDir: string;
  outDir: string;
  /** Paths in messages and in source.path are relative to this folder. */
  root: string;
}

export interface CorpusResult {
  /** Every accepted file, unless `onFile` took them one by one. */
  files: NormalizedFile[];
  /** Number of accepted files. */
  count: number;
  problems: Problem[];
  /** Bytes of raw text read, for throughput figures. */
  bytesIn: number;
}

export interface NormalizeCorpusOptions extends Pick<CorpusOptions, 'inDir' | 'root'> {
  /** Receives each accepted file in source order as soon as it is checked; the file is then not kept in `files`. */
  onFile?: (file: NormalizedFile) => Promise<void> | void;
  /** Worker threads to use; by default all cores for a large corpus, none for a small one. */
  workers?: number;
}

/** Normalizes every `*.txt` of a folder; writes nothing itself. */
export async function normalizeCorpus({ inDir, root, onFile, workers }: NormalizeCorpusOptions): Promise<CorpusResult> {
  const problems: Problem[] = [];
  const files: NormalizedFile[] = [];
  let count = 0;
  let bytesIn = 0;
  const names = (await readdir(inDir)).sort();
  const sources = names.filter((n) => n.endsWith('.txt'));
  const known = new Set(sources.map((n) => n.replace(/\.txt$/u, '')));
  for (const name of names.filter((n) => n.endsWith('.yaml'))) {
    if (!known.has(name.replace(/\.yaml$/u, ''))) {
      problems.push({
        file: shown(root, join(inDir, name)),
        message: 'metadata file without a report beside it',
        hint: `add ${name.replace(/\.yaml$/u, '.txt')} or delete this file`,
      });
    }
  }
  if (sources.length === 0) {
    problems.push({
      file: shown(root, inDir) || '.',
      message: 'no .txt reports found',
      hint: 'put the raw reports (one .txt file each) in this folder',
    });
  }

  const seenSha = new Map<string, string>();
  const seenSlug = new Map<string, string>();
  const present = new Set(names);
  const tasks = sources.map((name): SourceTask => {
    const metaName = name.replace(/\.txt$/u, '.yaml');
    return { inDir, name, root, ...(present.has(metaName) ? { metaName } : {}) };
  });
  const threads = workers ?? workersFor(tasks.length);
  for await (const outcome of threads > 1 ? normalizeInWorkers(tasks, threads) : normalizeInOrder(tasks)) {
    problems.push(...outcome.problems);
    bytesIn += outcome.bytesIn;
    if (outcome.file === undefined) continue;
    const { report } = outcome.file;
    const path = report.source.path;
    const metaName = basename(path).replace(/\.txt$/u, '.yaml');
    const twin = seenSha.get(report.source.sha256);
    if (twin !== undefined) {
      problems.push({
        file: path,
        message: `the same bytes as ${twin} (the report is in the archive twice)`,
        hint: `delete one of ${twin} and ${path}`,
      });
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
    count += 1;
    if (onFile) await onFile(outcome.file);
    else files.push(outcome.file);
  }
  return { files, count, problems, bytesIn };
}

/** Writes files into a temporary folder beside the output folder, then swaps it in, or throws it away. */
export interface CorpusWriter {
  write(file: NormalizedFile): Promise<void>;
  /** Replaces the output folder with the files written. */
  commit(): Promise<void>;
  /** Removes the temporary folder; the output folder stays as it was. */
  abort(): Promise<void>;
}

/**
 * Opens a writer that will replace `outDir`. Refuses (with a problem) a
 * folder holding anything but Markdown, so a mistyped --out cannot wipe
 * other work.
 */
export async function openCorpusWriter(
  outDir: string,
  root: string,
): Promise<{ writer?: CorpusWriter; problems: Problem[] }> {
  if (existsSync(outDir)) {
    const foreign = (await readdir(outDir)).filter((n) => !n.endsWith('.md'));
    if (foreign.length > 0) {
      return {
        problems: [
          {
            file: shown(root, outDir) || outDir,
            message: `holds files the normalizer did not write (${foreign.slice(0, 3).join(', ')})`,
            hint: 'choose an empty or new folder for --out',
          },
        ],
      };
    }
  }
  const stamp = `${process.pid}-${Date.now()}`;
  const temporary = join(dirname(outDir), `.${basename(outDir)}.tmp-${stamp}`);
  const previous = join(dirname(outDir), `.${basename(outDir)}.old-${stamp}`);
  await mkdir(temporary, { recursive: true });
  const abort = (): Promise<void> => rm(temporary, { recursive: true, force: true });
  return {
    problems: [],
    writer: {
      write: (file) => writeFile(join(temporary, file.fileName), file.markdown),
      abort,
      async commit() {
        try {
          if (existsSync(outDir)) await rename(outDir, previous);
          await rename(temporary, outDir);
        } catch (error) {
          await abort();
          if (existsSync(previous) && !existsSync(outDir)) await rename(previous, outDir);
          throw error;
        }
        await rm(previous, { recursive: true, force: true });
      },
    },
  };
}

/** Replaces `outDir` with exactly the given files (see {@link openCorpusWriter}). */
export async function writeCorpus(outDir: string, files: NormalizedFile[], root: string): Promise<Problem[]> {
  const { writer, problems } = await openCorpusWriter(outDir, root);
  if (!writer) return problems;
  try {
    for (const file of files) await writer.write(file);
  } catch (error) {
    await writer.abort();
    throw error;
  }
  await writer.commit();
  return [];
}
