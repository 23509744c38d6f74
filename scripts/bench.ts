/**
 * `npm run bench`: the archive at scale. Builds a synthetic corpus of N raw
 * reports (default 1,000) from the real ones, runs the real pipeline on it —
 * normalizer, Astro build with the search index — and measures it, then searches
 * and loads pages in headless Chromium. Prints a table (progress on stderr
 * while it works) and keeps the figures in bench-results.json, one run per
 * corpus size, so runs of different sizes print side by side.
 *
 *   npm run bench -- --reports 10000      a larger corpus
 *   npm run bench -- --real               the archive's own reports instead
 *   npm run bench -- --engines own,pagefind   also index and search with Pagefind, the baseline
 *   npm run bench -- --markdown           print the table for the README (no run)
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED } from './lib/bench/generate-corpus.ts';
import { createProgress } from './lib/bench/progress.ts';
import { readResults, saveRun } from './lib/bench/results.ts';
import { runBench } from './lib/bench/run-bench.ts';
import { renderMarkdown, renderText } from './lib/bench/table.ts';

const root = resolve(import.meta.dirname, '..');

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run bench [-- --reports N] [--real] [--seed TEXT] [--search-runs N] [--engines own,pagefind] [--keep] [--results FILE] [--markdown]`,
  );
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      reports: { type: 'string', default: '1000' },
      real: { type: 'boolean', default: false },
      seed: { type: 'string', default: DEFAULT_SEED },
      'search-runs': { type: 'string', default: '5' },
      keep: { type: 'boolean', default: false },
      engines: { type: 'string', default: 'own' },
      results: { type: 'string', default: 'bench-results.json' },
      markdown: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  usage((error as Error).message);
}
const reports = Number(args.reports);
const searchRuns = Number(args['search-runs']);
if (!Number.isInteger(reports) || reports < 1)
  usage(`--reports must be a positive whole number, not "${args.reports}"`);
if (!Number.isInteger(searchRuns) || searchRuns < 1)
  usage(`--search-runs must be a positive whole number, not "${args['search-runs']}"`);
const engines = args.engines.split(',').map((engine) => engine.trim());
const unknown = engines.filter((engine) => engine !== 'own' && engine !== 'pagefind');
if (unknown.length > 0) usage(`--engines takes own and pagefind, not "${unknown.join(',')}"`);
const resultsPath = resolve(root, args.results);

if (args.markdown) {
  const runs = Object.values(readResults(resultsPath).runs);
  if (runs.length === 0) usage(`${resultsPath} holds no runs yet; run npm run bench first`);
  console.log(renderMarkdown(runs));
} else {
  // Steps: corpus, normalizer, build, page weights, Chromium, search, its two extremes; Pagefind adds three.
  const progress = createProgress(process.stderr, engines.includes('pagefind') ? 11 : 8);
  try {
    const run = await runBench({
      root,
      reports,
      real: args.real,
      seed: args.seed,
      searchRuns,
      keep: args.keep,
      engines,
      progress,
    });
    const results = saveRun(resultsPath, run);
    console.log(`\n${renderText(Object.values(results.runs))}\n\nFigures saved in ${resultsPath} (run "${run.key}").`);
  } finally {
    progress.close();
  }
}
