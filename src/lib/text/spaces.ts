/**
 * What counts as a space. JavaScript's `\s` already covers the spaces web
 * pages leave in reports (NBSP, the ideographic space U+3000, the en and em
 * spaces, U+FEFF); the zero-width space U+200B is added, because pages put
 * it between words as well. Search also ignores the zero-width joiners and
 * the word joiner, which Pagefind and editors insert.
 */

/** The characters of a space, for use inside a regex character class: `[${SPACE}]`. */
export const SPACE = '\\s\\u200b';

/** Invisible characters that carry no text (zero-width space, joiners, word joiner, BOM), for a character class. */
export const ZERO_WIDTH = '\\u200b-\\u200d\\u2060\\ufeff';

/** A run of spaces, global: for `replace` and `matchAll`. */
export const SPACE_RUN = /* @__PURE__ */ new RegExp(`[${SPACE}]+`, 'gu');

const SPACES_AT_ENDS = /* @__PURE__ */ new RegExp(`^[${SPACE}]+|[${SPACE}]+$`, 'gu');

/** Every run of spaces as one ASCII space, with none at either end. */
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUN, ' ').trim();
}

/** The text without spaces at either end (the zero-width space included, unlike `trim`). */
export function trimSpaces(text: string): string {
  return text.replace(SPACES_AT_ENDS, '');
}
