/**
 * The one matching normalization of the archive's search, shared by the
 * index build (Node), the search page and the report-page highlighter, so
 * "contains the string" means the same thing everywhere:
 *
 * - each character is NFKC-folded and lower-cased (a half-width "(一)" finds
 *   the full-width "（一）", a compatibility ideograph its unified form);
 * - whitespace, zero-width characters and the marks that sit inside phrases
 *   (“”‘’《》〈〉「」『』（）()【】〔〕·— and the like) are dropped, so 八五普法
 *   finds “八五”普法 and 十四五规划 finds “十四五”规划;
 * - a sentence end (。！？；) becomes a break: a match never crosses it, nor
 *   a paragraph (each block of text is normalized on its own).
 *
 * Report text is already simplified by the normalizer; a query with
 * traditional-only characters is simplified before it is normalized
 * (src/scripts/search/simplify-query.ts), with the normalizer's own settings.
 */

import { SPACE, ZERO_WIDTH } from '../text/spaces.ts';

/** Whitespace and the zero-width characters that editors insert between words. */
const IGNORED_SPACE = new RegExp(`^[${SPACE}${ZERO_WIDTH}]$`, 'u');

/**
 * Marks that sit inside phrases, after NFKC (which folds （） to () and ［］
 * to []): quotation marks, brackets, title marks, middle dots and dashes.
 * The ASCII hyphen stays: it belongs to numbers and codes (2021-2025).
 */
const IN_PHRASE_MARKS = new Set([
  ...'“”‘’"\'「」『』〝〞〟﹁﹂﹃﹄',
  ...'《》〈〉<>⟨⟩',
  ...'()[]【】〔〕〖〗〘〙{}',
  ...'·・•‧∙',
  ...'—–―‒─━',
]);

/** Sentence ends, after NFKC (which folds ！？； to !?;). */
const SENTENCE_ENDS = new Set([...'。!?;']);

/** What a sentence end becomes in the comparable form: a character no query word can contain. */
export const BREAK = '\n';

/** Longer queries are cut here: no phrase in a report heading or sentence needs more. */
export const MAX_QUERY_CHARACTERS = 100;

/** Folds one character (a code point) to its comparable form: '' when dropped, BREAK at a sentence end. */
export function foldCharacter(character: string): string {
  const code = character.charCodeAt(0);
  // Fast path: CJK unified ideographs, digits and lower-case ASCII letters fold to themselves.
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a))
    return character;
  if (IGNORED_SPACE.test(character)) return '';
  let folded = '';
  for (const piece of character.normalize('NFKC').toLowerCase()) {
    if (SENTENCE_ENDS.has(piece)) folded += BREAK;
    else if (!IN_PHRASE_MARKS.has(piece) && !IGNORED_SPACE.test(piece)) folded += piece;
  }
  return folded;
}

/** Text in comparable form, with a way back to the original. */
export interface NormalizedText {
  /** The comparable form. */
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original string where the character it came from starts. */
  origin: number[];
  /** The original string. */
  source: string;
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

/** Just the comparable form of a text (sentence ends as BREAK). */
export function comparable(source: string): string {
  let text = '';
  for (const character of source) text += foldCharacter(character);
  return text;
}

/** A range of the original string, end exclusive. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Maps a range of the normalized text back to the original string: from the
 * start of the first character to the end of the last one (so dropped marks
 * inside a match are covered, those around it are not).
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
 * Every occurrence of `needle` (in comparable form, without BREAK) in a
 * normalized text, as original-string ranges, left to right, not overlapping.
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

/**
 * The index keys of a comparable text: every character and every pair of
 * adjacent characters (code points) that no BREAK separates. A report
 * contains a word of one or two characters exactly when it has that key;
 * a longer word only if it has all of the word's keys (see wordKeys).
 */
export function textKeys(text: string, into: Set<string> = new Set()): Set<string> {
  let previous = '';
  for (const character of text) {
    if (character === BREAK) {
      previous = '';
      continue;
    }
    into.add(character);
    if (previous !== '') into.add(previous + character);
    previous = character;
  }
  return into;
}

/** The keys a report must have to contain a word: the word itself up to two characters, else its pairs. */
export function wordKeys(word: string): string[] {
  const characters = [...word];
  if (characters.length <= 2) return [word];
  const keys = new Set<string>();
  for (let i = 1; i < characters.length; i++) keys.add(`${characters[i - 1]}${characters[i]}`);
  return [...keys];
}

/** Whether the keys of a word decide by themselves that a report contains it (no text check needed). */
export function keysAreExact(word: string): boolean {
  return [...word].length <= 2;
}

/** ASCII, full-width and Chinese quotation marks: spaces between a pair of them do not separate words. */
const QUOTE = /^["＂“”„「」『』]$/u;

/** A query read into words. */
export interface ParsedQuery {
  /**
   * The words in comparable form, in the order typed, without duplicates
   * and without words contained in another word (a report containing 矛盾纠纷
   * already contains 纠纷). A sentence end inside a word splits it.
   */
  words: string[];
  /** The words as typed (not folded), for echoing the query: "LED" stays "LED". */
  typed: string[];
  /** Whether the query was longer than MAX_QUERY_CHARACTERS and was cut there. */
  cut: boolean;
}

/**
 * Splits a query into the words a matching report must contain: words are
 * separated by whitespace, except inside quotation marks (“法律 顾问” is one
 * word, 法律顾问, and so is “八五”普法, 八五普法).
 */
export function parseQuery(input: string): ParsedQuery {
  const characters = [...input];
  const cut = characters.length > MAX_QUERY_CHARACTERS;
  const pieces: string[] = [];
  let quoted = false;
  let current = '';
  for (const character of characters.slice(0, MAX_QUERY_CHARACTERS)) {
    if (QUOTE.test(character)) quoted = !quoted;
    if (!quoted && /\s/u.test(character)) {
      pieces.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  pieces.push(current);
  const folded = pieces.flatMap((piece) => comparable(piece).split(BREAK));
  const unique = [...new Set(folded.filter((word) => word !== ''))];
  const words = unique.filter((word) => !unique.some((other) => other !== word && other.includes(word)));
  const typed = pieces.map((piece) => piece.trim()).filter((piece) => comparable(piece).replaceAll(BREAK, '') !== '');
  return { words, typed, cut };
}
