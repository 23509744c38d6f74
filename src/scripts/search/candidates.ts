/**
 * The reports that may contain every word of a query: the intersection of
 * the Pagefind searches of candidate-terms.ts, each of which returns every
 * report containing its word. A superset of the answer, checked afterwards.
 */
import { queryCandidateTerms } from '../../lib/search/candidate-terms.ts';
import type { Pagefind, PagefindResult, PagefindSearchOptions } from './pagefind-client.ts';
import { searchPagefind } from './pagefind-client.ts';

/**
 * Whether the browser's word segmenter keeps a pair of characters as one
 * word: Pagefind splits queries with the same segmenter (Intl.Segmenter for
 * the page language, zh-CN), so this predicts which terms reach the index.
 */
function makeKeepsTogether(): (pair: string) => boolean {
  if (typeof Intl.Segmenter !== 'function') return () => true; // Pagefind does not split queries then either.
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return (pair) => [...segmenter.segment(pair)].length === 1;
}

const keepsTogether = makeKeepsTogether();

/** The candidate reports for the words, in the order Pagefind sorted them. */
export async function findCandidates(
  pagefind: Pagefind,
  words: readonly string[],
  options: PagefindSearchOptions,
): Promise<PagefindResult[]> {
  const terms = queryCandidateTerms(words, keepsTogether);
  if (terms.length === 0) return (await searchPagefind(pagefind, null, options)).results;
  const responses = await Promise.all(terms.map((term) => searchPagefind(pagefind, term, options)));
  const [smallest, ...others] = responses.map((response) => response.results).sort((a, b) => a.length - b.length);
  if (smallest === undefined) return [];
  const otherIds = others.map((results) => new Set(results.map((result) => result.id)));
  return smallest.filter((result) => otherIds.every((ids) => ids.has(result.id)));
}
