/**
 * One benchmark run, step by step: make the corpus, normalize it, build and
 * index the site, weigh the report pages, then search and load pages in
 * Chromium. Every step reports on the progress line; the figures come back
 * as one BenchRun.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem, type as osType, release } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../browser/browser.ts';
import { startStaticServer } from '../browser/server.ts';
import { generateCorpus } from './generate-corpus.ts';
import { makeIsolatedCheckout } from './isolated-checkout.ts';
import { loadMaterial } from './material.ts';
import {
  textGzipBySlug,
  weighBrowsePages,
  weighCoveragePages,
  weighPageInBrowser,
  weighReportPages,
} from './measure-page.ts';
import { measureBuild, measureIndex, measureNormalizer } from './measure-pipeline.ts';
import type { IndexFigures } from './measure-pipeline.ts';
import { cpuSecondsOf, peakBytes } from './memory-sampler.ts';
import { writePagefindHarness } from './pagefind-harness.ts';
import { runMeasured } from './run-process.ts';
import { measureFirstSearch, measureSearch, median } from './measure-search.ts';
import type { SearchFigures } from './measure-search.ts';
import { formatDuration, type Progress } from './progress.ts';
import { canSampleMemory } from './memory-sampler.ts';
import type { BenchRun } from './results.ts';

export interface BenchOptions {
  root: string;
  /** Size of the synthetic corpus (ignored with `real`). */
  reports: number;
  /** Benchmark the archive's own reports (content/sources) instead of a synthetic corpus. */
  real: boolean;
  seed: string;
  /** Fresh visits of the search page, each with a cold and a warm query. */
  searchRuns: number;
  /** Keep the temporary folder (corpus, Markdown, built site) for inspection. */
  keep: boolean;
  /** Engines to measure: 'own' (the site's index, always built) and 'pagefind' (the baseline). */
  engines: string[];
  progress: Progress;
}

/** Queries a reader of these reports would type: phrases of the real reports, present in the corpus. */
const COLD_QUERIES = ['法律明白人', '枫桥经验', '一站式', '行政复议', '营商环境'];
const WARM_QUERIES = ['合法性审查', '跨省通办', '法律顾问', '矛盾纠纷', '普法宣传'];
/** A word in every report: the search's worst case for candidates and counts. */
const COMMON_QUERY = '法治';
const EXTREME_VISITS = 3;

/** The `place` of a normalized report's front matter. */
function placeOf(markdownFile: string): string | undefined {
  if (!existsSync(markdownFile)) return undefined;
  return /^place: "([^"]+)"$/mu.exec(readFileSync(markdownFile, 'utf8'))?.[1];
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

