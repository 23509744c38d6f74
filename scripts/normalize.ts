/**
 * `npm run normalize`: raw reports in content/sources/ → Markdown in
 * content/reports/. `--in DIR --out DIR` normalizes any other folder;
 * `--check` compares instead of writing (exit 1 when the output is stale).
 * All problems are printed as `file:line: message` with a hint, and nothing
 * is written unless every report passed.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normalizeCorpus, openCorpusWriter, type NormalizedFile } from './lib/normalize/corpus.ts';
import { formatProblem } from './lib/normalize/problems.ts';

const root = resolve(import.meta.dirname, '..');

function usage(message: string): never {
  console.error(`${message}\nusage: npm run normalize [-- --in DIR --out DIR] [--check]`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      check: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  usage((error as Error).message);
}
if ((args.in === undefined) !== (args.out === undefined)) usage('--in and --out go together');
const inDir = resolve(args.in ?? join(root, 'content/sources'));
const outDir = resolve(args.out ?? join(root, 'content/reports'));
// Messages and source.path name archive files from the repository root, other folders from the current one.
const pathRoot = args.in === undefined ? root : process.cwd();

const started = performance.now();
// Each file is written (to a temporary folder) as soon as it is checked, so a
// large corpus is never held in memory; --check keeps the files to compare.
const output = args.check ? undefined : await openCorpusWriter(outDir, pathRoot);
const writer = output?.writer;
const { files, count, problems, bytesIn } = await normalizeCorpus({
  inDir,
  root: pathRoot,
  // When the output folder was refused, still normalize to report the sources' problems first.
  ...(output ? { onFile: writer ? (file: NormalizedFile) => writer.write(file) : () => {} } : {}),
}).catch(async (error: NodeJS.ErrnoException) => {
  await writer?.abort();
  if (error.code === 'ENOENT') usage(`no such folder: ${error.path ?? inDir}`);
  throw error;
});
if (problems.length === 0 && args.check) problems.push(...(await compareWith(outDir, files)));
else if (problems.length === 0) problems.push(...(output?.problems ?? []));
if (problems.length === 0) await writer?.commit();
else await writer?.abort();

if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(
    `\n${problems.length} problem${problems.length === 1 ? '' : 's'}; ${args.check ? 'nothing compared' : 'nothing written'}.`,
  );
  process.exit(1);
}
const seconds = (performance.now() - started) / 1000;
if (!args.quiet) {
  console.log(
    `${args.check ? 'checked' : 'wrote'} ${count} report${count === 1 ? '' : 's'} ` +
      `(${(bytesIn / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s, ${(bytesIn / 1e6 / seconds).toFixed(1)} MB/s)`,
  );
}

/** Problems for every output file that differs from, is missing from, or is extra in `outDir`. */
async function compareWith(dir: string, expected: NormalizedFile[]) {
  const present = new Set((await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.md')));
  const stale = [];
  for (const file of expected) {
    const current = present.has(file.fileName) ? await readFile(join(dir, file.fileName), 'utf8') : undefined;
    present.delete(file.fileName);
    if (current !== file.markdown)
      stale.push({
        file: join(dir, file.fileName),
        message: current === undefined ? 'missing' : 'out of date',
        hint: 'run npm run normalize and commit the result',
      });
  }
  for (const extra of present)
    stale.push({
      file: join(dir, extra),
      message: 'no longer produced by any source',
      hint: 'run npm run normalize and commit the result',
    });
  return stale;
}
