/**
 * Traditional-script queries: converted exactly as the normalizer converts a
 * line of a report (both use src/lib/text/simplify.ts), and the converter
 * downloaded only when the conversion could change the query. The generated
 * character set must be current (scripts/generate-traditional-set.ts).
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { TRADITIONAL_SET_FILE, traditionalSetModule } from '../../scripts/generate-traditional-set.ts';
import { convertToSimplified } from '../../scripts/lib/normalize/convert.ts';
import { decodeCodePoints, encodeCodePoints } from '../../src/lib/search/code-point-set.ts';
import { MAX_QUERY_CHARACTERS } from '../../src/lib/search/search-text.ts';
import { needsConversion } from '../../src/lib/search/traditional.ts';
import { isTraditional, PINNED_WORDS } from '../../src/lib/text/simplify.ts';
import { simplifyQuery } from '../../src/scripts/search/simplify-query.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The words the converter must keep, simplified, as the oracle for the pinned list. */
const KEEP_AS_WRITTEN = [
  '原著',
  '编著',
  '专著',
  '土著',
  '卓著',
  '撰著',
  '论著',
  '译著',
  '遗著',
  '新著',
  '近著',
  '拙著',
  '么',
];

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
  it('the generated list matches the installed opencc-js (node scripts/generate-traditional-set.ts regenerates it)', async () => {
    expect(await readFile(TRADITIONAL_SET_FILE, 'utf8')).toBe(traditionalSetModule());
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
  it('pins each kept word in both scripts', () => {
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
    }
  });
});
