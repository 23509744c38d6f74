/**
 * Winnowing (Schleimer, Wilkerson and Aiken, "Winnowing: local algorithms for
 * document fingerprinting", SIGMOD 2003): hash every k-gram of a text and keep,
 * in each window of `window` consecutive hashes, the smallest (the rightmost
 * when tied), once per run. Any substring two texts share that is at least
 * window + k − 1 characters long then shares at least one kept fingerprint,
 * so with k = 15 and window = 16 every shared passage of 30 characters is
 * found, from about 2 / (window + 1) of the positions.
 */
import { BLOCK_BREAK } from './normalize.ts';

export interface Fingerprint {
  hash: number;
  /** Start of the k-gram in the normalized text. */
  position: number;
}

const BASE = 0x01000193;

/** A 32-bit hash of codes[start, start + k), spread by a final mix so nearby k-grams do not order alike. */
function hashAt(codes: Uint16Array, start: number, k: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < start + k; i++) h = Math.imul(h ^ codes[i]!, BASE);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/**
 * The winnowed fingerprints of a normalized text, in position order. k-grams
 * that cross a block break are not hashed, so a fingerprint never spans two
 * blocks.
 */
export function winnow(codes: Uint16Array, k: number, window: number): Fingerprint[] {
  const count = codes.length - k + 1;
  if (count <= 0) return [];
  // Hash of each k-gram, or -1 where it crosses a block break.
  const hashes = new Float64Array(count);
  let nextBreak = codes.indexOf(BLOCK_BREAK);
  for (let i = 0; i < count; i++) {
    while (nextBreak !== -1 && nextBreak < i) nextBreak = codes.indexOf(BLOCK_BREAK, nextBreak + 1);
    hashes[i] = nextBreak !== -1 && nextBreak < i + k ? -1 : hashAt(codes, i, k);
  }
  const fingerprints: Fingerprint[] = [];
  let lastPicked = -1;
  for (let start = 0; start + window <= Math.max(count, window); start++) {
    const end = Math.min(start + window, count);
    let best = -1;
    for (let i = start; i < end; i++) {
      const h = hashes[i]!;
      if (h < 0) continue;
      if (best === -1 || h <= hashes[best]!) best = i;
    }
    if (best !== -1 && best !== lastPicked) {
      fingerprints.push({ hash: hashes[best]!, position: best });
      lastPicked = best;
    }
    if (end === count) break;
  }
  return fingerprints;
}
