/**
 * Measures the search page of a built site in headless Chromium, as a new
 * visitor meets it: bytes transferred (gzip as a static host sends them) by
 * kind of file, for opening /search/ and for the first query, and the time
 * from typing a query to its results, cold (first query of a fresh browser)
 * and warm (a second query on the same page), as medians of several runs.
 *
 *   npm run build && node scripts/measure-search.ts [--runs 7] [--cold 法律顾问] [--warm 法律明白人]
 *
 * Reads OUT_DIR (default dist) and BASE_PATH (default /), like the build.
 * Time runs from the input event to the page marking the search done
 * (#search-results[data-state=done]), so it includes the page's short
 * typing pause. Reuses the e2e harness's server and browser finder and the
 * benchmark's network recorder.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { recordNetwork } from './lib/bench/network-recorder.ts';
import type { NetworkRecorder, RecordedRequest } from './lib/bench/network-recorder.ts';
import { launchBrowser } from '../tests/e2e/support/browser.ts';
import { startStaticServer } from '../tests/e2e/support/server.ts';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    cold: { type: 'string', default: '法律顾问' },
    warm: { type: 'string', default: '法律明白人' },
    traditional: { type: 'string', default: '法律顧問' },
  },
});

/** Kinds of file, in the order they are printed. */
const KINDS = [
  ['HTML', /\.html$|\/$/u],
  ['CSS', /\.css$/u],
  ['site JS', /\/_astro\/(?!opencc).*\.js$/u],
  ['converter JS', /\/_astro\/opencc.*\.js$/u],
  ['pagefind.js', /\/pagefind\/pagefind\.js$/u],
  ['wasm', /\/pagefind\/wasm\..*\.pagefind$/u],
  ['entry+meta', /\/pagefind\/(pagefind-entry\.json|.*\.pf_meta)$/u],
  ['index chunks', /\.pf_index$/u],
  ['filter chunks', /\.pf_filter$/u],
  ['fragments', /\.pf_fragment$/u],
] as const;

function kindOf(url: string): string {
  const path = new URL(url).pathname;
  return KINDS.find(([, pattern]) => pattern.test(path))?.[0] ?? 'other';
}

type ByKind = Map<string, { bytes: number; files: number }>;

