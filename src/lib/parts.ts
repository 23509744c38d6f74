/**
 * The five parts of the national outline every report follows (主要举措和成效,
 * 存在的不足, 主要负责人履职, 下一年度安排, 其他), and the classifier that tells
 * which part a level-1 heading opens. The compare pages and the `data-part`
 * attribute of each level-1 section both come from here.
 */
import { stripSectionNumber } from './text/section-numbers.ts';

export const PARTS = ['measures', 'problems', 'duty', 'plans', 'other'] as const;

/** One of the five parts of a report. */
export type Part = (typeof PARTS)[number];

/** How each part is named for readers (headings, navigation, compare pages). */
export const PART_LABELS: Readonly<Record<Part, string>> = {
  measures: '主要举措和成效',
  problems: '存在的不足和问题',
  duty: '主要负责人履行第一责任人职责',
  plans: '下一年度工作安排',
  other: '其他需要报告的情况',
};

/**
 * Keywords that identify each part, tried in this order; the first part with
 * a matching keyword wins. The order settles headings that mention two parts:
 * "其他需要报告" is unmistakable; a heading about the principal's duty often
 * also says 加强法治政府建设的有关情况, so duty comes before measures;
 * "上一年度…存在的不足…整改情况" is about problems although it speaks of a
 * year; plans come before measures because "下一步工作" contains 工作.
 */
const KEYWORDS: ReadonlyArray<readonly [Part, RegExp]> = [
  ['other', /其他需要报告|其它需要报告|其他有关情况|其他情况/],
  ['duty', /第一责任人|主要负责人/],
  ['problems', /不足|问题|差距/],
  ['plans', /下一步|下一年|下年度|明年|计划|安排|打算|思路|展望|工作重点/],
  ['measures', /举措|成效|措施|开展|工作情况|主要工作|主要做法|进展|成绩|做法/],
];

/**
 * The part a level-1 heading opens, judged by its words (the leading number
 * is ignored). Headings that match no keyword are `other`.
 *
 * @example classifyPart('三、上一年度推进法治政府建设存在的不足、原因和问题整改情况') // 'problems'
 */
export function classifyPart(headingText: string): Part {
  const words = stripSectionNumber(headingText);
  for (const [part, keywords] of KEYWORDS) {
    if (keywords.test(words)) return part;
  }
  return 'other';
}

/** Whether a string names one of the five parts (for route parameters). */
export function isPart(value: string): value is Part {
  return (PARTS as readonly string[]).includes(value);
}
