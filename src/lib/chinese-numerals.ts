/**
 * Reading the small Chinese numerals that number the sections of a report
 * (一 … 九十九), so that "十二、" and "12、" mean the same section.
 */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  '○': 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * The value of a Chinese numeral below one hundred, or undefined when the text
 * is not one. Handles 十 (10), 十二 (12), 二十 (20), 二十三 (23) and the
 * digit-by-digit form 二三 (23) that some offices write.
 *
 * @example parseChineseNumeral('十二') // 12
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text === '') return undefined;
  const tenAt = text.indexOf('十');
  if (tenAt === -1) {
    let value = 0;
    for (const char of text) {
      const digit = DIGITS[char];
      if (digit === undefined) return undefined;
      value = value * 10 + digit;
    }
    return value;
  }
  if (text.indexOf('十', tenAt + 1) !== -1) return undefined;
  const tensText = text.slice(0, tenAt);
  const unitsText = text.slice(tenAt + 1);
  const tens = tensText === '' ? 1 : DIGITS[tensText];
  const units = unitsText === '' ? 0 : DIGITS[unitsText];
  if (tens === undefined || units === undefined || tensText.length > 1 || unitsText.length > 1) {
    return undefined;
  }
  return tens * 10 + units;
}
