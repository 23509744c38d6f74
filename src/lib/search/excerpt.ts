/**
 * A short excerpt around the first match of a block, as plain pieces the
 * page turns into text nodes and <mark> elements (never HTML strings, so
 * report text can never become markup).
 */
import type { TextRange } from './search-text.ts';

/** A piece of an excerpt: plain text, or text to highlight. */
export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

/** How much context to keep, in characters (code points). */
export interface ExcerptOptions {
  /** Characters before the first match. */
  before: number;
  /** Characters in total (the excerpt grows after the first match up to this). */
  length: number;
}

export const DEFAULT_EXCERPT: ExcerptOptions = { before: 30, length: 110 };

const ELLIPSIS = '…';

/** Moves `from` back by up to `count` code points. */
function backBy(text: string, from: number, count: number): number {
  let index = from;
  for (let n = 0; n < count && index > 0; n++) {
    index -= 1;
    const code = text.charCodeAt(index);
    // A low surrogate is the second half of a code point: step over its first half too.
    if (code >= 0xdc00 && code <= 0xdfff && index > 0) index -= 1;
  }
  return index;
}

/** Moves `from` forward by up to `count` code points. */
function forwardBy(text: string, from: number, count: number): number {
  let index = from;
  for (let n = 0; n < count && index < text.length; n++) {
    const codePoint = text.codePointAt(index) ?? 0;
    index += codePoint > 0xffff ? 2 : 1;
  }
  return index;
}

/**
 * Cuts an excerpt of `text` around its first range, marking every range that
 * falls inside it. Ranges must be sorted and not overlap (see mergeRanges).
 */
export function buildExcerpt(
  text: string,
  ranges: readonly TextRange[],
  options: ExcerptOptions = DEFAULT_EXCERPT,
): ExcerptPiece[] {
  const first = ranges[0];
  const start = first === undefined ? 0 : backBy(text, first.start, options.before);
  const end = forwardBy(text, start, options.length);
  const pieces: ExcerptPiece[] = [];
  const push = (piece: string, marked: boolean): void => {
    if (piece !== '') pieces.push({ text: piece, marked });
  };
  let cursor = start;
  for (const range of ranges) {
    if (range.start >= end) break;
    const from = Math.max(range.start, cursor);
    push(text.slice(cursor, from), false);
    push(text.slice(from, Math.min(range.end, end)), true);
    cursor = Math.min(range.end, end);
  }
  push(text.slice(cursor, end), false);
  if (start > 0) pieces.unshift({ text: ELLIPSIS, marked: false });
  if (end < text.length) pieces.push({ text: ELLIPSIS, marked: false });
  return pieces;
}
