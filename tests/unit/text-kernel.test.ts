/** The shared text kernel (src/lib/text/): numerals, dates, section numbers, spaces, Han. */
import { describe, expect, it } from 'vitest';
import { readChineseDateLine, readNumericDate, toIsoDate } from '../../src/lib/text/dates.ts';
import { countHanCodeUnits, hasHan, isHan, isHanCodeUnit } from '../../src/lib/text/han.ts';
import {
  parseChineseDigits,
  parseChineseNumeral,
  parseWrittenNumber,
  toChineseNumeral,
} from '../../src/lib/text/numerals.ts';
import {
  readSectionMarker,
  readSectionNumber,
  SECTION_NUMBER_START,
  stripSectionNumber,
} from '../../src/lib/text/section-numbers.ts';
import { collapseSpaces, trimSpaces } from '../../src/lib/text/spaces.ts';

describe('numerals', () => {
  it('round-trips 1–99', () => {
    for (let n = 1; n <= 99; n++) expect(parseChineseNumeral(toChineseNumeral(n))).toBe(n);
  });
  it('writes section numbers as a reader expects', () => {
    expect([1, 10, 11, 20, 35].map(toChineseNumeral)).toEqual(['一', '十', '十一', '二十', '三十五']);
    expect(() => toChineseNumeral(100)).toThrow(RangeError);
  });
  it('reads section numbers strictly', () => {
    expect(['一', '十', '十二', '二十', '两', '九十九'].map(parseChineseNumeral)).toEqual([1, 10, 12, 20, 2, 99]);
    for (const text of ['', '〇', '二三', '一二三', '二〇二三', '十十', '一百', '百', 'a']) {
      expect(parseChineseNumeral(text), text).toBeUndefined();
    }
  });
  it('reads years written digit by digit, and nothing else', () => {
    expect(parseChineseDigits('二〇二三')).toBe(2023);
    expect(parseChineseDigits('二○二三')).toBe(2023);
    expect(parseChineseDigits('二零二四')).toBe(2024);
    expect(parseChineseDigits('十一')).toBeUndefined();
    expect(parseChineseDigits('')).toBeUndefined();
  });
  it('reads the parts of a written date in either form', () => {
    expect(['2023', '05', '十一', '三十一', '二〇二三'].map(parseWrittenNumber)).toEqual([2023, 5, 11, 31, 2023]);
    expect(parseWrittenNumber('十月')).toBeUndefined();
  });
});

describe('dates', () => {
  it('writes real dates as YYYY-MM-DD', () => {
    expect(toIsoDate(2023, 1, 5)).toBe('2023-01-05');
    expect(toIsoDate(2024, 2, 29)).toBe('2024-02-29');
  });
  it.each([
    [2023, 13, 1],
    [2023, 0, 1],
    [2023, 2, 29],
    [2023, 4, 31],
    [2023, 1, 0],
    [23, 1, 1],
  ])('refuses %i-%i-%i', (year, month, day) => {
    expect(toIsoDate(year, month, day)).toBeUndefined();
  });
  it('reads closing date lines in both scripts of numbers', () => {
    expect(readChineseDateLine('2023年12月31日')).toBe('2023-12-31');
    expect(readChineseDateLine('二〇二四年一月十五日')).toBe('2024-01-15');
    expect(readChineseDateLine('二〇二三年二月三十日')).toBeUndefined();
    expect(readChineseDateLine('于2023年12月31日')).toBeUndefined();
  });
  it('reads a date of a metadata table, with a range check', () => {
    expect(readNumericDate('2023-1-5 10:00')).toBe('2023-01-05');
    expect(readNumericDate('2023年12月31日')).toBe('2023-12-31');
    expect(readNumericDate('2023-13-45')).toBeUndefined();
  });
});

describe('section numbers', () => {
  it.each([
    ['一、总体情况', 'chinese-l1', 1, 1, '一、'],
    ['十二、其他', 'chinese-l1', 1, 12, '十二、'],
    ['5、下一步', 'arabic-l1', 1, 5, '5、'],
    ['（二）提升行政决策水平', 'chinese-l2', 2, 2, '（二）'],
    ['( 3 )加强', 'arabic-l2', 2, 3, '( 3 )'],
    ['3.健全机制', 'arabic-l3', 3, 3, '3.'],
    ['3．健全机制', 'arabic-l3', 3, 3, '3．'],
  ])('reads %s', (text, style, level, value, written) => {
    expect(readSectionMarker(text)).toEqual({ style, level, value, written });
  });
  it.each(['一是加强', '2023年以来', '3.5万元', '0.5', '（〇）', '二三、'])('finds no number in %s', (text) => {
    expect(readSectionMarker(text)).toBeUndefined();
  });
  it('gives the number only at its level', () => {
    expect(readSectionNumber('（二）提升', 2)).toBe(2);
    expect(readSectionNumber('（二）提升', 1)).toBeUndefined();
    expect(readSectionNumber('二、提升', 2)).toBeUndefined();
    expect(readSectionNumber('十一、其他', 1)).toBe(11);
    expect(readSectionNumber('4.完善', 3)).toBe(4);
    expect(readSectionNumber('10、顿号', 3)).toBe(10);
    expect(readSectionNumber('13. 阿拉伯数字', 1)).toBe(13);
    expect(readSectionNumber('（4）完善', 3)).toBeUndefined();
  });
  it('strips the number for the part classifier', () => {
    expect(stripSectionNumber('三、存在的问题')).toBe('存在的问题');
    expect(stripSectionNumber('（一） 强化领导')).toBe('强化领导');
    expect(stripSectionNumber('没有编号')).toBe('没有编号');
  });
  it('lets the line splitter see every marker, but not a 1、 before a digit', () => {
    for (const text of ['一、', '（一）', '(1)', '1.', '1、'])
      expect(SECTION_NUMBER_START.test(`${text}加强`)).toBe(true);
    expect(SECTION_NUMBER_START.test('1、2023年')).toBe(false);
    expect(SECTION_NUMBER_START.test('3.5万元')).toBe(false);
  });
});

describe('spaces and Han', () => {
  it('treats every space web pages leave as a space', () => {
    expect(collapseSpaces('\u3000报\u00a0告\u200b 一\u2003二\ufeff')).toBe('报 告 一 二');
    expect(trimSpaces('\u200b\u3000正文 \u00a0')).toBe('正文');
  });
  it('tells Chinese characters apart', () => {
    expect(isHan('镇')).toBe(true);
    expect(isHan('𠀀')).toBe(true);
    expect(isHan('，')).toBe(false);
    expect(hasHan('abc镇')).toBe(true);
    expect(hasHan('abc，')).toBe(false);
    expect(isHanCodeUnit('镇'.charCodeAt(0))).toBe(true);
    expect(countHanCodeUnits('巩留镇，2023年')).toBe(4);
  });
});
