/**
 * What counts as a Chinese character, in the two ways the code asks:
 *
 * - by code unit, for the hot loops of the normalizer and the converter:
 *   the CJK blocks of the Basic Multilingual Plane (Extension A, the
 *   unified ideographs and the compatibility ideographs);
 * - by Unicode script (`\p{Script=Han}`), for regular expressions and
 *   whole characters, including those beyond the BMP.
 */

/** Whether a UTF-16 code unit is a Chinese character of the Basic Multilingual Plane. */
export function isHanCodeUnit(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/** The number of Chinese characters of the Basic Multilingual Plane in a text. */
export function countHanCodeUnits(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (isHanCodeUnit(text.charCodeAt(i))) count += 1;
  return count;
}

/** One Chinese character (by script), for building regular expressions: `${HAN}{2,4}`. */
export const HAN = '\\p{Script=Han}';

const ONE_HAN = /* @__PURE__ */ new RegExp(`^${HAN}$`, 'u');
const ANY_HAN = /* @__PURE__ */ new RegExp(HAN, 'u');

/** Whether one character (a code point) is Chinese. */
export function isHan(character: string): boolean {
  return ONE_HAN.test(character);
}

/** Whether a text contains at least one Chinese character. */
export function hasHan(text: string): boolean {
  return ANY_HAN.test(text);
}
