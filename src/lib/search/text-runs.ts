/**
 * Splitting a word into runs of Chinese characters, of letters and digits,
 * and of anything else, because Pagefind indexes each kind differently:
 * Chinese as overlapping character pairs, letters and digits as whole
 * tokens, punctuation not at all.
 */

/** What a run is made of. */
export type RunKind = 'han' | 'alphanumeric' | 'other';

/** A maximal stretch of characters of one kind. */
export interface TextRun {
  kind: RunKind;
  text: string;
}

import { isHan } from '../text/han.ts';

const ALPHANUMERIC = /^[\p{L}\p{N}]$/u;

/** The kind of one character (a code point). */
export function kindOf(character: string): RunKind {
  if (isHan(character)) return 'han';
  if (ALPHANUMERIC.test(character)) return 'alphanumeric';
  return 'other';
}

/** Splits a text into runs, in order; '' gives no runs. */
export function splitRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  for (const character of text) {
    const kind = kindOf(character);
    const last = runs.at(-1);
    if (last !== undefined && last.kind === kind) last.text += character;
    else runs.push({ kind, text: character });
  }
  return runs;
}
