/** Small pure steps of the normalizer, each on its own. */
import { describe, expect, it } from 'vitest';
import { stripChrome } from '../../scripts/lib/normalize/chrome.ts';
import { decodeSource } from '../../scripts/lib/normalize/decode.ts';
import { isPinyinSyllable, removeGlosses } from '../../scripts/lib/normalize/glosses.ts';
import { NormalizeError } from '../../scripts/lib/normalize/problems.ts';
import { newChangeCount, toSourceLines } from '../../scripts/lib/normalize/text-lines.ts';
import { normalizeTypography } from '../../scripts/lib/normalize/typography.ts';
import { verifyNothingLost } from '../../scripts/lib/normalize/verify.ts';

describe('pinyin glosses', () => {
  it('removes glosses and only glosses', () => {
    const tally = newChangeCount();
    expect(removeGlosses('鎮(zhèn)堅(jiān)村(居)（一）(一)LED(LED)號(hao4)', tally)).toBe(
      '鎮堅村(居)（一）(一)LED(LED)號',
    );
    expect(tally.count).toBe(3);
  });
  it('accepts syllables, rejects other Latin words', () => {
    expect(['zhèn', 'jiān', 'lǜ', 'shuang', 'er'].every(isPinyinSyllable)).toBe(true);
    expect(['led', 'abc', 'http', 'xyzq'].some(isPinyinSyllable)).toBe(false);
  });
});

describe('decoding', () => {
  it('reads GB18030 and names it', () => {
    const gbk = new Uint8Array([0xc0, 0xcf, 0xb3, 0xa7, 0xcf, 0xe7]); // 老厂乡
    expect(decodeSource(gbk, 'x.txt')).toMatchObject({ text: '老厂乡', encoding: 'gb18030' });
  });
  it('strips a BOM and unifies CRLF', () => {
    const bytes = new TextEncoder().encode('\ufeff一\r\n二\r\n');
    expect(decodeSource(bytes, 'x.txt')).toEqual({ text: '一\n二\n', encoding: 'utf-8-bom', lineEndings: 'crlf' });
  });
  it('refuses bytes that are neither, naming the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('一\n二\n'), 0xff, 0xff, 0xff]);
    expect(() => decodeSource(bytes, 'bad.txt')).toThrow(/^bad\.txt:3: the bytes are neither UTF-8 nor GB18030/u);
  });
});

describe('typography', () => {
  const run = (text: string) => normalizeTypography(text, { punctuation: newChangeCount(), spaces: 0 });
  it('makes punctuation between Chinese full-width and removes stray spaces', () => {
    expect(run('2023年, 老厂乡:依法行政;村(居)委会 报 告\u3000完成\u00a0了')).toBe(
      '2023年，老厂乡：依法行政；村（居）委会报告完成了',
    );
  });
  it('leaves digits, dates and Latin text alone', () => {
    expect(run('6.86万元 12:30 1,000 COVID 19 2021-2025')).toBe('6.86万元12:30 1,000 COVID 19 2021-2025');
  });
});

describe('chrome', () => {
  it('removes head and tail chrome and keeps its facts, but not chrome words in the text', () => {
    const lines = toSourceLines(
      '您当前的位置:首页 > 公开\n索 引 号 1/2023 发文时间 2023-03-14\n发布机构 某镇政府 文 号\n正文，联系电话见下。\n网站地图\n宁ICP备1号\n|',
    );
    const result = stripChrome(lines);
    expect(result.lines.map((l) => l.text)).toEqual(['正文，联系电话见下。']);
    expect(result.facts).toEqual({ published: '2023-03-14', issuer: '某镇政府', indexNumber: '1/2023' });
    expect(result.junk.map((l) => l.text)).toEqual(['|']);
    expect(result.removed).toHaveLength(5);
  });
});

describe('nothing-lost check', () => {
  const kept = toSourceLines('一、主要工作\n（1）强化领导。');
  it('passes when the output holds the same characters, allowing recorded repairs', () => {
    expect(() =>
      verifyNothingLost(
        'x.txt',
        kept,
        ['## 一、主要工作\n\n### （一）强化领导。'],
        [{ line: 2, from: '（1）', to: '（一）' }],
      ),
    ).not.toThrow();
  });
  it('fails when a character is missing, naming its line', () => {
    expect(() =>
      verifyNothingLost(
        'x.txt',
        kept,
        ['## 一、主要工作\n\n### （一）强化。'],
        [{ line: 2, from: '（1）', to: '（一）' }],
      ),
    ).toThrow(NormalizeError);
    expect(() =>
      verifyNothingLost(
        'x.txt',
        kept,
        ['## 一、主要工作\n\n### （一）强化。'],
        [{ line: 2, from: '（1）', to: '（一）' }],
      ),
    ).toThrow(/^x\.txt:2: normalization lost/u);
  });
  it('fails when characters were added or reordered', () => {
    expect(() => verifyNothingLost('x.txt', kept, ['## 一、主要工作\n\n### （一）强化领导。'], [])).toThrow(
      /added|lost/u,
    );
    expect(() => verifyNothingLost('x.txt', kept, ['## 一、工作主要\n\n（1）强化领导。'], [])).toThrow(/lost/u);
  });
});
