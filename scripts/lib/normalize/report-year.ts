/**
 * The year a report is on, from every clue it gives, strongest first:
 *   1. title        the title's year (老厂乡2023年度法治政府建设工作情况报告)
 *   2. reported-on  现将2023年…报告如下
 *   3. heading      a heading on a year's work (一、2021年主要工作情况)
 *   4. opening      the opening sentence (2024年以来，…)
 *   5. date         the date at the end: one in the first half of a year is
 *                   a report on the year before (2022年1月5日 → 2021),
 *                   one in the second half on that year
 *   6. plan         a plan for a year (八、2020年工作计划) is in the report on
 *                   the year before
 * The first clue found decides; a later one that disagrees is an error
 * unless the `.yaml` declares the year.
 */
import type { YearClueKind } from '../../../src/schemas/report.ts';
import { readChineseDateLine } from '../../../src/lib/text/dates.ts';
import type { StructuredReport } from './structure.ts';

export interface YearClue {
  kind: YearClueKind;
  year: number;
  /** The words that gave the year, as written. */
  text: string;
  line?: number | undefined;
}

const TITLE_YEAR = /(\d{4})\s*年/u;
const REPORTED_ON = /现将(\d{4})\s*年[^。；]{0,60}?(?:报告|汇报)如下/u;
const PLAN = /(?:计划|打算|思路|安排|谋划|展望)/u;
const WORK_OF_YEAR =
  /^(\d{4})\s*年度?[^。；]{0,20}?(?:主要工作|工作情况|开展情况|完成情况|工作成效|主要成效|工作举措|工作总结|基本情况|主要做法)/u;
const PLAN_OF_YEAR = /^(\d{4})\s*年度?[^。；]{0,20}?(?:计划|打算|思路|安排|谋划)/u;
const OPENING = /^(\d{4})\s*年(?:以来|度|[，,]|上半年|全年)/u;

export function yearClues(report: StructuredReport): YearClue[] {
  const clues: YearClue[] = [];
  const push = (kind: YearClueKind, year: number, text: string, line: number | undefined): void => {
    if (year >= 1990 && year <= 2100) clues.push({ kind, year, text, line });
  };
  const title = report.title?.text.match(TITLE_YEAR);
  if (title) push('title', Number(title[1]), report.title!.text, report.title!.line);

  const paragraphs = report.blocks.filter((b) => b.kind === 'paragraph');
  for (const p of paragraphs) {
    const m = p.text.match(REPORTED_ON);
    if (m) {
      push('reported-on', Number(m[1]), m[0], p.line);
      break;
    }
  }
  const headings = report.blocks.filter((b) => b.kind === 'heading');
  const work = headings.find((h) => WORK_OF_YEAR.test(h.text) && !PLAN.test(h.text));
  if (work) push('heading', Number(work.text.match(WORK_OF_YEAR)![1]), work.text, work.line);

  const opening = paragraphs[0]?.text.match(OPENING);
  if (opening) push('opening', Number(opening[1]), paragraphs[0]!.text.slice(0, 20), paragraphs[0]!.line);

  const date = report.dateLine ? readChineseDateLine(report.dateLine.text) : undefined;
  if (date) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    push('date', month <= 6 ? year - 1 : year, report.dateLine!.text, report.dateLine!.line);
  }

  const plan = headings.find((h) => PLAN_OF_YEAR.test(h.text));
  if (plan) push('plan', Number(plan.text.match(PLAN_OF_YEAR)![1]) - 1, plan.text, plan.line);
  return clues;
}
