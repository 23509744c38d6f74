/**
 * The text shared passages are found in: a report's blocks with everything
 * but letters and digits taken out (punctuation, spaces, quotes), so that
 * "依法行政，" and "依法行政。" agree. Each normalized character remembers its
 * block and its offset there, to show and link the passage as written.
 */
import type { TextBlock } from '../figures/extract.ts';

/** Between blocks: never part of a passage (a passage stays inside one block). */
export const BLOCK_BREAK = 0;

export interface NormalizedReport {
  /** UTF-16 code units of the normalized text, BLOCK_BREAK between blocks. */
  codes: Uint16Array;
  /** For each position: index of its block in `blocks`. */
  blockOf: Uint32Array;
  /** For each position: offset of the character in its block's text. */
  offsetOf: Uint32Array;
  blocks: readonly TextBlock[];
}

const KEEP = /[\p{L}\p{N}]/u;

/** Normalize a report's blocks (letters and digits only, lower case), keeping the way back to each block. */
export function normalizeBlocks(blocks: readonly TextBlock[]): NormalizedReport {
  const codes: number[] = [];
  const blockOf: number[] = [];
  const offsetOf: number[] = [];
  blocks.forEach((block, index) => {
    if (index > 0) {
      codes.push(BLOCK_BREAK);
      blockOf.push(index);
      offsetOf.push(0);
    }
    const { text } = block;
    for (let i = 0; i < text.length; i++) {
      const character = text[i]!;
      // Characters beyond the BMP (rare in reports) count as one code unit each half; they still match themselves.
      if (!KEEP.test(character) && !(character >= '\uD800' && character <= '\uDFFF')) continue;
      codes.push(character.toLowerCase().charCodeAt(0) || 1);
      blockOf.push(index);
      offsetOf.push(i);
    }
  });
  return {
    codes: Uint16Array.from(codes),
    blockOf: Uint32Array.from(blockOf),
    offsetOf: Uint32Array.from(offsetOf),
    blocks,
  };
}
