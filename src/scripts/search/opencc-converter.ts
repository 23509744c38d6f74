/**
 * The traditional → simplified conversion of a query, exactly as the
 * normalizer converts a line of a report (scripts/lib/normalize/convert.ts,
 * `convertToSimplified`): OpenCC's `tw` → `cn` dictionaries with the same
 * pinned words in the first stage; a text counts as traditional when at
 * least 1 % of its Chinese characters exist only in traditional script, and
 * a text that does not keeps its 著. Built from opencc-js's core and four
 * dictionaries rather than a preset, to keep the download small; this
 * module is its own chunk, loaded only for queries that need it (see
 * simplify-query.ts). A unit test compares it with the normalizer line by line.
 */
import { ConverterFactory } from 'opencc-js/core';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { PINNED_DICTIONARY } from '../../lib/search/pinned-words.ts';
import { needsConversion, isTraditionalOnly } from '../../lib/search/traditional.ts';

/** Converts text like the normalizer's `toSimplified`. */
export const toSimplified: (text: string) => string = ConverterFactory(
  [PINNED_DICTIONARY, TWVariantsRevPhrases, TWVariantsRev],
  [TSPhrases, TSCharacters],
);

/** The Chinese characters the normalizer counts (code units of the CJK blocks of the Basic Multilingual Plane). */
const HAN_CODE_UNIT = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;

/** Whether a text is written in traditional script, as the normalizer's `isTraditional` decides it. */
export function isTraditional(text: string): boolean {
  const han = text.match(HAN_CODE_UNIT)?.length ?? 0;
  const traditional = [...text].filter(isTraditionalOnly).length;
  return han > 0 && traditional / han >= 0.01;
}

/** Converts a query to simplified characters the way the normalizer converted the reports. */
export function simplify(text: string): string {
  if (!needsConversion(text)) return text;
  const converted = toSimplified(text);
  if (converted === text || isTraditional(text)) return converted;
  // Text that is not traditional keeps its 著 (显著成效 must not become 显着成效).
  const before = [...text];
  const after = [...converted];
  if (before.length !== after.length) return converted;
  return after.map((character, i) => (before[i] === '著' ? '著' : character)).join('');
}
