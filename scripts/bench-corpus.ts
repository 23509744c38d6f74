/**
 * The synthetic corpus of `npm run bench`, alone: N raw reports with their
 * `.yaml` files written into a folder, nothing normalized or built. Report i
 * is the same whatever N is (and the same as in the bench for that seed).
 *
 *   npx node scripts/bench-corpus.ts --reports 100000 --out /work/corpus/raw-100k [--seed TEXT]
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus } from './lib/bench/generate-corpus.ts';
import { loadMaterial } from './lib/bench/material.ts';

const root = resolve(import.meta.dirname, '..');

function usage(message: string): never {
  console.error(`${message}\nusage: npx node scripts/bench-corpus.ts --reports N --out DIR [--seed TEXT]`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      reports: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: DEFAULT_SEED },
    },
  }).values;
} catch (error) {
  usage((error as Error).message);
}
const count = Number(args.reports);
if (!Number.isInteger(count) || count < 1) usage(`--reports must be a positive whole number, not "${args.reports}"`);
if (args.out === undefined) usage('--out DIR is required');
const dir = resolve(args.out);
// Never mix two corpora: a folder holding files of another run would be normalized with this one.
const present = existsSync(dir) ? readdirSync(dir) : [];
if (present.length > 0) usage(`${dir} is not empty (${present.length} files); give a new or empty folder`);

const started = performance.now();
const corpus = await generateCorpus({
  material: loadMaterial(join(root, 'content/reports')),
  dir,
  count,
  seed: args.seed,
  onReport: (done) => {
    if (done % 5000 === 0) console.error(`${done.toLocaleString('en')} written`);
  },
});
const seconds = (performance.now() - started) / 1000;
console.log(
  `wrote ${corpus.reports.length.toLocaleString('en')} reports (${(corpus.bytes / 1e6).toFixed(1)} MB) into ${dir} in ${seconds.toFixed(1)} s`,
);
