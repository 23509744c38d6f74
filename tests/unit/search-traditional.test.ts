/**
 * Traditional-script queries: converted exactly as the normalizer converts a
 * line of a report, and the converter downloaded only when the normalizer
 * would convert. The generated character set is kept in step with the
 * installed opencc-js; UPDATE=1 rewrites
 * src/lib/search/traditional-characters.generated.ts.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { describe, expect, it } from 'vitest';
import {
  convertToSimplified,
  isTraditional,
  KEEP_AS_WRITTEN,
  toSimplified,
} from '../../scripts/lib/normalize/convert.ts';
import { decodeCodePoints, encodeCodePoints } from '../../src/lib/search/code-point-set.ts';
import { PINNED_WORDS } from '../../src/lib/search/pinned-words.ts';
import { MAX_QUERY_CHARACTERS } from '../../src/lib/search/query.ts';
import { needsConversion } from '../../src/lib/search/traditional.ts';
import { simplify, toSimplified as browserToSimplified } from '../../src/scripts/search/opencc-converter.ts';
import { simplifyQuery } from '../../src/scripts/search/simplify-query.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const generatedFile = join(repoRoot, 'src/lib/search/traditional-characters.generated.ts');

/** The generated module's text for the installed opencc-js: TSCharacters keys in the Basic Multilingual Plane, as the normalizer uses them. */
function generatedModule(): string {
  const keys = TSCharacters.split('|')
    .map((pair) => pair.split(' ')[0] ?? '')
    .filter((key) => key.length === 1);
  const encoded = encodeCodePoints(keys.map((key) => key.charCodeAt(0)));
  const lines = (encoded.match(/.{1,100}/gu) ?? []).map((line) => `  '${line}'`).join(' +\n');
  return `/**
 * Generated from opencc-js's TSCharacters dictionary: its ${keys.length} keys in the
 * Basic Multilingual Plane, the characters that exist only in traditional
 * script as the normalizer counts them, encoded with code-point-set.ts.
 * Do not edit: tests/unit/search-traditional.test.ts checks it against the
 * installed opencc-js and rewrites it with UPDATE=1.
 */
export const TRADITIONAL_ONLY_CHARACTERS =
${lines};
`;
}

/** Lines of the seed sources and normalized reports: both scripts, real text. */
async function corpusLines(): Promise<string[]> {
  const lines: string[] = [];
  for (const folder of ['content/sources', 'content/reports']) {
    const dir = join(repoRoot, folder);
    for (const name of (await readdir(dir)).filter((n) => /\.(txt|md)$/u.test(n)).sort()) {
      const text = await readFile(join(dir, name), 'utf8');
      lines.push(...text.split(/\r?\n/u).filter((line) => line.trim() !== ''));
    }
  }
  return lines;
}

/** What the normalizer makes of a text, decided and converted as it does for a report line. */
function normalizerConversion(text: string): string {
  return convertToSimplified(text, new Map(), isTraditional(text));
}

describe('traditional characters', () => {
  it('the generated list matches the installed opencc-js (UPDATE=1 regenerates it)', async () => {
    const expected = generatedModule();
    if (process.env['UPDATE'] === '1') await writeFile(generatedFile, expected);
    expect(await readFile(generatedFile, 'utf8')).toBe(expected);
  });

  it('round-trips a code point set', () => {
    const points = [0x4e00, 0x4e01, 0x9fff, 0x2a6df, 0x3400];
    expect([...decodeCodePoints(encodeCodePoints(points))].sort((a, b) => a - b)).toEqual(
      [...points].sort((a, b) => a - b),
    );
  });

  it.each(['鞏留鎮', '法律顧問', '幹部', '著力推進', '乾隆'])('%s needs the converter', (query) => {
    expect(needsConversion(query)).toBe(true);
  });

  it.each(['巩留镇', '法律顾问', '显著', '瞭解', '群众', '什么', 'abc', '一站式矛盾纠纷调处中心'])(
    '%s does not',
    (query) => {
      expect(needsConversion(query)).toBe(false);
    },
  );

  it('leaves alone every text the normalizer leaves alone (all lines and 2–6 character pieces of the seeds)', async () => {
    for (const line of await corpusLines()) {
      const characters = [...line];
      const pieces = [characters.slice(0, MAX_QUERY_CHARACTERS).join('')];
      for (let i = 0; i < characters.length; i += 3) pieces.push(characters.slice(i, i + 2 + (i % 5)).join(''));
      for (const piece of pieces) {
        if (!needsConversion(piece)) expect(normalizerConversion(piece), piece).toBe(piece);
      }
    }
  });
});

describe('converting a query', () => {
  it('pins the same words as the normalizer', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
    expect(PINNED_WORDS).toEqual(KEEP_AS_WRITTEN.flatMap((word) => [...new Set([word, toTraditional(word)])]));
  });

  it.each([
    ['鞏留鎮', '巩留镇'],
    ['法律顧問', '法律顾问'],
    ['著力推進', '着力推进'],
    ['瞭解', '瞭解'],
    ['不瞭解情況', '不了解情况'],
    ['显著成效', '显著成效'],
    ['原著', '原著'],
    ['乾隆', '乾隆'],
  ])('converts %s to %s', async (query, expected) => {
    expect((await simplifyQuery(query)).text).toBe(expected);
    expect(normalizerConversion(query)).toBe(expected);
  });

  it('says when it converted', async () => {
    expect(await simplifyQuery('巩留镇')).toEqual({ text: '巩留镇', convertedFrom: undefined });
    expect(await simplifyQuery('鞏留鎮')).toEqual({ text: '巩留镇', convertedFrom: '鞏留鎮' });
  });

  it('converts exactly like the normalizer on every line of the seeds, cut to query length', async () => {
    for (const line of await corpusLines()) {
      const query = [...line].slice(0, MAX_QUERY_CHARACTERS).join('');
      expect((await simplifyQuery(query)).text, query).toBe(normalizerConversion(query));
      expect(simplify(query)).toBe(normalizerConversion(query));
      expect(browserToSimplified(line)).toBe(toSimplified(line));
    }
  });
});
