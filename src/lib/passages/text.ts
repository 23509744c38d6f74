/**
 * A shared passage as a reader sees it: the block it is in and its text as
 * written (punctuation included), from the normalized positions the index
 * works with.
 */
import type { TextBlock } from '../figures/extract.ts';
import type { NormalizedReport } from './normalize.ts';

export interface PassageText {
  /** Id of the block the passage is in. */
  block: string;
  /** The passage as written, from its first to its last letter or digit. */
  text: string;
}

export function passageText(normalized: NormalizedReport, start: number, end: number): PassageText {
  const block: TextBlock | undefined = normalized.blocks[normalized.blockOf[start] ?? -1];
  if (block === undefined || end <= start) throw new RangeError(`no passage at ${start}–${end}`);
  const from = normalized.offsetOf[start]!;
  const to = normalized.offsetOf[end - 1]! + 1;
  return { block: block.id, text: block.text.slice(from, to) };
}

/** A passage shortened for a list: its first `length` characters, then "…". */
export function shorten(text: string, length: number): string {
  const characters = [...text];
  return characters.length <= length ? text : `${characters.slice(0, length).join('')}…`;
}
