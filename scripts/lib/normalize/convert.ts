/**
 * Step 3: traditional → simplified, with opencc-js.
 *
 * The preset is `tw` → `cn` (see shared/TECH-NOTES.md): it turns 著力 into
 * 着力 and 鞏留鎮 into 巩留镇 without swapping vocabulary (程序, 文件, 线上,
 * 智慧 stay). `t` and `hk` leave 著力 alone, `twp` rewrites words; neither is
 * acceptable for an archive. Its known mistakes are on the 著 of "writing"
 * (原著 → 原着) and a lone 么 (→ 幺); those words are pinned to themselves in
 * the first stage, where `tw` would otherwise turn 著 into 着.
 * 著有 is not pinned: pinning it would also break 意味著有 → 意味着有.
 *
 * The `tw` preset reads 著 as the traditional form of 着, which is right for
 * traditional text and wrong for simplified text (显著成效 would become
 * 显着成效). So a report is first classified: only a report written in
 * traditional characters gets its 著 converted.
 */
import * as OpenCC from 'opencc-js';
import traditionalCharacters from 'opencc-js/dict/TSCharacters';
import type { ChangeCount } from './text-lines.ts';

/** Words whose 著 (or 么) must survive conversion, in simplified form. */
export const KEEP_AS_WRITTEN = [
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
] as const;

const toTraditional = OpenCC.Converter({ from: 'cn', to: 't' });
const pinned: [string, string][] = KEEP_AS_WRITTEN.flatMap((word) =>
  [...new Set([word, toTraditional(word)])].map((form): [string, string] => [form, form]),
);

const twToStandard = OpenCC.Locale.from.tw![0]!;
const standardToSimplified = OpenCC.Locale.to.cn![0]!;

/** The converter the normalizer and the browser search must share. */
export const toSimplified: (text: string) => string = OpenCC.ConverterFactory(
  [pinned, ...twToStandard],
  standardToSimplified,
);

/** Characters that exist only in traditional script (keys of OpenCC's TSCharacters), by code unit. */
const TRADITIONAL_ONLY = new Uint8Array(0x10000);
for (const pair of traditionalCharacters.split('|')) {
  const character = pair.split(' ')[0]!;
  // Characters beyond the BMP are left out: a lookup per code unit is what keeps this fast.
  if (character.length === 1) TRADITIONAL_ONLY[character.charCodeAt(0)] = 1;
}
const isHanCode = (code: number): boolean =>
  (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);

/**
 * True when at least 1 % of the Chinese characters are traditional-only.
 * Simplified reports have none (measured on the seeds: 0 in four reports,
 * 733 of 2,217 in the traditional one); a stray character or a quoted
 * traditional name does not make a report traditional.
 */
export function isTraditional(text: string): boolean {
  let han = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    traditional += TRADITIONAL_ONLY[code]!;
    if (isHanCode(code)) han += 1;
  }
  return han > 0 && traditional / han >= 0.01;
}

function hasTraditional(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (TRADITIONAL_ONLY[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * Converts one text and tallies each changed character as "鎮→镇". In a
 * simplified report (`traditional` false) a 著 is kept as written.
 */
export function convertToSimplified(text: string, tally: Map<string, number>, traditional: boolean): string {
  // In a simplified report only a line with a traditional-only character can change.
  if (!traditional && !hasTraditional(text)) return text;
  const converted = toSimplified(text);
  if (converted === text) return text;
  const before = [...text];
  const after = [...converted];
  if (before.length !== after.length) {
    // Phrase conversions that change length are rare; count them as one change.
    const key = `${text}→${converted}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
    return converted;
  }
  for (let i = 0; i < before.length; i++) {
    if (before[i] === after[i]) continue;
    if (!traditional && before[i] === '著') {
      after[i] = '著';
      continue;
    }
    const key = `${before[i]}→${after[i]}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  return after.join('');
}

/** The tally as provenance: total count and the most frequent pairs, "鎮→镇 ×12". */
export function summarizeConversions(tally: Map<string, number>): ChangeCount {
  const pairs = [...tally.entries()].sort((a, b) => b[1] - a[1]);
  return {
    count: pairs.reduce((sum, [, n]) => sum + n, 0),
    examples: pairs.slice(0, 8).map(([pair, n]) => `${pair} ×${n}`),
  };
}
