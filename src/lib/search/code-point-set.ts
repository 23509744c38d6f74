/**
 * A compact text encoding of a set of code points, so a set of thousands of
 * characters costs a few kilobytes in the browser bundle instead of a
 * dictionary file: the sorted code points as gaps from the previous one,
 * each gap written in base 32, low digits first, with one alphabet for
 * "more digits follow" and another for the last digit.
 */

const MORE = 'abcdefghijklmnopqrstuvwxyz012345';
const LAST = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ6789+/';

/** Encodes a set of code points (any order, duplicates ignored). */
export function encodeCodePoints(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  let previous = 0;
  let out = '';
  for (const codePoint of sorted) {
    let gap = codePoint - previous;
    previous = codePoint;
    while (gap > 31) {
      out += MORE[gap & 31];
      gap >>>= 5;
    }
    out += LAST[gap];
  }
  return out;
}

/** Decodes {@link encodeCodePoints}' output. Throws on a character outside both alphabets. */
export function decodeCodePoints(encoded: string): Set<number> {
  const codePoints = new Set<number>();
  let previous = 0;
  let gap = 0;
  let shift = 0;
  for (const character of encoded) {
    const more = MORE.indexOf(character);
    if (more !== -1) {
      gap += more * 2 ** shift;
      shift += 5;
      continue;
    }
    const last = LAST.indexOf(character);
    if (last === -1) throw new Error(`invalid character ${JSON.stringify(character)} in an encoded code point set`);
    previous += gap + last * 2 ** shift;
    codePoints.add(previous);
    gap = 0;
    shift = 0;
  }
  return codePoints;
}
