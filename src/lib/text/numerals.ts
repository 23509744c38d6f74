/**
 * Chinese numerals, in the two forms reports use them:
 *
 * - section numbers (一 … 九十九), read strictly by `parseChineseNumeral`:
 *   十二 is 12, but 二三 or 一百 is no section number at all;
 * - years and other numbers written digit by digit (二〇二三), read by
 *   `parseChineseDigits`.
 *
 * The normalizer, the site and the benchmark all read numerals here.
 */

const DIGIT_VALUES: Readonly<Record<string, number>> = {
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

const WRITTEN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** The characters a Chinese numeral of this module may contain, for use in a regex class. */
export const CHINESE_NUMERAL_CHARACTERS = '〇○零一二两三四五六七八九十';

/**
 * 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1–99, as section numbers are written).
 *
 * @example toChineseNumeral(12) // '十二'
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`section number out of range: ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return WRITTEN_DIGITS[ones]!;
  return `${tens === 1 ? '' : WRITTEN_DIGITS[tens]}十${ones === 0 ? '' : WRITTEN_DIGITS[ones]}`;
}

const digitValue = (character: string): number | undefined => DIGIT_VALUES[character];

/**
 * The value of a section number written in Chinese (1–99): 一 → 1, 十二 → 12,
 * 二十 → 20, 两 → 2; undefined for anything else, including the digit-by-digit
 * form 二三 and zero.
 *
 * @example parseChineseNumeral('十二') // 12
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0) return undefined;
  const ten = text.indexOf('十');
  if (ten === -1) {
    if (text.length !== 1) return undefined;
    const value = digitValue(text);
    return value !== undefined && value > 0 ? value : undefined;
  }
  const tensPart = text.slice(0, ten);
  const onesPart = text.slice(ten + 1);
  if (tensPart.length > 1 || onesPart.length > 1) return undefined;
  const tens = tensPart === '' ? 1 : digitValue(tensPart);
  const ones = onesPart === '' ? 0 : digitValue(onesPart);
  if (tens === undefined || ones === undefined || tens < 1) return undefined;
  return tens * 10 + ones;
}

/**
 * The value of a number written digit by digit in Chinese, as years are:
 * 二〇二三 → 2023, 〇五 → 5; undefined unless every character is a digit.
 *
 * @example parseChineseDigits('二〇二三') // 2023
 */
export function parseChineseDigits(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let value = 0;
  for (const character of text) {
    const digit = digitValue(character);
    if (digit === undefined) return undefined;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A number as dates write it: Arabic digits (2023, 05), a Chinese numeral
 * (十一, 三十一) or Chinese digits (二〇二三); undefined for anything else.
 */
export function parseWrittenNumber(text: string): number | undefined {
  if (/^\d+$/u.test(text)) return Number(text);
  return parseChineseNumeral(text) ?? parseChineseDigits(text);
}
