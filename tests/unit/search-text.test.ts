/** The comparable form of text: whitespace, zero-width characters and in-phrase marks ignored, NFKC, lower case, sentence breaks, index keys, and the way back. */
import { describe, expect, it } from 'vitest';
import {
  BREAK,
  comparable,
  findOccurrences,
  keysAreExact,
  normalizeForMatch,
  originalRange,
  textKeys,
  wordKeys,
} from '../../src/lib/search/search-text.ts';

describe('normalizeForMatch', () => {
  it('removes whitespace, zero-width spaces and ideographic spaces', () => {
    expect(comparable('法律\u200b明白 人\u3000')).toBe('法律明白人');
    expect(comparable(' a\tb\nc ')).toBe('abc');
  });

  it('drops the marks inside phrases, so 八五普法 is “八五”普法', () => {
    expect(comparable('“八五”普法')).toBe('八五普法');
    expect(comparable('“十四五”规划')).toBe('十四五规划');
    expect(comparable('《中华人民共和国民法典》')).toBe('中华人民共和国民法典');
    expect(comparable('「放管服」改革（试行）【重点】〈一〉·——')).toBe('放管服改革试行重点一');
    expect(comparable('2021-2025年')).toBe('2021-2025年');
  });

  it('turns sentence ends into breaks a word cannot cross', () => {
    expect(comparable('依法行政。法治！政府？建设；完成')).toBe(
      ['依法行政', '法治', '政府', '建设', '完成'].join(BREAK),
    );
    expect(comparable('A，B、C')).toBe('a,b、c');
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

describe('index keys', () => {
  it('are every character and every adjacent pair that no sentence end separates', () => {
    expect([...textKeys(comparable('法治。政府'))].sort()).toEqual(['府', '政', '政府', '法', '法治', '治'].sort());
  });

  it('a word needs itself up to two characters, else its pairs', () => {
    expect(wordKeys('法')).toEqual(['法']);
    expect(wordKeys('法治')).toEqual(['法治']);
    expect(wordKeys('法律明白人')).toEqual(['法律', '律明', '明白', '白人']);
    expect(wordKeys('纠纷纠纷')).toEqual(['纠纷', '纷纠']);
    expect(keysAreExact('法治')).toBe(true);
    expect(keysAreExact('法律顾问')).toBe(false);
  });
});
