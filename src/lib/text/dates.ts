/**
 * Dates as reports write them (2023年12月31日, 二〇二三年十二月三十一日,
 * 2023-12-31 in a page's metadata table) and as the schema stores them
 * (YYYY-MM-DD). Every date goes through `toIsoDate`, which refuses a day
 * that does not exist: "2023-13-45" is no date, and neither is 2月30日.
 */
import { parseWrittenNumber } from './numerals.ts';

const YEAR_DIGITS = '〇○零一二三四五六七八九';
const DAY_DIGITS = '\\d〇○零一二三四五六七八九十';

/**
 * A date written out in Chinese, alone on its line: year, month and day
 * captured. The year is four digits, Arabic or Chinese; month and day
 * either (十二, 31).
 */
export const CHINESE_DATE_LINE = new RegExp(
  `^(\\d{4}|[${YEAR_DIGITS}]{4})年([${DAY_DIGITS}]{1,3})月([${DAY_DIGITS}]{1,3})日$`,
  'u',
);

/** A date in the figures of a metadata table: 2023-12-31, 2023年12月31日, 2023.12.31, 2023/12/31. */
const NUMERIC_DATE = /(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/u;

/**
 * YYYY-MM-DD for a year, month and day, or undefined when they make no
 * date of the calendar (month 13, day 0, 30 February, a year not of four digits).
 *
 * @example toIsoDate(2023, 2, 29) // undefined
 */
export function toIsoDate(year: number, month: number, day: number): string | undefined {
  if (![year, month, day].every(Number.isInteger)) return undefined;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The date of a line like 二〇二三年十二月三十一日 or 2023年12月31日, as YYYY-MM-DD. */
export function readChineseDateLine(text: string): string | undefined {
  const match = CHINESE_DATE_LINE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [match[1]!, match[2]!, match[3]!].map(parseWrittenNumber);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  return toIsoDate(year, month, day);
}

/** The first date written in figures in a text (2023-12-31, 2023年12月31日, 2023.12.31), as YYYY-MM-DD. */
export function readNumericDate(text: string): string | undefined {
  const match = NUMERIC_DATE.exec(text);
  if (!match) return undefined;
  return toIsoDate(Number(match[1]), Number(match[2]), Number(match[3]));
}
