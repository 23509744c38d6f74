/**
 * Traditional → simplified, one converter for the normalizer (Node) and the
 * search page (browser, as its own lazily loaded chunk).
 *
 * OpenCC's `tw` → `cn` dictionaries (TWVariantsRevPhrases, TWVariantsRev,
 * then TSPhrases, TSCharacters), built from opencc-js's core rather than a
 * preset to keep the browser download small. This pair turns 著力 into 着力
 * and 鞏留鎮 into 巩留镇 without swapping vocabulary (程序, 文件, 线上, 智慧
 * stay); `t` and `hk` leave 著力 alone, `twp` rewrites words, neither is
 * acceptable for an archive. Its known mistakes are on the 著 of "writing"
 * (原著 → 原着) and a lone 么 (→ 幺); those words are pinned to themselves in
 * the first stage. 著有 is not pinned: pinning it would also break 意味著有.
 *
 * The `tw` dictionaries read 著 as the traditional form of 着, which is right
 * for traditional text and wrong for simplified text (显著成效 would become
 * 显着成效). So a text is first classified: only a text written in
 * traditional characters gets its 著 converted (`simplify`).
 */
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import { countHanCodeUnits } from './han.ts';

/**
 * Words whose 著 (or 么) must survive conversion, simplified and traditional
 * forms both written out (the first stage sees either).
 */
export const PINNED_WORDS: readonly string[] = [
  '原著',
  '编著',
  '編著',
  '专著',
  '專著',
  '土著',
  '卓著',
  '撰著',
  '论著',
  '論著',
  '译著',
  '譯著',
  '遗著',
  '遺著',
  '新著',
  '近著',
  '拙著',
  '么',
  '麼',
];

/** Converts text with the dictionaries alone, 著 included (see `simplify` for the rule on 著). */
export const toSimplified: (text: string) => string = ConverterFactory(
  [PINNED_WORDS.map((word) => [word, word] as const), TWVariantsRevPhrases, TWVariantsRev],
  [TSPhrases, TSCharacters],
);

/**
 * Characters that exist only in traditional script (keys of OpenCC's
 * TSCharacters), by code unit. Characters beyond the BMP are left out: a
 * lookup per code unit is what keeps this fast.
 */
const TRADITIONAL_ONLY = new Uint8Array(0x10000);
for (const pair of TSCharacters.split('|')) {
  const character = pair.split(' ')[0]!;
  if (character.length === 1) TRADITIONAL_ONLY[character.charCodeAt(0)] = 1;
}

/** Whether a text has a character that exists only in traditional script: only such a text can change. */
export function hasTraditionalOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (TRADITIONAL_ONLY[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * True when at least 1 % of the Chinese characters are traditional-only.
 * Simplified reports have none (measured on the seeds: 0 in four reports,
 * 733 of 2,217 in the traditional one); a stray character or a quoted
 * traditional name does not make a text traditional.
 */
export function isTraditional(text: string): boolean {
  let traditional = 0;
  for (let i = 0; i < text.length; i++) traditional += TRADITIONAL_ONLY[text.charCodeAt(i)]!;
  const han = countHanCodeUnits(text);
  return han > 0 && traditional / han >= 0.01;
}

/**
 * A text in simplified characters. `traditional` says whether the text (a
 * whole report, or the query itself) is written in traditional script;
 * when it is not, every 著 is kept as written.
 *
 * @example simplify('取得显著成效，著力推進', false) // '取得显著成效，著力推进'
 */
export function simplify(text: string, traditional: boolean = isTraditional(text)): string {
  // In a simplified text only a line with a traditional-only character can change.
  if (!traditional && !hasTraditionalOnly(text)) return text;
  const converted = toSimplified(text);
  if (converted === text || traditional) return converted;
  const before = [...text];
  const after = [...converted];
  // Phrase conversions that change length are rare; they are taken whole.
  if (before.length !== after.length) return converted;
  return after.map((character, i) => (before[i] === '著' ? '著' : character)).join('');
}
