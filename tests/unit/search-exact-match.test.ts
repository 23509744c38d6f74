/** Exact matching of a report's blocks, the best section, excerpts, and what the page says about it. */
import { describe, expect, it } from 'vitest';
import { highlightRanges, matchReport, mergeRanges } from '../../src/lib/search/exact-match.ts';
import type { ReportBlock } from '../../src/lib/search/exact-match.ts';
import { buildExcerpt } from '../../src/lib/search/excerpt.ts';
import { exactStatus } from '../../src/lib/search/messages.ts';
import { blockWeight } from '../../src/lib/search/rank.ts';

const report: ReportBlock[] = [
  { text: '老厂乡2023年度法治政府建设工作情况报告', id: undefined, heading: false },
  { text: '2023年，老厂乡坚持以习近平法治思想为指导。', id: 's0-p1', heading: false },
  { text: '一、主要工作举措和成效', id: 's1', heading: true },
  { text: '（一）强化组织领导', id: 's1-1', heading: true },
  { text: '征询法律顾问法律意见。', id: 's1-1-p1', heading: false },
  { text: '（二）落实法律顾问制度', id: 's1-2', heading: true },
  { text: '聘请律师为单位法律顾问。完善法律顾问工作考核制度', id: 's1-2-p1', heading: false },
  { text: '一站式矛盾纠纷调处中心', id: 's1-2-p2', heading: false },
];

describe('matchReport', () => {
  it('finds a word and prefers the section with it in its heading', () => {
    const match = matchReport(report, ['法律顾问']);
    expect(match.complete).toBe(true);
    expect(match.counts).toEqual([4]);
    expect(match.best?.target).toBe('s1-2');
    expect(match.best?.heading).toBe('（二）落实法律顾问制度');
  });

  it('finds a short word inside a longer one', () => {
    const match = matchReport(report, ['纠纷']);
    expect(match.complete).toBe(true);
    expect(match.best?.target).toBe('s1-2');
    expect(match.best?.block.id).toBe('s1-2-p2');
  });

  it('never matches across two blocks', () => {
    // "…制度" ends one paragraph and "一站式…" starts the next.
    expect(matchReport(report, ['制度一站式']).complete).toBe(false);
  });

  it('needs every word of a multi-word query', () => {
    expect(matchReport(report, ['法律顾问', '纠纷']).complete).toBe(true);
    expect(matchReport(report, ['法律顾问', '跨省通办']).complete).toBe(false);
    expect(matchReport(report, ['法律顾问', '跨省通办']).counts).toEqual([4, 0]);
  });

  it('prefers the section holding more of the words, and excerpts its block holding most of them', () => {
    const best = matchReport(report, ['法律顾问', '矛盾纠纷']).best;
    expect(best?.target).toBe('s1-2');
    expect(best?.block.id).toBe('s1-2-p1');
    const both = matchReport(
      [...report, { text: '法律顾问参与矛盾纠纷调处', id: 's1-2-p3', heading: false }],
      ['法律顾问', '矛盾纠纷'],
    );
    expect(both.best?.block.id).toBe('s1-2-p3');
  });

  it('links paragraphs before the first heading to themselves and the title to the report', () => {
    expect(matchReport(report, ['习近平法治思想']).best?.target).toBe('s0-p1');
    // In the title and the text: the text wins.
    expect(matchReport(report, ['老厂乡']).best?.target).toBe('s0-p1');
    const title = matchReport(report, ['工作情况报告']).best;
    expect(title?.target).toBeUndefined();
    expect(title?.heading).toBeUndefined();
  });

  it('scores occurrences by the weight of their block (rank.ts: title 5, heading 3, other parts ¾)', () => {
    const weighted = report.map((block, i) => ({
      ...block,
      weight: blockWeight(i === 0 ? 1 : block.heading ? 2 : 0, i >= 6 ? 'plans' : 'measures'),
    }));
    // 法律顾问: the paragraph s1-1-p1 (1), the heading s1-2 (3) and twice in s1-2-p1 (¾ each, part "plans").
    expect(matchReport(weighted, ['法律顾问']).score).toBe(1 + 3 + 2 * 0.75);
  });

  it('reports no best section when nothing matches', () => {
    expect(matchReport(report, ['跨省通办'])).toEqual({ complete: false, score: 0, counts: [0], best: undefined });
  });
});

describe('ranges and excerpts', () => {
  it('merges overlapping ranges', () => {
    expect(
      mergeRanges([
        { start: 4, end: 6 },
        { start: 0, end: 2 },
        { start: 1, end: 3 },
      ]),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 6 },
    ]);
  });

  it('highlights every word in a text', () => {
    const text = '聘请律师为单位法律顾问。完善法律顾问工作';
    expect(highlightRanges(text, ['法律顾问', '律师']).map((r) => text.slice(r.start, r.end))).toEqual([
      '律师',
      '法律顾问',
      '法律顾问',
    ]);
  });

  it('cuts an excerpt around the first match with ellipses', () => {
    const text = `${'甲'.repeat(50)}法律顾问${'乙'.repeat(200)}`;
    const pieces = buildExcerpt(text, highlightRanges(text, ['法律顾问']), { before: 5, length: 20 });
    expect(pieces).toEqual([
      { text: '…', marked: false },
      { text: '甲甲甲甲甲', marked: false },
      { text: '法律顾问', marked: true },
      { text: '乙'.repeat(11), marked: false },
      { text: '…', marked: false },
    ]);
  });

  it('keeps a short text whole', () => {
    expect(buildExcerpt('法律顾问制度', [{ start: 0, end: 4 }])).toEqual([
      { text: '法律顾问', marked: true },
      { text: '制度', marked: false },
    ]);
  });
});

describe('exactStatus', () => {
  it('says none, an exact count, or a bound while candidates remain', () => {
    expect(exactStatus({ words: ['跨省通办'], found: 0, total: 0, exact: true, filtered: false })).toBe(
      '没有报告包含“跨省通办”。',
    );
    expect(exactStatus({ words: ['法律', '纠纷'], found: 2, total: 2, exact: true, filtered: true })).toBe(
      '在所选范围内，共有 2 份报告同时包含“法律”和“纠纷”。',
    );
    expect(exactStatus({ words: ['LED'], found: 10, total: 40, exact: false, filtered: false })).toBe(
      '已找到 10 份包含“LED”的报告，共至多 40 份（其余可能的报告尚未核对）。',
    );
  });
});
