/**
 * The normalizer on worker threads (used for corpora over 200 reports) gives
 * what it gives on one thread: the same files, byte for byte, in the same
 * order, and the same problems in the same order — checked on a small
 * synthetic corpus with workers forced on, plus a few broken sources.
 *
 * Workers load the normalizer's .ts files natively, so the comparison runs in
 * the project's Node 24 (a child process), whatever Node runs the tests.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../scripts/lib/normalize/problems.ts';
import { PARALLEL_THRESHOLD, workersFor } from '../../scripts/lib/normalize/parallel.ts';
import { generateCorpus } from '../../scripts/lib/bench/generate-corpus.ts';
import { loadMaterial } from '../../scripts/lib/bench/material.ts';

const root = new URL('../../', import.meta.url).pathname;
const corpus = await generateCorpus({
  material: loadMaterial(join(root, 'content/reports')),
  dir: join(mkdtempSync(join(tmpdir(), 'bench-parallel-')), 'sources'),
  count: 30,
});
const [first, second] = corpus.reports;
// Broken sources between good ones: an empty file, invalid metadata, a copy (same bytes), a slug clash.
writeFileSync(join(corpus.dir, 'aaa-empty.txt'), '');
writeFileSync(join(corpus.dir, 'mmm-bad-meta.txt'), '头营镇2022年法治政府建设情况报告\n正文。\n');
writeFileSync(join(corpus.dir, 'mmm-bad-meta.yaml'), 'province: 宁夏回族自治区\ncountry: 中国\n');
copyFileSync(join(corpus.dir, first!.file), join(corpus.dir, 'zzz-copy.txt'));
copyFileSync(join(corpus.dir, first!.file.replace('.txt', '.yaml')), join(corpus.dir, 'zzz-copy.yaml'));
writeFileSync(join(corpus.dir, 'zzz-twin.yaml'), `province: 宁夏回族自治区\nslug: ${second!.slug}\n`);
writeFileSync(join(corpus.dir, 'zzz-twin.txt'), '头营镇2022年法治政府建设情况报告\n另一份报告。\n');

interface Run {
  names: string[];
  markdown: string[];
  streamed: string[];
  kept: number;
  count: number;
  bytesIn: number;
  problems: Problem[];
}

/** Normalizes the corpus with `workers` threads in Node 24, once keeping the files and once streaming them. */
function run(workers: number): Run {
  const script = `
    import { normalizeCorpus } from ${JSON.stringify(join(root, 'scripts/lib/normalize/corpus.ts'))};
    const options = { inDir: ${JSON.stringify(corpus.dir)}, root: ${JSON.stringify(corpus.dir)}, workers: ${workers} };
    const kept = await normalizeCorpus(options);
    const streamed = [];
    const stream = await normalizeCorpus({ ...options, onFile: (file) => void streamed.push(file.fileName) });
    console.log(JSON.stringify({
      names: kept.files.map((f) => f.fileName), markdown: kept.files.map((f) => f.markdown), streamed,
      kept: stream.files.length, count: stream.count, bytesIn: kept.bytesIn, problems: kept.problems,
    }));`;
  const file = join(corpus.dir, '..', `run-${workers}.mjs`);
  writeFileSync(file, script);
  return JSON.parse(
    execFileSync(join(root, 'node_modules/.bin/node'), [file], { encoding: 'utf8', maxBuffer: 64e6 }),
  ) as Run;
}

describe('the normalizer on worker threads', () => {
  const inOrder = run(1);
  const inWorkers = run(2);

  it('produces the same files, byte for byte and in the same order', () => {
    expect(inOrder.names).toHaveLength(30);
    expect(inWorkers.names).toEqual(inOrder.names);
    expect(inWorkers.markdown).toEqual(inOrder.markdown);
    expect(inWorkers.bytesIn).toBe(inOrder.bytesIn);
  });

  it('reports the same problems in the same order', () => {
    expect(inOrder.problems.map((p) => p.file)).toEqual([
      'aaa-empty.txt',
      'mmm-bad-meta.yaml',
      'zzz-copy.txt',
      'zzz-twin.txt',
    ]);
    expect(inWorkers.problems).toEqual(inOrder.problems);
  });

  it('hands files one by one to a consumer, in source order, without keeping them', () => {
    expect(inWorkers.streamed).toEqual(inOrder.names);
    expect(inWorkers.kept).toBe(0);
    expect(inWorkers.count).toBe(30);
  });

  it('is used only for large corpora', () => {
    expect(workersFor(PARALLEL_THRESHOLD)).toBe(1);
    expect(workersFor(PARALLEL_THRESHOLD + 1)).toBeGreaterThanOrEqual(1);
  });
});
