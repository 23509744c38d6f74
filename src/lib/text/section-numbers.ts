/**
 * The grammar of section numbers, one table for the whole project. Reports
 * number their level-1 sections 一、, level-2 （一） and level-3 1.; some
 * write Arabic numerals at levels 1 and 2 (5、, (1)). The normalizer reads
 * the markers to find headings (structure.ts) and lost line breaks
 * (split-lines.ts) and writes them back repaired; the site reads the
 * repaired numbers from the heading text to give each section its id.
 */
import { parseChineseNumeral } from './numerals.ts';

/** Heading levels of a report: 1 = "一、", 2 = "（一）", 3 = "1.". */
export type SectionLevel = 1 | 2 | 3;

/** How a section number is written. */
export type MarkerStyle = 'chinese-l1' | 'arabic-l1' | 'chinese-l2' | 'arabic-l2' | 'arabic-l3';

interface MarkerRule {
  style: MarkerStyle;
  /** The level a number written this way normally has (an Arabic 5、 may continue a level-3 list). */
  level: SectionLevel;
  /** Whether the number is a Chinese numeral (一 … 九十九) or Arabic digits. */
  numeral: 'chinese' | 'arabic';
  /** The marker at the start of a text, its number in group 1. */
  pattern: RegExp;
}

const CHINESE = '[一二三四五六七八九十]{1,3}';
const ARABIC = '\\d{1,2}';

/** Every way a report writes a section number, tried in this order. */
export const SECTION_MARKERS: readonly MarkerRule[] = [
  { style: 'chinese-l1', level: 1, numeral: 'chinese', pattern: new RegExp(`^(${CHINESE})、`, 'u') },
  { style: 'arabic-l1', level: 1, numeral: 'arabic', pattern: new RegExp(`^(${ARABIC})、`, 'u') },
  { style: 'chinese-l2', level: 2, numeral: 'chinese', pattern: new RegExp(`^[（(]\\s*(${CHINESE})\\s*[）)]`, 'u') },
  { style: 'arabic-l2', level: 2, numeral: 'arabic', pattern: new RegExp(`^[（(]\\s*(${ARABIC})\\s*[）)]`, 'u') },
  { style: 'arabic-l3', level: 3, numeral: 'arabic', pattern: new RegExp(`^(${ARABIC})[.．](?!\\d)`, 'u') },
];

/** A section number read from the start of a text. */
export interface SectionMarker {
  style: MarkerStyle;
  level: SectionLevel;
  /** The number's value, 1 or more. */
  value: number;
  /** The marker as written: 一、, ( 1 ), 3. */
  written: string;
}

/**
 * The section number at the start of a text, or undefined when it has none
 * (or one whose value is not a section number, such as 0.).
 *
 * @example readSectionMarker('（二）提升行政决策水平') // { style: 'chinese-l2', level: 2, value: 2, written: '（二）' }
 */
export function readSectionMarker(text: string): SectionMarker | undefined {
  for (const { style, level, numeral, pattern } of SECTION_MARKERS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const value = numeral === 'chinese' ? parseChineseNumeral(match[1]!) : Number(match[1]);
    if (value === undefined || value < 1) return undefined;
    return { style, level, value, written: match[0] };
  }
  return undefined;
}

/**
 * Any section number at the start of a text, as the line splitter looks for
 * them: the markers of the table, where an Arabic 1、 must not be followed by a digit.
 */
export const SECTION_NUMBER_START = new RegExp(
  `^(?:${CHINESE}、|[（(]\\s*(?:${CHINESE}|${ARABIC})\\s*[）)]|${ARABIC}[.．、](?!\\d))`,
  'u',
);

/**
 * The section number at the start of a heading of the given level, or
 * undefined when the heading carries no number fit for that level. The
 * level comes from the heading's depth, so the number may be written in any
 * of the ways the normalizer lets through, as long as level 2 is in
 * parentheses and levels 1 and 3 are not: 十二、, 13. and 10、 all count.
 *
 * @example readSectionNumber('（二）提升行政决策水平', 2) // 2
 */
export function readSectionNumber(text: string, level: SectionLevel): number | undefined {
  const marker = readSectionMarker(text.trimStart());
  if (marker === undefined || (marker.level === 2) !== (level === 2)) return undefined;
  return marker.value;
}

/** The heading text without its leading number, e.g. for the part classifier. */
export function stripSectionNumber(text: string): string {
  const trimmed = text.trimStart();
  const marker = readSectionMarker(trimmed);
  return (marker ? trimmed.slice(marker.written.length) : trimmed).trim();
}
