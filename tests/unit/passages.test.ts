/**
 * Shared passages on crafted reports with known shared spans. Expected
 * offsets come from an independent oracle: the texts with punctuation
 * removed by a regular expression, and String.indexOf.
 */
import { describe, expect, it } from 'vitest';
import { PassageIndex } from '../../src/lib/passages/index.ts';
import { normalizeBlocks } from '../../src/lib/passages/normalize.ts';
import { winnow } from '../../src/lib/passages/winnow.ts';
import type { TextBlock } from '../../src/lib/figures/extract.ts';

const S1 = '坚持以习近平法治思想为指导，深入贯彻落实关于加强法治政府建设的各项措施要求，不断提高依法决策能力。'; // 45 letters
const S2 = '全面落实行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。'; // 34 letters
const SHORT = '充分发挥法律顾问在重大决策中的作用和效能'; // 20 letters: below 30

const A: TextBlock[] = [
  { id: 's0-p1', text: `今年以来，巩留镇${S1}现将有关情况报告如下。` },
  { id: 's1', text: '一、工作开展情况' },
  { id: 's1-p1', text: `红江区${SHORT}，没有别的。` },
];
const B: TextBlock[] = [
  { id: 's0-p1', text: '洪江区总体情况良好。' },
  { id: 's1-p1', text: `一是${S1}二是${S2}` },
];
const C: TextBlock[] = [
  { id: 's0-p1', text: `头营镇${S2}` },
  { id: 's0-p2', text: `${SHORT}。` },
];

const letters = (text: string): string => text.replace(/[^\p{L}\p{N}]/gu, '');
const joined = (blocks: TextBlock[]): string => blocks.map((block) => letters(block.text)).join('\0');
const span = (blocks: TextBlock[], passage: string): [number, number] => {
  const text = joined(blocks);
  const at = text.indexOf(letters(passage));
  if (at === -1) throw new Error(`oracle: ${passage} not in report`);
  return [at, at + letters(passage).length];
};

function build(): PassageIndex {
  const index = new PassageIndex();
  index.add('a-2024', A);
  index.add('b-2021', B);
  index.add('c-2022', C);
  return index;
}

describe('winnowing', () => {
  it('keeps a fingerprint in every window of 16 k-grams', () => {
    const { codes } = normalizeBlocks([{ id: 'p', text: S1 + S2 }]);
    const positions = winnow(codes, 15, 16).map((f) => f.position);
    for (let i = 1; i < positions.length; i++) expect(positions[i]! - positions[i - 1]!).toBeLessThanOrEqual(16);
    expect(positions[0]).toBeLessThan(16);
  });

  it('never hashes across a block break', () => {
    const blocks = [
      { id: 'a', text: '甲'.repeat(10) },
      { id: 'b', text: '乙'.repeat(10) },
    ];
    expect(winnow(normalizeBlocks(blocks).codes, 15, 16)).toEqual([]);
  });
});

describe('PassageIndex', () => {
  it('finds the passage a report shares with another at its exact offsets, in both reports', () => {
    const { passages, length, shared } = build().passagesOf('a-2024');
    expect(passages).toHaveLength(1);
    const [start, end] = span(A, S1);
    const [bStart, bEnd] = span(B, S1);
    expect(passages[0]).toMatchObject({
      start,
      end,
      matches: [{ slug: 'b-2021', block: 's1-p1', start: bStart, end: bEnd }],
    });
    expect(length).toBe(joined(A).replaceAll('\0', '').length);
    expect(shared).toBe(end - start);
  });

  it('finds each shared passage of a report that shares with two others, and not the shorter one', () => {
    const { passages } = build().passagesOf('b-2021');
    expect(passages.map((p) => [p.start, p.end, p.matches.map((m) => m.slug)])).toEqual([
      [...span(B, S1), ['a-2024']],
      [...span(B, S2), ['c-2022']],
    ]);
  });

  it('leaves out a shared stretch shorter than 30 characters', () => {
    const { passages } = build().passagesOf('c-2022');
    expect(passages.map((p) => [p.start, p.end])).toEqual([span(C, S2)]);
  });

  it('maps a passage back to its block and offsets as written', () => {
    const { passages } = build().passagesOf('a-2024');
    const normalized = normalizeBlocks(A);
    const first = passages[0]!;
    const block = A[normalized.blockOf[first.start]!]!;
    const from = normalized.offsetOf[first.start]!;
    const to = normalized.offsetOf[first.end - 1]! + 1;
    expect(block.id).toBe('s0-p1');
    expect(block.text.slice(from, to)).toBe(S1.slice(0, -1));
  });

  it('lists the most reused passages first', () => {
    const index = new PassageIndex();
    for (let i = 0; i < 5; i++) index.add(`r${i}`, [{ id: 'p', text: `${'甲乙丙丁戊'[i]}。${S2}` }]);
    index.add('r9', [{ id: 'p', text: S1 }]);
    index.add('r10', [{ id: 'p', text: S1 }]);
    const reused = index.mostReused(5);
    expect(reused.map((r) => r.reach)).toEqual([5, 2]);
    expect(reused[0]!.end - reused[0]!.start).toBe(letters(S2).length);
  });

  it('refuses options that could miss passages of the minimum length', () => {
    expect(() => new PassageIndex({ k: 20, window: 16, minLength: 30 })).toThrow(/minLength/);
  });
});