export async function runBench(options: BenchOptions): Promise<BenchRun> {
  const { root, progress } = options;
  const loadBefore = loadavg()[0]!;
  const notes: string[] = [];
  if (!canSampleMemory())
    notes.push('peak memory not measured: it is sampled from /proc, which this system does not have');
  const work = mkdtempSync(join(tmpdir(), 'fazhi-bench-'));
  const reportsDir = join(work, 'reports');
  const siteDir = join(work, 'site');
  try {
    // 1. The corpus.
    progress.start(
      options.real ? 'taking the real reports' : `generating ${options.reports.toLocaleString('en')} reports`,
    );
    const generationStarted = performance.now();
    let sourcesDir: string;
    let corpus: BenchRun['corpus'];
    if (options.real) {
      sourcesDir = join(root, 'content/sources');
      const texts = readdirSync(sourcesDir).filter((n) => n.endsWith('.txt'));
      const bytes = texts.reduce((sum, n) => sum + statSync(join(sourcesDir, n)).size, 0);
      corpus = { reports: texts.length, synthetic: false, megabytes: bytes / 1e6, generationSeconds: 0 };
    } else {
      sourcesDir = join(work, 'sources');
      const generated = await generateCorpus({
        material: loadMaterial(join(root, 'content/reports')),
        dir: sourcesDir,
        count: options.reports,
        seed: options.seed,
        onReport: (done) => done % 100 === 0 && progress.update(`${done.toLocaleString('en')} written`),
      });
      const shapes: Record<string, number> = {};
      for (const report of generated.reports) shapes[report.shape] = (shapes[report.shape] ?? 0) + 1;
      corpus = {
        reports: generated.reports.length,
        synthetic: true,
        seed: options.seed,
        megabytes: generated.bytes / 1e6,
        shapes,
        generationSeconds: (performance.now() - generationStarted) / 1000,
      };
    }
    progress.finish(`${corpus.reports.toLocaleString('en')} reports, ${corpus.megabytes.toFixed(1)} MB`);

    // 2. The normalizer.
    progress.start('normalizing');
    const normalizer = await measureNormalizer(
      root,
      sourcesDir,
      reportsDir,
      corpus.megabytes * 1e6,
      corpus.reports,
      progress,
    );
    progress.finish(`${formatDuration(normalizer.seconds * 1000)}, ${normalizer.megabytesPerSecond.toFixed(1)} MB/s`);

    // 3. The site and its search index.
    progress.start('building the site (npm run build)');
    const checkout = makeIsolatedCheckout(root, join(work, 'checkout'));
    const build = await measureBuild(checkout, reportsDir, siteDir, corpus.reports, progress);
    progress.finish(
      `${formatDuration(build.seconds * 1000)}, ${build.pages.toLocaleString('en')} pages${build.index ? `, index ${mb(build.index.bytes)}` : ', no search index'}`,
    );
    if (!build.index)
      notes.push(
        'no search index: the build wrote no search-index/ folder (does npm run build still run scripts/search-index.ts?)',
      );

    // 3b. Side by side: the own index rebuilt in a process of its own, and Pagefind indexing the same reports.
    let baselineIndex: IndexFigures | undefined;
    if (options.engines.includes('pagefind') && build.index) {
      progress.start('rebuilding the search index alone (scripts/search-index.ts)');
      const alone = await runMeasured(
        join(root, 'node_modules/.bin/node'),
        [join(root, 'scripts/search-index.ts'), siteDir],
        { cwd: root },
      );
      const alonePeak = peakBytes(alone.memory);
      const aloneCpu = cpuSecondsOf(alone.memory);
      build.indexAlone = {
        seconds: alone.seconds,
        ...(alonePeak === undefined ? {} : { peakRssBytes: alonePeak }),
        ...(aloneCpu === undefined ? {} : { cpuSeconds: aloneCpu }),
      };
      progress.finish(`${formatDuration(alone.seconds * 1000)}`);
      progress.start('indexing with Pagefind (baseline)');
      const run = await runMeasured(
        join(root, 'node_modules/.bin/node'),
        [join(root, 'scripts/lib/bench/pagefind-index.ts'), join(siteDir, 'search-index'), join(siteDir, 'pagefind')],
        { cwd: root },
      );
      baselineIndex = measureIndex(
        join(siteDir, 'pagefind'),
        run.seconds,
        peakBytes(run.memory),
        cpuSecondsOf(run.memory),
        'pagefind',
      );
      progress.finish(
        `${formatDuration(run.seconds * 1000)}${baselineIndex ? `, index ${mb(baselineIndex.bytes)}` : ', no index'}`,
      );
    }

    // 4. Report pages, weighed from the files.
    progress.start('weighing report pages');
    const texts = textGzipBySlug(reportsDir);
    const all = weighReportPages(siteDir, texts);
    const coverage = weighCoveragePages(siteDir);
    const browse = weighBrowsePages(siteDir);
    progress.finish(
      `${all.pages.toLocaleString('en')} pages, median ${(all.overTextMedian / 1024).toFixed(1)} KB over their text` +
        (coverage
          ? `; ${coverage.pages.toLocaleString('en')} division pages, largest ${(coverage.htmlMax / 1024).toFixed(1)} KB gzip (${coverage.largest})`
          : '') +
        (browse
          ? `; ${browse.pages.toLocaleString('en')} archive-wide pages, largest ${(browse.htmlMax / 1024).toFixed(1)} KB gzip (${browse.largest})`
          : ''),
    );

    // 5. In Chromium: one typical report page, then the search page.
    progress.start('starting Chromium');
    const browser = await launchBrowser();
    const server = await startStaticServer({ root: siteDir });
    let sample: BenchRun['pageWeight']['sample'];
    let search: BenchRun['search'];
    let baselineSearch: BenchRun['search'];
    try {
      const typical = median([...texts.values()]);
      const [slug, textGzip] = [...texts].find(([, size]) => size === typical) ?? [...texts][0]!;
      progress.update(`report page ${slug}`);
      sample = await weighPageInBrowser(browser, server.urlFor(`reports/${slug}/`), textGzip);
      progress.finish(`report page: ${(sample.total / 1024).toFixed(1)} KB transferred`);

      const pairs = Array.from({ length: options.searchRuns }, (_, i): [string, string] => [
        COLD_QUERIES[i % COLD_QUERIES.length]!,
        WARM_QUERIES[i % WARM_QUERIES.length]!,
      ]);
      /** Fresh visits of one search page, with a cold and a warm query each. */
      const searchWith = async (label: string, path: string): Promise<SearchFigures> => {
        progress.start(`${label} (${options.searchRuns} fresh visits)`);
        const figures = await measureSearch(browser, server.urlFor(path), pairs, (done) =>
          progress.update(`${done} of ${pairs.length} visits`),
        );
        progress.finish(
          `first query ${(figures.firstQueryBytes / 1024).toFixed(0)} KB, cold ${Math.round(figures.coldMs)} ms, warm ${Math.round(figures.warmMs)} ms`,
        );
        return figures;
      };
      if (existsSync(join(siteDir, 'search', 'index.html')) && build.index) {
        search = await searchWith('searching', 'search/');
        // The extremes of a first search: a word in every report, and a rare one (the typical report's place).
        const rare = placeOf(join(reportsDir, `${slug}.md`));
        const extremes: [query: string, kind: string][] = [[COMMON_QUERY, 'in every report']];
        if (rare !== undefined) extremes.push([rare, 'rare']);
        search.extremes = [];
        for (const [query, kind] of extremes) {
          progress.start(`first search for ${query} (${kind}, ${EXTREME_VISITS} fresh visits)`);
          const first = await measureFirstSearch(
            browser,
            server.urlFor('search/'),
            query,
            kind,
            EXTREME_VISITS,
            WARM_QUERIES[0]!,
          );
          search.extremes.push(first);
          progress.finish(
            `${(first.firstSearchBytes / 1024).toFixed(0)} KB, cold ${Math.round(first.coldMs)} ms, ${first.total ?? '?'} reports`,
          );
        }
      } else notes.push('search not measured: the build has no /search/ page or no search index');
      if (baselineIndex !== undefined)
        baselineSearch = await searchWith('searching with Pagefind', writePagefindHarness(siteDir));
      const chromium = browser.version();
      const loadAfter = loadavg()[0]!;
      if (Math.max(loadBefore, loadAfter) > cpus().length * 0.75) {
        notes.push(
          `the machine was busy with other work (load ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after on ${cpus().length} cores): times are pessimistic`,
        );
      }
      return {
        key: options.real ? 'real' : String(corpus.reports),
        date: new Date().toISOString(),
        machine: {
          cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
          cores: cpus().length,
          memoryGB: Math.round(totalmem() / 2 ** 30),
          os: `${osType()} ${release()}`,
          node: process.versions.node,
          chromium,
          loadBefore,
          loadAfter,
        },
        corpus,
        normalizer,
        build,
        pipelineSeconds: normalizer.seconds + build.seconds,
        pageWeight: {
          all,
          ...(sample === undefined ? {} : { sample }),
          ...(coverage === undefined ? {} : { coverage }),
          ...(browse === undefined ? {} : { browse }),
        },
        ...(search === undefined ? {} : { search }),
        ...(baselineIndex === undefined
          ? {}
          : {
              baseline: {
                engine: 'pagefind',
                index: baselineIndex,
                ...(baselineSearch === undefined ? {} : { search: baselineSearch }),
              },
            }),
        notes,
      };
    } finally {
      await server.close();
      await browser.close();
    }
  } finally {
    if (options.keep) process.stderr.write(`kept ${work}\n`);
    else rmSync(work, { recursive: true, force: true });
  }
}
