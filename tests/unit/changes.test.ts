/**
 * Year over year on the two-year fixture: laochangxiang-2023 (a seed) and
 * tests/fixtures/two-years/laochangxiang-2024.txt, written from it with known
 * edits (figures changed, one sentence removed, one added). The expected rows
 * are those edits, listed here by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countRows, diffSentences, similarity, splitSentences } from '../../src/lib/changes/diff.ts';
import { compareFigures } from '../../src/lib/changes/figures.ts';

const body = (text: string): string =>
  text
    .replace(/^---\n[\s\S]*?\n---\n/u, '')
    .split('\n')
    .map((line) => line.replace(/^#+\s*/u, '').trim())
    .filter((line) => line !== '')
    .join('\n');

const before = splitSentences(body(readFileSync('content/reports/laochangxiang-2023.md', 'utf8')));
// The fixture's source, without its title and addressee lines (the seed's Markdown has them in its frontmatter).
const after = splitSentences(
  readFileSync('tests/fixtures/two-years/laochangxiang-2024.txt', 'utf8').split('\n').slice(2).join('\n'),
);

describe('splitSentences', () => {
  it('cuts after 。！？ and keeps the marks', () => {
    expect(splitSentences('一是甲。二是乙！三是丙？\n标题\n尾')).toEqual([
      '一是甲。',
      '二是乙！',
      '三是丙？',
      '标题',
      '尾',
    ]);
  });
});

describe('diffSentences on the two-year fixture', () => {
  const rows = diffSentences(before, after);

  it('finds the removed and the added sentence', () => {
    expect(rows.filter((row) => row.kind === 'removed').map((row) => row.before)).toEqual([
      '同时完善法律顾问工作考核制度，督促顾问工作开展，迄今未发生因行政决策失误引发的事件。',
    ]);
    expect(rows.filter((row) => row.kind === 'added').map((row) => row.after)).toEqual([
      '三是开展法治政府建设示范创建，召开专题推进会议3次。',
    ]);
  });

  it('pairs each edited sentence with its earlier wording', () => {
    const changed = rows.filter((row) => row.kind === 'changed').map((row) => row.after);
    expect(changed).toEqual([
      expect.stringContaining('2024年，在县委、县政府的坚强领导下'),
      '现将2024年法治政府建设工作情况报告如下：',
      expect.stringContaining('全乡共有各类经济主体1502户'),
      expect.stringContaining('共受理群众信访件4件，已全部办结'),
      expect.stringContaining('共受理各类矛盾纠纷68件'),
      expect.stringContaining('《老厂乡2024年普法强基补短板专项行动工作方案》'),
      expect.stringContaining('2024年，老厂乡在法治政府建设工作上'),
      expect.stringContaining('四、2025年推进法治政府建设的工作计划'),
    ]);
  });

  it('keeps every other sentence, in order, on both sides', () => {
    const counts = countRows(rows);
    expect(counts.kept + counts.changed + counts.removed).toBe(before.length);
    expect(counts.kept + counts.changed + counts.added).toBe(after.length);
    expect(rows.filter((row) => row.kind !== 'added').map((row) => row.before)).toEqual(before);
    expect(rows.filter((row) => row.kind !== 'removed').map((row) => row.after)).toEqual(after);
  });

  it('shows unrelated sentences as removed and added, not changed', () => {
    expect(diffSentences(['一是加强学习。'], ['二是完善制度。'])).toEqual([
      { kind: 'removed', before: '一是加强学习。' },
      { kind: 'added', after: '二是完善制度。' },
    ]);
    expect(similarity('甲乙丙丁', '甲乙丙丁')).toBe(1);
  });
});

describe('compareFigures', () => {
  const figure = (indicator: string, value: number, unit = '件') => ({
    report: 'x',
    block: 'p',
    section: 's',
    indicator,
    value,
    unit,
    qualifier: 'exact' as const,
    written: `${value}${unit}`,
    sentence: `${indicator}${value}${unit}。`,
    offset: 0,
  });

  it('pairs figures by indicator and unit, in order, and lists those whose value changed', () => {
    const result = compareFigures(
      [
        figure('受理矛盾纠纷', 74),
        figure('调处', 74, '起'),
        figure('办结', 5),
        figure('办结', 30),
        figure('新增企业', 33, '户'),
      ],
      [
        figure('受理矛盾纠纷', 68),
        figure('调处', 74, '起'),
        figure('办结', 4),
        figure('办结', 30),
        figure('召开会议', 3, '次'),
      ],
    );
    expect(result.changed.map((c) => [c.indicator, c.before.value, c.after.value])).toEqual([
      ['受理矛盾纠纷', 74, 68],
      ['办结', 5, 4],
    ]);
    expect(result).toMatchObject({ unchanged: 2, onlyAfter: 1, onlyBefore: 1 });
  });
});
