/** The figure extractor's rules on crafted sentences, and the number reader. */
import { describe, expect, it } from 'vitest';
import { extractBlockFigures, figureExcerpt } from '../../src/lib/figures/extract.ts';
import { parseChineseCount, parseFigureNumber } from '../../src/lib/figures/numbers.ts';

const figuresOf = (text: string) =>
  extractBlockFigures('x-2023', { id: 's1-2-p3', text }).map(({ indicator, value, unit, qualifier, written }) => ({
    indicator,
    value,
    unit,
    qualifier,
    written,
  }));

describe('parseChineseCount and parseFigureNumber', () => {
  it.each([
    ['十', 10],
    ['十五', 15],
    ['三十二', 32],
    ['一百二十', 120],
    ['一百五', 150],
    ['两千零五', 2005],
    ['三千四百五十六', 3456],
  ])('%s → %d', (text, value) => expect(parseChineseCount(text)).toBe(value));

  it.each(['二三', '百百', '三十百', '', '甲'])('refuses %s', (text) =>
    expect(parseChineseCount(text)).toBeUndefined(),
  );

  it.each([
    ['2,449', 2449],
    ['51.05', 51.05],
    ['4万', 40000],
    ['1.2亿', 120000000],
    ['三万', 30000],
    ['0.3万', 3000],
  ])('%s → %d', (text, value) => expect(parseFigureNumber(text)).toBe(value));
});

describe('extractBlockFigures', () => {
  it('reads the indicator before the number, with 万, 余 and 近 read', () => {
    expect(figuresOf('全年共排查矛盾纠纷362件，惠及群众4万余人次，涉案金额近300万元。')).toEqual([
      { indicator: '排查矛盾纠纷', value: 362, unit: '件', qualifier: 'exact', written: '362件' },
      { indicator: '惠及群众', value: 40000, unit: '人次', qualifier: 'over', written: '4万余人次' },
      { indicator: '涉案金额', value: 300, unit: '万元', qualifier: 'about', written: '近300万元' },
    ]);
  });

  it('reads what follows the number when it names the counted thing', () => {
    expect(
      figuresOf('与392名志愿者签订承诺书，涉及11个村（社区）1万余名群众。').map((f) => [f.indicator, f.value]),
    ).toEqual([
      ['与志愿者签订承诺书', 392],
      ['涉及村（社区）', 11],
      ['群众', 10000],
    ]);
  });

  it('gives a second number of the same phrase the same indicator', () => {
    expect(figuresOf('接待群众来访533批1067人次。').map((f) => [f.indicator, f.value, f.unit])).toEqual([
      ['接待群众来访', 533, '批'],
      ['接待群众来访', 1067, '人次'],
    ]);
  });

  it('normalizes units written with brackets and percentages', () => {
    expect(
      figuresOf('出动执法人员600余人（次），张贴标语60多条（幅），满意率达99.9％。').map((f) => [f.value, f.unit]),
    ).toEqual([
      [600, '人次'],
      [60, '条'],
      [99.9, '%'],
    ]);
  });

  it('reads Chinese numerals only where they end the clause', () => {
    expect(
      figuresOf('召开会议三十二次，落实“三项制度”和十五条硬措施，每年召开一次专题会议。').map((f) => f.value),
    ).toEqual([32]);
  });

  it('leaves out years, dates, ordinals, hotlines, codes, quotations and words that start with a unit', () => {
    expect(
      figuresOf(
        '2023年6月1日，第3次会议，收到12345转办件，推出“7410”工作法，厅字〔2019〕28号，《方案（2021-2025年）》，完成3项目，A12次。',
      ),
    ).toEqual([]);
  });
});

describe('figureExcerpt', () => {
  it('keeps the figure with a few characters either side and marks the cuts', () => {
    const sentence = `${'甲'.repeat(50)}调处74件${'乙'.repeat(50)}。`;
    expect(figureExcerpt({ sentence, written: '74件' }, 5)).toEqual({
      before: '…甲甲甲调处',
      written: '74件',
      after: '乙乙乙乙乙…',
    });
    expect(figureExcerpt({ sentence: '调处74件。', written: '74件' }, 5)).toEqual({
      before: '调处',
      written: '74件',
      after: '。',
    });
  });
});
