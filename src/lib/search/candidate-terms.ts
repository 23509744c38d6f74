/**
 * Which Pagefind searches are sure to return every report that contains a
 * word. This is what makes exact search complete: candidates come from
 * these searches, and only candidates are checked for the exact string.
 *
 * Facts about Pagefind 1.6 this relies on (checked by the end-to-end tests
 * over the real index):
 * - For Chinese pages it indexes every pair of adjacent Chinese characters
 *   as a word (plus the words of its segmenter).
 * - A search term matches every indexed word that starts with it, and the
 *   pages of several terms are intersected.
 * - The browser splits the query with `Intl.Segmenter` before searching, so a
 *   pair such as 省通 may reach the index as two one-character terms; then
 *   the second character would have to start some indexed word on the page,
 *   which is not guaranteed (it may only ever end a phrase there).
 *
 * So the word's characters are covered by pairs, side by side (法律顾问 →
 * 法律, 顾问; 法律明白人 → 法律, 明白, 白人), each pair becoming one term: the
 * pair itself when the segmenter keeps it whole, otherwise its first
 * character alone (every indexed pair starting with that character matches
 * it). A page containing the word contains every pair, hence is in the
 * result of every term. Pairs side by side rather than every overlapping
 * pair: half the searches and index chunks to download, and candidates that
 * still contain every character of the word in place.
 * A lone Chinese character gives no term: it is not guaranteed to start an
 * indexed word. Letters and digits are Pagefind tokens; they give a term when
 * Chinese characters or the word's ends surround them (so the token cannot
 * be longer on the page, except for a rare longer run of letters or digits
 * right before a word that starts with them).
 */
import { splitRuns } from './text-runs.ts';

/** Tells whether the browser's word segmenter keeps a two-character string as one word. */
export type KeepsTogether = (pair: string) => boolean;

/** Where the pairs covering a run of `length` characters start: 0, 2, 4, … and the last pair (0, 2, 3 for five). */
export function coveringPairStarts(length: number): number[] {
  const starts: number[] = [];
  for (let start = 0; start + 1 < length; start += 2) starts.push(start);
  if (length >= 2 && length % 2 === 1) starts.push(length - 2);
  return starts;
}

/**
 * The Pagefind search terms for one word (in comparable form). Every report
 * containing the word is in the results of each term. An empty list means
 * the word gives no such guarantee: every report is a candidate.
 */
export function candidateTerms(word: string, keepsTogether: KeepsTogether): string[] {
  const runs = splitRuns(word);
  const terms = new Set<string>();
  runs.forEach((run, index) => {
    if (run.kind === 'han') {
      const characters = [...run.text];
      for (const start of coveringPairStarts(characters.length)) {
        const pair = `${characters[start]}${characters[start + 1]}`;
        terms.add(keepsTogether(pair) ? pair : (characters[start] ?? pair));
      }
    } else if (run.kind === 'alphanumeric') {
      const before = runs[index - 1];
      const after = runs[index + 1];
      if ((before === undefined || before.kind === 'han') && (after === undefined || after.kind === 'han')) {
        terms.add(run.text.toLowerCase());
      }
    }
  });
  // A one-character term is implied by any pair term that starts with it.
  const all = [...terms];
  return all.filter((term) => [...term].length > 1 || !all.some((other) => other !== term && other.startsWith(term)));
}

/** The terms for all words of a query, without duplicates. */
export function queryCandidateTerms(words: readonly string[], keepsTogether: KeepsTogether): string[] {
  return [...new Set(words.flatMap((word) => candidateTerms(word, keepsTogether)))];
}
