/**
 * Reading what a reader typed into the words a report must contain.
 *
 * Words are separated by whitespace and all must occur (anywhere in the
 * report); text inside quotation marks is one word even if it has spaces,
 * which normalization then removes, so “法律 明白人” finds 法律明白人.
 */
import { comparable } from './normalize.ts';

/** Longer queries are cut here: no phrase in a report heading or sentence needs more. */
export const MAX_QUERY_CHARACTERS = 100;

/** ASCII, full-width and Chinese quotation marks; each one opens or closes a quoted part. */
const QUOTE = /^["＂“”„「」『』]$/u;

/** A query ready for searching. */
export interface ParsedQuery {
  /**
   * The words in comparable form (see normalize.ts), in the order typed,
   * without duplicates and without words contained in another word (a
   * report containing 矛盾纠纷 already contains 纠纷).
   */
  words: string[];
}

/** Splits a query into the words a matching report must contain. */
export function parseQuery(input: string): ParsedQuery {
  const pieces: string[] = [];
  let quoted = false;
  let current = '';
  const flush = (): void => {
    if (quoted) pieces.push(current);
    else pieces.push(...current.split(/\s+/u));
    current = '';
  };
  for (const character of [...input].slice(0, MAX_QUERY_CHARACTERS)) {
    if (QUOTE.test(character)) {
      flush();
      quoted = !quoted;
    } else {
      current += character;
    }
  }
  flush();
  const unique = [...new Set(pieces.map(comparable).filter((word) => word !== ''))];
  const words = unique.filter((word) => !unique.some((other) => other !== word && other.includes(word)));
  return { words };
}

/** Whether a query has nothing to search for. */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.words.length === 0;
}