function byKind(requests: readonly RecordedRequest[]): ByKind {
  const totals: ByKind = new Map();
  for (const request of requests) {
    const kind = kindOf(request.url);
    const entry = totals.get(kind) ?? { bytes: 0, files: 0 };
    entry.bytes += request.transferred;
    entry.files += 1;
    totals.set(kind, entry);
  }
  return totals;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

interface TimingWindow {
  __searchTiming?: { query: string; start: number; end: number };
}

/** Types a query into the search page and returns ms from the input event to the search being done. */
async function timeQuery(page: Page, query: string): Promise<number> {
  await page.evaluate((q) => {
    const input = document.getElementById('search-input');
    const results = document.getElementById('search-results');
    if (!(input instanceof HTMLInputElement) || results === null)
      throw new Error('no #search-input or #search-results on the page');
    const timing = { query: q, start: 0, end: 0 };
    (window as TimingWindow).__searchTiming = timing;
    input.addEventListener(
      'input',
      () => {
        if (input.value === q && timing.start === 0) timing.start = performance.now();
      },
      { capture: true },
    );
    const observer = new MutationObserver(() => {
      if (timing.start !== 0 && results.dataset['query'] === q && results.dataset['state'] === 'done') {
        timing.end = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(results, { attributes: true });
  }, query);
  await page.locator('#search-input').fill(query);
  await page.waitForFunction(() => ((window as TimingWindow).__searchTiming?.end ?? 0) > 0, undefined, {
    timeout: 60_000,
    polling: 10,
  });
  return page.evaluate(() => {
    const timing = (window as TimingWindow).__searchTiming;
    return timing === undefined ? Number.NaN : timing.end - timing.start;
  });
}

interface Run {
  page: RecordedRequest[];
  cold: RecordedRequest[];
  warm: RecordedRequest[];
  coldMs: number;
  warmMs: number;
}

async function measureRun(url: string, cold: string, warm: string): Promise<Run> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const recorder: NetworkRecorder = await recordNetwork(context, page);
    await page.goto(url, { waitUntil: 'load' });
    // The page starts loading Pagefind at once; let that settle so "page" and "query" are told apart.
    await recorder.quiet();
    const pageRequests = recorder.since(0);
    const coldMark = recorder.mark();
    const coldMs = await timeQuery(page, cold);
    await recorder.quiet();
    const coldRequests = recorder.since(coldMark);
    const warmMark = recorder.mark();
    const warmMs = await timeQuery(page, warm);
    await recorder.quiet();
    return { page: pageRequests, cold: coldRequests, warm: recorder.since(warmMark), coldMs, warmMs };
  } finally {
    await browser.close();
  }
}

function table(title: string, columns: [string, ByKind][]): string {
  const kinds = [...KINDS.map(([kind]) => kind), 'other'].filter((kind) =>
    columns.some(([, totals]) => totals.has(kind)),
  );
  const width = 14;
  const header = `${title.padEnd(width)}${columns.map(([name]) => name.padStart(22)).join('')}`;
  const rows = kinds.map(
    (kind) =>
      `${kind.padEnd(width)}${columns
        .map(([, totals]) => {
          const entry = totals.get(kind);
          return (entry === undefined ? '–' : `${kb(entry.bytes)} (${entry.files})`).padStart(22);
        })
        .join('')}`,
  );
  const total = `${'total'.padEnd(width)}${columns
    .map(([, totals]) => kb([...totals.values()].reduce((sum, entry) => sum + entry.bytes, 0)).padStart(22))
    .join('')}`;
  return [header, ...rows, total].join('\n');
}

async function main(): Promise<number> {
  const dist = resolve(process.env['OUT_DIR'] ?? 'dist');
  if (!existsSync(resolve(dist, 'search/index.html')) || !existsSync(resolve(dist, 'pagefind/pagefind.js'))) {
    console.error(
      `measure-search: no built search page with its index in ${dist}; run npm run build first (same OUT_DIR and BASE_PATH).`,
    );
    return 1;
  }
  const runs = Number(options.runs);
  const server = await startStaticServer({ root: dist, base: process.env['BASE_PATH'] ?? '/' });
  try {
    const url = server.urlFor('search/');
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) {
      process.stderr.write(`\rmeasure-search: run ${i + 1}/${runs}`);
      results.push(await measureRun(url, options.cold, options.warm));
    }
    const traditional = await measureRun(url, options.traditional, options.warm);
    process.stderr.write('\n');
    const first = results[0];
    if (first === undefined) return 1;
    const sum = (requests: RecordedRequest[]): number => requests.reduce((total, r) => total + r.transferred, 0);
    console.log(
      `Search page ${url}, ${runs} runs, fresh browser each, gzip as served; bytes of run 1 (identical across runs: ${results.every((r) => sum(r.cold) === sum(first.cold))})\n`,
    );
    console.log(
      table('bytes', [
        ['open /search/', byKind(first.page)],
        [`1st query ${options.cold}`, byKind(first.cold)],
        ['page + 1st query', byKind([...first.page, ...first.cold])],
        [`then ${options.warm}`, byKind(first.warm)],
        [`1st query ${options.traditional}`, byKind(traditional.cold)],
      ]),
    );
    console.log(
      `\ntyping → results (median of ${runs}): cold ${median(results.map((r) => r.coldMs)).toFixed(0)} ms ` +
        `[${results.map((r) => r.coldMs.toFixed(0)).join(', ')}], warm ${median(results.map((r) => r.warmMs)).toFixed(0)} ms ` +
        `[${results.map((r) => r.warmMs.toFixed(0)).join(', ')}]; traditional first query ${traditional.coldMs.toFixed(0)} ms`,
    );
    return 0;
  } finally {
    await server.close();
  }
}

process.exitCode = await main();
