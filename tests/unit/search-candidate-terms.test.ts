/**
 * Candidate terms: under a model of what Pagefind indexes for Chinese (every
 * pair of adjacent Chinese characters, and letter/digit tokens), every term of
 * a word matches some indexed word of every text containing that word.
 */
import { describe, expect, it } from 'vitest';
import { candidateTerms, coveringPairStarts, queryCandidateTerms } from '../../src/lib/search/candidate-terms.ts';
import { splitRuns } from '../../src/lib/search/text-runs.ts';
import { comparable } from '../../src/lib/search/normalize.ts';

const keepAll = (): boolean => true;
const splitAll = (): boolean => false;

/** The words Pagefind 1.6 is known to index for a Chinese text, at least. */
function modelIndexedWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const run of splitRuns(comparable(text))) {
    if (run.kind === 'han') {
      const characters = [...run.text];
      for (let i = 0; i + 1 < characters.length; i++) words.add(`${characters[i]}${characters[i + 1]}`);
    } else if (run.kind === 'alphanumeric') {
      words.add(run.text);
    }
  }
  return words;
}

describe('candidateTerms', () => {
  it('covers the word with pairs side by side', () => {
    expect(coveringPairStarts(2)).toEqual([0]);
    expect(coveringPairStarts(4)).toEqual([0, 2]);
    expect(coveringPairStarts(5)).toEqual([0, 2, 3]);
    expect(candidateTerms('法律顾问', keepAll)).toEqual(['法律', '顾问']);
    expect(candidateTerms('法律明白人', keepAll)).toEqual(['法律', '明白', '白人']);
  });

  it('uses the first character of a pair the segmenter would split', () => {
    expect(candidateTerms('跨省通办', (pair) => pair !== '通办')).toEqual(['跨省', '通']);
    expect(candidateTerms('跨省通办', splitAll)).toEqual(['跨', '通']);
  });

  it('drops a one-character term implied by a pair term that starts with it', () => {
    expect(candidateTerms('纠纷纠正', (pair) => pair !== '纠正')).toEqual(['纠纷']);
  });

  it('gives no term for a lone Chinese character', () => {
    expect(candidateTerms('镇', keepAll)).toEqual([]);
    expect(candidateTerms('（一）', keepAll)).toEqual([]);
  });

  it('uses letter and digit tokens between Chinese characters or at the ends of the word', () => {
    expect(candidateTerms('2023年度', keepAll)).toEqual(['2023', '年度']);
    expect(candidateTerms('12345热线', keepAll)).toEqual(['12345', '热线']);
    expect(candidateTerms('abc', keepAll)).toEqual(['abc']);
    // Pagefind joins 6·26 into one token, so neither part is a safe term.
    expect(candidateTerms('6·26', keepAll)).toEqual([]);
  });

  it('merges the terms of several words', () => {
    expect(queryCandidateTerms(['法律顾问', '顾问'], keepAll)).toEqual(['法律', '顾问']);
  });

  it('never excludes a text that contains the word (model check over every substring of a report sentence that cuts no letter/digit token)', () => {
    const text =
      '挂牌成立老厂乡社会综合治理服务中心和老厂乡一站式矛盾纠纷调处中心，截至2023年底共受理12345热线交办件34件';
    const indexed = [...modelIndexedWords(text)];
    const characters = [...text];
    for (const keepsTogether of [keepAll, splitAll, (pair: string) => pair.charCodeAt(0) % 2 === 0]) {
      for (let start = 0; start < characters.length; start++) {
        for (let end = start + 1; end <= Math.min(characters.length, start + 8); end++) {
          // Letters and digits are whole tokens to Pagefind; a word starting or ending inside one is out of scope.
          const cutsToken = (a: string | undefined, b: string | undefined): boolean =>
            a !== undefined &&
            b !== undefined &&
            /[\p{L}\p{N}]/u.test(a) &&
            /[\p{L}\p{N}]/u.test(b) &&
            !/\p{Script=Han}/u.test(a + b);
          if (cutsToken(characters[start - 1], characters[start]) || cutsToken(characters[end - 1], characters[end]))
            continue;
          const word = comparable(characters.slice(start, end).join(''));
          for (const term of candidateTerms(word, keepsTogether)) {
            expect(
              indexed.some((w) => w.startsWith(term)),
              `term ${term} of ${word}`,
            ).toBe(true);
          }
        }
      }
    }
  });
});
