/**
 * The real pipeline on the synthetic corpus, each step a child process run
 * the way a maintainer runs it: the normalizer (`scripts/normalize.ts --in
 * --out`), then `npm run build` with REPORTS_DIR and OUT_DIR, which builds
 * the site with Astro, then writes the archive's own search index in a
 * process of its own (scripts/search-index.ts), timed from its first to its
 * last log line.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { PARALLEL_THRESHOLD } from '../normalize/parallel.ts';
import { cpuSecondsOf, peakBytes } from './memory-sampler.ts';
import type { Progress } from './progress.ts';
import { runMeasured } from './run-process.ts';

/** `{ key: value }`, or nothing when the value is unknown (the figures are optional, never undefined). */
const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });

export interface NormalizerFigures {
  reports: number;
  megabytes: number;
  /** Wall-clock time of the whole command, Node start-up included. */
  seconds: number;
  megabytesPerSecond: number;
  /** Throughput by the normalizer's own clock (from its first read to its last write, start-up excluded). */
  ownMegabytesPerSecond?: number;
  reportsPerSecond: number;
  peakRssBytes?: number;
  /** CPU seconds of all threads: what the work costs, whatever else the machine is doing. */
  cpuSeconds?: number;
  workers: number;
}

/** Runs the normalizer on `inDir`; the progress line counts the files it has written so far. */
export async function measureNormalizer(
  root: string,
  inDir: string,
  outDir: string,
  sourceBytes: number,
  reports: number,
  progress: Progress,
): Promise<NormalizerFigures> {
  const parent = dirname(outDir);
  const temporary = `.${basename(outDir)}.tmp-`;
  const poll = setInterval(() => {
    const folder = existsSync(parent) ? readdirSync(parent).find((n) => n.startsWith(temporary)) : undefined;
    if (folder !== undefined)
      progress.update(
        `${readdirSync(join(parent, folder)).length.toLocaleString('en')} / ${reports.toLocaleString('en')} reports`,
      );
  }, 1000);
  let own: number | undefined;
  try {
    const run = await runMeasured(
      join(root, 'node_modules/.bin/node'),
      [join(root, 'scripts/normalize.ts'), '--in', inDir, '--out', outDir],
      {
        cwd: root,
        onLine: (line) => {
          // "wrote 1000 reports (11.60 MB in 2.95 s, 3.9 MB/s)"
          const said = line.match(/^wrote \d+ reports? \(([\d.]+) MB in ([\d.]+) s/u);
          if (said) own = Number(said[1]) / Number(said[2]);
        },
      },
    );
    return {
      reports,
      megabytes: sourceBytes / 1e6,
      seconds: run.seconds,
      megabytesPerSecond: sourceBytes / 1e6 / run.seconds,
      ...optional('ownMegabytesPerSecond', own),
      reportsPerSecond: reports / run.seconds,
      ...optional('peakRssBytes', peakBytes(run.memory)),
      ...optional('cpuSeconds', cpuSecondsOf(run.memory)),
      workers: reports > PARALLEL_THRESHOLD ? availableParallelism() : 1,
    };
  } finally {
    clearInterval(poll);
  }
}

export interface IndexFigures {
  /** Which engine's index: the archive's own, or Pagefind (the baseline). */
  engine?: string;
  /** Time spent indexing. */
  seconds?: number;
  /** Peak memory of the build's process tree while indexing. */
  peakRssBytes?: number;
  cpuSeconds?: number;
  bytes: number;
  files: number;
  /** Bytes by kind of file (shards, texts, metadata; Pagefind: fragments, index chunks …). */
  byKind: Record<string, { files: number; bytes: number }>;
}

export interface BuildFigures {
  reports: number;
  /** Pages Astro says it built (reports, lists, places, years…). */
  pages: number;
  /** The whole `npm run build`. */
  seconds: number;
  /** Astro alone, up to its "Complete!". */
  astroSeconds: number;
  astroSecondsPer1000Reports: number;
  /** Peak memory of the build's process tree while Astro ran. */
  peakRssBytes?: number;
  /** CPU seconds of Astro's part of the build. */
  cpuSeconds?: number;
  /** Absent when the build wrote no search index. */
  index?: IndexFigures;
  /** The same index rebuilt from the built pages in a process of its own (scripts/search-index.ts), without Astro's memory. */
  indexAlone?: { seconds: number; peakRssBytes?: number; cpuSeconds?: number };
}

/** Every file under a folder with its size. */
function walk(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [{ path, bytes: statSync(path).size }];
  });
}

