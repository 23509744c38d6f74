/** The part classifier: which of the five outline parts a level-1 heading opens. */
import { describe, expect, it } from 'vitest';
import { classifyPart, isPart, PART_LABELS, PARTS, type Part } from '../../src/lib/parts.ts';

/** Headings from the seed reports and typical variants, with the part a reader would file them under. */
const CASES: ReadonlyArray<readonly [string, Part]> = [
  // Seed reports.
  ['三、上一年度推进法治政府建设存在的不足、原因和问题整改情况', 'problems'],
  ['一、2023年主要负责人履行推进法治建设第一责任人职责,加强法治政府建设的有关情况', 'duty'],
  ['四、2024年推进法治政府建设的工作计划', 'plans'],
  ['一、工作开展情况', 'measures'],
  ['一、主要工作举措和成效', 'measures'],
  ['二、2023年法治政府建设工作举措和成效', 'measures'],
  ['一、2022年度推进法治政府建设的主要举措和成效', 'measures'],
  ['一、开展的工作', 'measures'],
  ['二、存在的不足', 'problems'],
  ['二、存在的问题', 'problems'],
  ['二、存在的不足和原因', 'problems'],
  ['三、下一步工作', 'plans'],
  ['三、下一步打算', 'plans'],
  ['四、下一年度推进法治政府建设的初步安排', 'plans'],
  ['三、党政主要负责人履行推进法治建设第一责任人职责，加快法治政府建设有关情况', 'duty'],
  ['五、其他需要报告的情况', 'other'],
  ['二、党政主要负责人履行推进法治建设第一责任人职责情况', 'duty'],
  ['三、主要负责人履职情况', 'duty'],
  // Variants.
  ['二、推进法治政府建设存在的差距', 'problems'],
  ['四、2025年工作思路', 'plans'],
  ['附件说明', 'other'],
];

describe('classifyPart', () => {
  it.each(CASES)('%s → %s', (heading, part) => {
    expect(classifyPart(heading)).toBe(part);
  });

  it('ignores the leading number, so a heading means the same whatever its position', () => {
    for (const [heading] of CASES) {
      const words = heading.replace(/^[一二三四五六七八九十]+、/, '');
      expect(classifyPart(`九、${words}`)).toBe(classifyPart(heading));
    }
  });

  it('covers every part with the seed headings', () => {
    expect(new Set(CASES.map(([, part]) => part))).toEqual(new Set(PARTS));
  });
});

describe('part names', () => {
  it('labels every part', () => {
    for (const part of PARTS) expect(PART_LABELS[part]).toMatch(/\p{Script=Han}/u);
  });

  it('recognises part names and nothing else', () => {
    expect(PARTS.every(isPart)).toBe(true);
    expect(isPart('summary')).toBe(false);
  });
});
