/** Reading a query: words split at whitespace, quoted parts kept whole, duplicates and contained words dropped. */
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_CHARACTERS, isEmptyQuery, parseQuery } from '../../src/lib/search/query.ts';

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
    ['(一)', ['(一)']],
  ])('%s → %j', (input, words) => {
    expect(parseQuery(input).words).toEqual(words);
  });

  it('treats an unclosed quotation mark as quoting to the end', () => {
    expect(parseQuery('“法律 明白人').words).toEqual(['法律明白人']);
  });

  it('is empty for whitespace and bare quotation marks', () => {
    expect(isEmptyQuery(parseQuery(' \u3000 '))).toBe(true);
    expect(isEmptyQuery(parseQuery('“”'))).toBe(true);
  });

  it(`reads at most ${MAX_QUERY_CHARACTERS} characters`, () => {
    expect(parseQuery('法'.repeat(150)).words[0]).toHaveLength(MAX_QUERY_CHARACTERS);
  });
});
