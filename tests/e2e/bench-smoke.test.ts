/**
 * A small run of the whole benchmark (`npm run bench`) with a handful of
 * synthetic reports: the corpus is made, normalized, built and indexed, the
 * pages are weighed and, when the build has a search page, searched in
 * Chromium; the table is printed and the figures land in the results file.
 * The figures themselves are not judged here — the benchmark is not a timed
 * test — only that every step ran and reported.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { ResultsFile } from '../../scripts/lib/bench/results.ts';

const root = new URL('../../', import.meta.url).pathname;
const resultsFile = join(mkdtempSync(join(tmpdir(), 'bench-smoke-')), 'results.json');

function bench(...args: string[]) {
  const run = spawnSync('npm', ['run', '--silent', 'bench', '--', '--results', resultsFile, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    maxBuffer: 32e6,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run bench, smoke run with 6 reports', () => {
  test('runs every step, prints the table and saves the figures', { timeout: 300_000 }, () => {
    const run = bench('--reports', '6', '--search-runs', '1', '--engines', 'own,pagefind');
    expect(run.status, run.stderr).toBe(0);
    // Progress went to stderr, step by step.
    for (const step of [
      'generating 6 reports',
      'normalizing',
      'building the site',
      'weighing report pages',
      'starting Chromium',
    ])
      expect(run.stderr).toContain(step);
    for (const row of [
      'Normalizer: throughput',
      'Site build: per 1,000 reports',
      'Search index: size on disk',
      'First query: transferred',
      'Report page: HTML / CSS / JS (gzip, median)',
    ])
      expect(run.stdout).toContain(row);

    const results = JSON.parse(readFileSync(resultsFile, 'utf8')) as ResultsFile;
    const figures = results.runs['6']!;
    expect(figures.corpus).toMatchObject({ reports: 6, synthetic: true });
    expect(figures.normalizer.reports).toBe(6);
    expect(figures.normalizer.megabytesPerSecond).toBeGreaterThan(0);
    expect(figures.build.pages).toBeGreaterThanOrEqual(6);
    expect(figures.build.astroSeconds).toBeGreaterThan(0);
    expect(figures.pageWeight.all.pages).toBe(6);
    // Division pages: the country, and at least the province and county of the real townships drawn.
    expect(figures.pageWeight.coverage?.pages).toBeGreaterThanOrEqual(3);
    expect(figures.pageWeight.coverage?.htmlMax).toBeGreaterThan(0);
    // Archive-wide pages: at least the home page, the years index, a year and a year's province list.
    expect(figures.pageWeight.browse?.pages).toBeGreaterThanOrEqual(4);
    expect(figures.pageWeight.browse?.htmlMax).toBeGreaterThan(0);
    expect(run.stdout).toContain('Archive-wide pages: count, largest HTML gzip / raw');
    expect(figures.pageWeight.sample?.html).toBeGreaterThan(0);
    expect(figures.pageWeight.sample?.renderBlockingScripts).toBeTypeOf('number');
    // Search is measured whenever the build has an index and a search page; otherwise the run says why not.
    if (figures.build.index !== undefined) {
      expect(figures.build.index.bytes).toBeGreaterThan(0);
    }
    // The baseline, Pagefind, indexed and searched the same reports.
    expect(figures.baseline?.index.bytes).toBeGreaterThan(0);
    expect(figures.baseline?.search?.firstSearchBytes).toBeGreaterThan(0);
    expect(figures.build.indexAlone?.seconds).toBeGreaterThan(0);
    expect(run.stdout).toContain('Pagefind (baseline): index size on disk');
    if (figures.search === undefined) expect(figures.notes.join('\n')).toMatch(/search not measured/u);
    else {
      expect(figures.search.firstQueryBytes).toBeGreaterThan(0);
      expect(figures.search.coldMs).toBeGreaterThan(0);
      expect(figures.search.warmMs).toBeGreaterThan(0);
    }
  });

  test('prints the saved figures as a Markdown table for the README', () => {
    const run = bench('--markdown');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Measured on \d+ cores/mu);
    expect(run.stdout).toContain('|  | 6 reports |');
    expect(run.stdout).toMatch(/\| Normalizer ≥ 10 MB\/s \| [\d.]+ MB\/s(?: [✓✗])? \|/u);
  });

  test('refuses a corpus size that is not a positive whole number', () => {
    const run = bench('--reports', 'many');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--reports must be a positive whole number, not "many"');
  });
});
