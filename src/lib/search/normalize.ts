/**
 * The comparable form of text, shared by the search page (query and report
 * text) and the report page highlighter, so "contains the exact string" means
 * the same thing everywhere.
 *
 * Whitespace is not part of the comparison: the normalizer already removes
 * stray spaces inside Chinese text, and Pagefind's stored text separates
 * words with zero-width spaces. Each character is also NFKC-folded and
 * lower-cased, so a half-width "(一)" typed in a query finds the full-width
 * "（一）" of the text and a compatibility ideograph finds its unified form.
 */

import { SPACE, ZERO_WIDTH } from '../text/spaces.ts';

/** Whitespace and the zero-width characters that editors and Pagefind insert between words. */
const IGNORED = new RegExp(`^[${SPACE}${ZERO_WIDTH}]$`, 'u');

/** Text in comparable form, with a way back to the original. */
export interface NormalizedText {
  /** The comparable form. */
  text: string;
  /**
   * For each UTF-16 unit of `text`, the index in the original string where
   * the character it came from starts.
   */
  origin: number[];
  /** The original string. */
  source: string;
}

/** Folds one character (a code point) to its comparable form; '' for ignored characters. */
export function foldCharacter(character: string): string {
  if (IGNORED.test(character)) return '';
  return character.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Normalizes a text for comparison, keeping track of where each folded unit came from. */
export function normalizeForMatch(source: string): NormalizedText {
  let text = '';
  const origin: number[] = [];
  let index = 0;
  for (const character of source) {
    const folded = foldCharacter(character);
    for (let unit = 0; unit < folded.length; unit++) origin.push(index);
    text += folded;
    index += character.length;
  }
  return { text, origin, source };
}

/** Just the comparable form of a text. */
export function comparable(source: string): string {
  return normalizeForMatch(source).text;
}

/** A range of the original string, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Maps a range of the normalized text back to the original string: from the
 * start of the first character to the end of the last one (so whitespace
 * inside a match is covered, whitespace around it is not).
 */
export function originalRange(normalized: NormalizedText, start: number, end: number): TextRange {
  const first = normalized.origin[start];
  const last = normalized.origin[end - 1];
  if (first === undefined || last === undefined)
    throw new RangeError(`range ${start}–${end} is outside the normalized text`);
  const lastCharacter = String.fromCodePoint(normalized.source.codePointAt(last) ?? 0);
  return { start: first, end: last + lastCharacter.length };
}

/**
 * Every occurrence of `needle` (already in comparable form) in a normalized
 * text, as original-string ranges, left to right and not overlapping.
 */
export function findOccurrences(normalized: NormalizedText, needle: string): TextRange[] {
  const ranges: TextRange[] = [];
  if (needle === '') return ranges;
  let from = 0;
  for (;;) {
    const at = normalized.text.indexOf(needle, from);
    if (at === -1) return ranges;
    ranges.push(originalRange(normalized, at, at + needle.length));
    from = at + needle.length;
  }
}
