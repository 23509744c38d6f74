/**
 * The numbers a report gives its own sections, read from the heading text.
 * The normalizer writes level 1 as "一、", level 2 as "（一）" and level 3 as
 * "1."; the patterns also accept the variants it may let through (ASCII
 * parentheses, Arabic numerals at levels 1-2, "1、" or "1．" at level 3), so a
 * slightly irregular heading still gets its stable id instead of a fallback.
 */
import { parseChineseNumeral } from './chinese-numerals.ts';

/** Heading levels of a report: 1 = "一、", 2 = "（一）", 3 = "1.". */
export type SectionLevel = 1 | 2 | 3;

const NUMERAL = '[一二三四五六七八九十〇零两]+|\\d+';

const PATTERNS: Readonly<Record<SectionLevel, RegExp>> = {
  1: new RegExp(`^\\s*(${NUMERAL})\\s*[、.．]`),
  2: new RegExp(`^\\s*[（(]\\s*(${NUMERAL})\\s*[）)]`),
  3: /^\s*(\d+)\s*[.．、]/,
};

/**
 * The section number at the start of a heading of the given level, or
 * undefined when the heading carries no number recognisable at that level.
 *
 * @example readSectionNumber('（二）提升行政决策水平', 2) // 2
 */
export function readSectionNumber(text: string, level: SectionLevel): number | undefined {
  const match = PATTERNS[level].exec(text);
  const written = match?.[1];
  if (written === undefined) return undefined;
  const value = /^\d+$/.test(written) ? Number(written) : parseChineseNumeral(written);
  return value !== undefined && value > 0 ? value : undefined;
}

/** The heading text without its leading number, e.g. for the part classifier. */
export function stripSectionNumber(text: string): string {
  for (const pattern of Object.values(PATTERNS)) {
    const match = pattern.exec(text);
    if (match) return text.slice(match[0].length).trim();
  }
  return text.trim();
}
