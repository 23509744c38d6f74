/**
 * Measures the shared-passage computation alone on a folder of normalized
 * reports (for example the benchmark's, kept with `npm run bench -- --keep`):
 * reports are read and added to the index one at a time, then every report's
 * passages and the archive's most reused ones are computed, as the build
 * does. Prints time and the process's peak memory (max RSS).
 *
 *   node scripts/bench-passages.ts --in DIR [--limit N]
 *
 * Blocks are the Markdown's non-empty lines (headings and paragraphs), the
 * same text the site's blocks hold, without rendering.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PassageIndex } from '../src/lib/passages/index.ts';

const { values } = parseArgs({ options: { in: { type: 'string' }, limit: { type: 'string' } } });
if (values.in === undefined) {
  console.error('usage: node scripts/bench-passages.ts --in DIR [--limit N]');
  process.exit(2);
}
const dir = values.in;
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .slice(0, values.limit === undefined ? undefined : Number(values.limit));

const started = performance.now();
const index = new PassageIndex();
const slugs: string[] = [];
let characters = 0;
for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  const body = text.replace(/^---\n[\s\S]*?\n---\n/u, '');
  const blocks = body
    .split('\n')
    .map((line) => line.replace(/^#+\s*/u, '').trim())
    .filter((line) => line !== '')
    .map((line, i) => ({ id: `b${i}`, text: line }));
  characters += blocks.reduce((sum, block) => sum + block.text.length, 0);
  const slug = file.replace(/\.md$/u, '');
  index.add(slug, blocks);
  slugs.push(slug);
}
const indexed = performance.now();
let passages = 0;
let shared = 0;
let length = 0;
for (const slug of slugs) {
  const result = index.passagesOf(slug);
  passages += result.passages.length;
  shared += result.shared;
  length += result.length;
}
const reused = index.mostReused(50);
const done = performance.now();
const seconds = (ms: number): string => (ms / 1000).toFixed(1);
console.log(
  JSON.stringify({
    reports: slugs.length,
    characters,
    indexSeconds: seconds(indexed - started),
    passagesSeconds: seconds(done - indexed),
    totalSeconds: seconds(done - started),
    peakMemoryMB: Math.round(process.resourceUsage().maxRSS / 1024),
    passagesPerReport: +(passages / slugs.length).toFixed(1),
    sharedPercent: +((shared / length) * 100).toFixed(1),
    mostReusedReach: reused.slice(0, 3).map((r) => r.reach),
  }),
);
