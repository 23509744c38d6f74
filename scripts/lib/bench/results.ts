/**
 * The figures of a benchmark run, as written to bench-results.json. The file
 * keeps one run per corpus size (and one for the real reports), so that a
 * 1,000-report and a 10,000-report run, made at different times, can be
 * printed side by side and copied into the README.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowsePageWeights, BrowserPageWeight, CoveragePageWeights, StaticPageWeights } from './measure-page.ts';
import type { BuildFigures, IndexFigures, NormalizerFigures } from './measure-pipeline.ts';
import type { SearchFigures } from './measure-search.ts';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGB: number;
  os: string;
  node: string;
  chromium?: string;
  /** 1-minute load average before and after the run: other work on the machine skews the figures. */
  loadBefore: number;
  loadAfter: number;
}

export interface BenchRun {
  /** "1000", "10000", or "real" for the archive's own reports. */
  key: string;
  date: string;
  machine: MachineInfo;
  corpus: {
    reports: number;
    synthetic: boolean;
    seed?: string;
    megabytes: number;
    shapes?: Record<string, number>;
    generationSeconds: number;
  };
  normalizer: NormalizerFigures;
  build: BuildFigures;
  /** Normalizer plus build (and indexing when it is part of the build). */
  pipelineSeconds: number;
  pageWeight: {
    all: StaticPageWeights;
    sample?: BrowserPageWeight;
    coverage?: CoveragePageWeights;
    /** The archive-wide pages (home, browse, compare, index pages): the largest. */
    browse?: BrowsePageWeights;
  };
  search?: SearchFigures;
  /** The baseline engine (Pagefind, its own search) on the same reports, when run with --engines own,pagefind. */
  baseline?: { engine: string; index: IndexFigures; search?: SearchFigures };
  /** What was not measured and why (no search page yet, no GNU time…). */
  notes: string[];
}

export interface ResultsFile {
  /** Runs by key, the latest of each. */
  runs: Record<string, BenchRun>;
}

export function readResults(path: string): ResultsFile {
  if (!existsSync(path)) return { runs: {} };
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<ResultsFile>;
    return { runs: parsed.runs ?? {} };
  } catch {
    // An unreadable results file is a leftover, not a reason to lose the new run.
    return { runs: {} };
  }
}

export function saveRun(path: string, run: BenchRun): ResultsFile {
  const results = readResults(path);
  results.runs[run.key] = run;
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}
