/**
 * Reading the numbers of figures: Arabic (2,449, 51.05), Chinese (三十二,
 * 一百二十, 两千) and either with 万 or 亿 (4万 → 40000, 1.2亿 → 120000000).
 * Digits are read by the text kernel's numeral reader; this module only adds
 * the 百 and 千 places and the 万/亿 multipliers that counts need.
 */
import { parseChineseDigits } from '../text/numerals.ts';

/** One Chinese digit: 0 for 零/〇, 1–9 (两 is 2), undefined otherwise. */
function digit(character: string): number | undefined {
  return character.length === 1 ? parseChineseDigits(character) : undefined;
}

const PLACES: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A Chinese count below 10,000: 三十二 → 32, 一百二十 → 120, 两千零五 → 2005,
 * 十五 → 15; undefined for anything that is not one (二三, 百百, 三十百).
 */
export function parseChineseCount(text: string): number | undefined {
  if (text === '') return undefined;
  let total = 0;
  let pending: number | undefined;
  let lastPlace = Infinity;
  let sawZero = false;
  for (const character of text) {
    const place = PLACES[character];
    if (place !== undefined) {
      if (place >= lastPlace) return undefined;
      // 十 alone at the start means 一十.
      total += (pending ?? (total === 0 && !sawZero ? 1 : undefined) ?? NaN) * place;
      if (Number.isNaN(total)) return undefined;
      pending = undefined;
      lastPlace = place;
      continue;
    }
    const value = digit(character);
    if (value === undefined || pending !== undefined) return undefined;
    if (value === 0) {
      sawZero = true;
      continue;
    }
    pending = value;
  }
  if (pending !== undefined) {
    // A trailing digit is units unless it follows a place two steps up (一百五 reads 150).
    total += lastPlace === Infinity || lastPlace === 10 || sawZero ? pending : (pending * lastPlace) / 10;
  }
  return total;
}

const MULTIPLIERS: Readonly<Record<string, number>> = { 万: 10_000, 亿: 100_000_000 };

/**
 * The value of a number as a figure writes it, with an optional 万 or 亿:
 * "2,449" → 2449, "51.05" → 51.05, "4万" → 40000, "三十二" → 32,
 * "1.2亿" → 120000000; undefined when the text is not such a number.
 */
export function parseFigureNumber(text: string): number | undefined {
  const multiplier = MULTIPLIERS[text.at(-1) ?? ''] ?? 1;
  const body = multiplier === 1 ? text : text.slice(0, -1);
  let value: number | undefined;
  if (/^\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/u.test(body)) value = Number(body.replace(/[,，]/gu, ''));
  else value = parseChineseCount(body);
  if (value === undefined) return undefined;
  // Round away binary noise: 1.2 × 100000000 is 120000000, not 119999999.99999999.
  return Number((value * multiplier).toPrecision(15));
}
