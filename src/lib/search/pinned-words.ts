/**
 * Words the normalizer pins to themselves before converting traditional to
 * simplified (scripts/lib/normalize/convert.ts, KEEP_AS_WRITTEN with their
 * traditional forms): OpenCC's `tw` preset would turn the 著 of "writing"
 * into 着 and a lone 么 into 幺. The browser converter must pin the same
 * words; a unit test keeps this list equal to the normalizer's.
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

/** The pinned words as an OpenCC dictionary that maps each word to itself. */
export const PINNED_DICTIONARY: readonly (readonly [string, string])[] = PINNED_WORDS.map(
  (word) => [word, word] as const,
);
