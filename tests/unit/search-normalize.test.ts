/** The comparable form of text: whitespace and zero-width characters ignored, NFKC, lower case, and the way back. */
import { describe, expect, it } from 'vitest';
import { comparable, findOccurrences, normalizeForMatch, originalRange } from '../../src/lib/search/normalize.ts';

describe('normalizeForMatch', () => {
  it('removes whitespace, zero-width spaces and ideographic spaces', () => {
    expect(comparable('法律\u200b明白 人\u3000')).toBe('法律明白人');
    expect(comparable(' a\tb\nc ')).toBe('abc');
  });

  it('folds half-width and full-width forms and case', () => {
    expect(comparable('（一）')).toBe(comparable('(一)'));
    expect(comparable('ＡＢＣ１２３')).toBe('abc123');
  });

  it('maps every folded unit back to the character it came from', () => {
    const normalized = normalizeForMatch('老 厂乡');
    expect(normalized.text).toBe('老厂乡');
    expect(normalized.origin).toEqual([0, 2, 3]);
  });

  it('maps a range back over the whitespace inside it, not around it', () => {
    const normalized = normalizeForMatch(' 法律 顾问 ');
    expect(originalRange(normalized, 0, 4)).toEqual({ start: 1, end: 6 });
  });

  it('keeps characters outside the Basic Multilingual Plane whole', () => {
    const normalized = normalizeForMatch('𠀀乡');
    expect(originalRange(normalized, 0, 2)).toEqual({ start: 0, end: 2 });
  });
});

describe('findOccurrences', () => {
  it('finds a word across whitespace and returns ranges of the original text', () => {
    const text = '中共老厂乡委员会 老厂乡人民政府';
    const ranges = findOccurrences(normalizeForMatch(text), '委员会老厂乡');
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['委员会 老厂乡']);
  });

  it('finds every occurrence, left to right, without overlap', () => {
    expect(findOccurrences(normalizeForMatch('纠纷纠纷纠'), '纠纷')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    expect(findOccurrences(normalizeForMatch('aaa'), 'aa')).toEqual([{ start: 0, end: 2 }]);
  });

  it('finds nothing for an empty word', () => {
    expect(findOccurrences(normalizeForMatch('abc'), '')).toEqual([]);
  });
});
