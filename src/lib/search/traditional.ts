/**
 * Whether a query needs converting to simplified characters, decided without
 * downloading the converter and exactly as the normalizer decides it for a
 * line of a report (src/lib/text/simplify.ts, `simplify`): only text with a
 * character that exists only in traditional script (a key of OpenCC's
 * TSCharacters dictionary in the Basic Multilingual Plane) is converted.
 * Everything else, nearly every query, is searched as typed and costs no
 * converter download.
 */
import { decodeCodePoints } from './code-point-set.ts';
import { TRADITIONAL_ONLY_CHARACTERS } from './traditional-characters.generated.ts';

let traditionalOnly: Set<number> | undefined;

/** Whether one character exists only in traditional script. */
export function isTraditionalOnly(character: string): boolean {
  traditionalOnly ??= decodeCodePoints(TRADITIONAL_ONLY_CHARACTERS);
  const codePoint = character.codePointAt(0);
  return codePoint !== undefined && traditionalOnly.has(codePoint);
}

/** Whether the normalizer would convert this text: it has a character that exists only in traditional script. */
export function needsConversion(text: string): boolean {
  for (const character of text) if (isTraditionalOnly(character)) return true;
  return false;
}
