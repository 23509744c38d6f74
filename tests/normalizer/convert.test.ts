/** The converter settings: 著力 → 着力, no vocabulary swapped, the 著 of writing kept. */
import { describe, expect, it } from 'vitest';
import { convertToSimplified } from '../../scripts/lib/normalize/convert.ts';
import { isTraditional, PINNED_WORDS, toSimplified } from '../../src/lib/text/simplify.ts';

describe('traditional → simplified', () => {
  it.each([
    ['著力', '着力'],
    ['鞏留鎮', '巩留镇'],
    ['幹部', '干部'],
    ['瞭解', '了解'],
    ['藉此', '借此'],
    ['法律顧問', '法律顾问'],
    ['意味著有', '意味着有'],
  ])('converts %s to %s', (traditional, simplified) => {
    expect(toSimplified(traditional)).toBe(simplified);
  });

  it.each(['程序', '文件', '線上', '智慧', '乾隆', '乾坤'])('does not swap the vocabulary of %s', (word) => {
    // 線上 must become 线上 (characters), never 在线 (vocabulary).
    expect(toSimplified(word)).toBe(word.replace('線', '线'));
  });

  it.each(['原著', '編著', '專著', '卓著', '土著', '論著', '譯著'])('keeps the 著 of %s', (word) => {
    expect(toSimplified(word)).toMatch(/著$/u);
    expect(toSimplified(word)).not.toMatch(/着/u);
  });

  it('keeps every pinned word as written, in both scripts', () => {
    for (const word of PINNED_WORDS) {
      expect(toSimplified(word)).not.toMatch(/[着幺]/u);
      if (!isTraditional(word)) expect(toSimplified(word)).toBe(word);
    }
  });

  it('keeps a lone 么 and 幺 apart', () => {
    expect(toSimplified('多么')).toBe('多么');
    expect(toSimplified('么')).toBe('么');
    expect(toSimplified('幺妹')).toBe('幺妹');
  });
});

describe('script detection', () => {
  it('tells traditional from simplified text', () => {
    expect(isTraditional('鞏留鎮堅持以習近平法治思想為指導')).toBe(true);
    expect(isTraditional('巩留镇坚持以习近平法治思想为指导，取得显著成效')).toBe(false);
  });

  it('keeps 著 in a simplified report but converts it in a traditional one', () => {
    const tally = new Map<string, number>();
    expect(convertToSimplified('取得显著成效，著力推进', tally, false)).toBe('取得显著成效，著力推进');
    expect(convertToSimplified('著力推進', tally, true)).toBe('着力推进');
    expect(tally.get('著→着')).toBe(1);
    expect(tally.get('進→进')).toBe(1);
  });
});
