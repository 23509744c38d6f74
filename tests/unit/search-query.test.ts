/** Reading a query: words split at whitespace and sentence ends, quoted parts kept whole, marks dropped, duplicates and contained words dropped. */
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARACTERS, parseQuery } from '../../src/lib/search/search-text.ts';

describe('parseQuery', () => {
  it.each([
    ['法律明白人', ['法律明白人']],
    ['  法律明白人  ', ['法律明白人']],
    ['法律顾问 行政执法', ['法律顾问', '行政执法']],
    ['法律顾问\u3000行政执法', ['法律顾问', '行政执法']],
    ['“法律 明白人”', ['法律明白人']],
    ['"法律 明白人" 枫桥经验', ['法律明白人', '枫桥经验']],
    ['「一站式」', ['一站式']],
    ['纠纷 矛盾纠纷', ['矛盾纠纷']],
    ['法治 法治', ['法治']],
    ['ＡＢＣ abc', ['abc']],
    ['(一)', ['一']],
    ['“八五”普法', ['八五普法']],
    ['《民法典》 宣传', ['民法典', '宣传']],
    ['依法行政。法治', ['依法行政', '法治']],
  ])('%s → %j', (input, words) => {
    expect(parseQuery(input).words).toEqual(words);
  });

  it('treats an unclosed quotation mark as quoting to the end', () => {
    expect(parseQuery('“法律 明白人').words).toEqual(['法律明白人']);
  });

  it('is empty for whitespace and bare quotation marks', () => {
    expect(parseQuery(' \u3000 ').words).toEqual([]);
    expect(parseQuery('“”').words).toEqual([]);
  });

  it(`reads at most ${MAX_QUERY_CHARACTERS} characters`, () => {
    const query = parseQuery('法'.repeat(150));
    expect(query.words[0]).toHaveLength(MAX_QUERY_CHARACTERS);
    expect(query.cut).toBe(true);
    expect(parseQuery('法治').cut).toBe(false);
  });

  it('keeps the words as typed for echoing them', () => {
    expect(parseQuery('LED  “法律 顾问”').typed).toEqual(['LED', '“法律 顾问”']);
    expect(parseQuery('LED').words).toEqual(['led']);
  });
});
