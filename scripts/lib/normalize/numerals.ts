/** Chinese numerals as used in section numbers (一 … 九十九). */
const DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 35 → 三十五 (1–99). */
export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`section number out of range: ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones]!;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** 一 → 1, 十二 → 12, 二十 → 20; undefined for anything else. Also reads 〇/零/两. */
export function parseChineseNumeral(text: string): number | undefined {
  const digit = (c: string): number => {
    if (c === '两') return 2;
    if (c === '零') return 0;
    return DIGITS.indexOf(c as (typeof DIGITS)[number]);
  };
  if (text.length === 0) return undefined;
  const ten = text.indexOf('十');
  if (ten === -1) {
    if (text.length !== 1) return undefined;
    const d = digit(text);
    return d > 0 ? d : undefined;
  }
  const tensPart = text.slice(0, ten);
  const onesPart = text.slice(ten + 1);
  const tens = tensPart === '' ? 1 : digit(tensPart);
  const ones = onesPart === '' ? 0 : digit(onesPart);
  if (tensPart.length > 1 || onesPart.length > 1 || tens < 1 || ones < 0) return undefined;
  return tens * 10 + ones;
}