function kindOf(path: string): string {
  const name = basename(path);
  if (path.startsWith('shards/')) return 'postings shards';
  if (path.startsWith('text/')) return 'report texts';
  if (path.startsWith('meta/')) return 'metadata chunks';
  if (name === 'facets.json' || name === 'manifest.json') return 'manifest and facets';
  if (path.startsWith('facets/')) return 'places per province';
  if (name.endsWith('.pf_fragment')) return 'fragments';
  if (name.endsWith('.pf_index')) return 'index chunks';
  if (name.endsWith('.pf_filter')) return 'filters';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.endsWith('.wasm') || name.includes('wasm')) return 'wasm';
  if (name.endsWith('.js') || name.endsWith('.css')) return 'scripts and styles';
  return 'other';
}

export function measureIndex(
  dir: string,
  seconds: number | undefined,
  peakRssBytes?: number,
  cpuSeconds?: number,
  engine = 'own',
): IndexFigures | undefined {
  if (!existsSync(dir)) return undefined;
  const files = walk(dir);
  const byKind: IndexFigures['byKind'] = {};
  for (const file of files) {
    const kind = kindOf(relative(dir, file.path));
    byKind[kind] ??= { files: 0, bytes: 0 };
    byKind[kind].files += 1;
    byKind[kind].bytes += file.bytes;
  }
  return {
    engine,
    ...optional('seconds', seconds),
    ...optional('peakRssBytes', peakRssBytes),
    ...optional('cpuSeconds', cpuSeconds),
    bytes: files.reduce((a, f) => a + f.bytes, 0),
    files: files.length,
    byKind,
  };
}

/** Runs `npm run build` on the normalized corpus; the progress line counts the pages generated so far. */
export async function measureBuild(
  root: string,
  reportsDir: string,
  siteDir: string,
  reports: number,
  progress: Progress,
): Promise<BuildFigures> {
  let pagesSeen = 0;
  let pages = 0;
  let astroDoneAt: number | undefined;
  let indexStartAt: number | undefined;
  let indexEndAt: number | undefined;
  let phase = 'starting';
  const run = await runMeasured('npm', ['run', 'build'], {
    cwd: root,
    env: { REPORTS_DIR: reportsDir, OUT_DIR: siteDir },
    onLine: (line, atMs) => {
      if (/Syncing content/u.test(line)) phase = 'reading the reports';
      else if (/Building static entrypoints/u.test(line)) phase = 'bundling';
      else if (/generating static routes/u.test(line)) phase = 'writing pages';
      if (/^(?:[\d:]+)?\s*[├└]─ \//u.test(line)) pagesSeen += 1;
      const built = line.match(/(\d+) page\(s\) built in/u);
      if (built) pages = Number(built[1]);
      if (/\[search-index\] indexing/u.test(line)) {
        indexStartAt = atMs;
        phase = 'indexing for search';
      } else if (/\[search-index\] \d+ reports/u.test(line)) indexEndAt = atMs;
      if (/\[build\] Complete!/u.test(line)) astroDoneAt = atMs;
      // Astro lists the files of a route (pages, .md and .txt copies) once the route is done: the count moves in steps.
      progress.update(
        phase === 'writing pages' && pagesSeen > 0 ? `${phase}: ${pagesSeen.toLocaleString('en')} files` : phase,
      );
    },
  });
  // Astro's time ends at its "Complete!"; the indexing runs after it.
  const indexMs = indexStartAt !== undefined && indexEndAt !== undefined ? indexEndAt - indexStartAt : 0;
  const astroSeconds = (astroDoneAt ?? run.seconds * 1000 - indexMs) / 1000;
  const totalCpu = cpuSecondsOf(run.memory);
  const indexCpu =
    indexStartAt !== undefined && indexEndAt !== undefined
      ? (cpuSecondsOf(run.memory, indexEndAt) ?? 0) - (cpuSecondsOf(run.memory, indexStartAt) ?? 0)
      : undefined;
  const astroCpu = totalCpu !== undefined ? totalCpu - (indexCpu ?? 0) : undefined;
  const index = measureIndex(
    join(siteDir, 'search-index'),
    indexStartAt === undefined ? undefined : indexMs / 1000,
    indexStartAt === undefined ? undefined : peakBytes(run.memory, indexStartAt, indexEndAt ?? Infinity),
    indexCpu,
  );
  const astroPeak =
    indexStartAt === undefined
      ? peakBytes(run.memory)
      : Math.max(peakBytes(run.memory, 0, indexStartAt) ?? 0, peakBytes(run.memory, indexEndAt ?? Infinity) ?? 0) ||
        undefined;
  return {
    reports,
    pages,
    seconds: run.seconds,
    astroSeconds,
    astroSecondsPer1000Reports: (astroSeconds / reports) * 1000,
    ...optional('peakRssBytes', astroPeak),
    ...optional('cpuSeconds', astroCpu),
    ...(index === undefined ? {} : { index }),
  };
}
