/**
 * A report's text by canonical part, sentence by sentence with the block each
 * sentence is in, from its rendered HTML and its level-1 sections (see
 * compare/sections.ts): the input of the year-over-year view.
 */
import { readTextBlocks } from '../figures/blocks.ts';
import type { PartSection } from '../compare/sections.ts';
import { PARTS, type Part } from '../parts.ts';
import { diffSentences, splitSentences, type ChangeRow } from './diff.ts';

export interface Sentence {
  text: string;
  block: string;
}

/** The sentences of each part of a report (parts it does not have are left out), headings included. */
export function sentencesByPart(html: string, sections: readonly PartSection[]): Map<Part, Sentence[]> {
  const byPart = new Map<Part, Sentence[]>();
  for (const section of sections) {
    const sentences = byPart.get(section.part) ?? [];
    sentences.push({ text: section.title, block: section.id });
    for (const block of readTextBlocks(html.slice(section.start, section.end)))
      for (const text of splitSentences(block.text)) sentences.push({ text, block: block.id });
    byPart.set(section.part, sentences);
  }
  return byPart;
}

/** A row of the side-by-side view with the blocks its sentences are in. */
export interface PartRow extends ChangeRow {
  beforeBlock?: string;
  afterBlock?: string;
}

export interface PartComparison {
  part: Part;
  rows: PartRow[];
}

/** Every part either report has, in the outline's order, compared sentence by sentence. */
export function compareParts(before: Map<Part, Sentence[]>, after: Map<Part, Sentence[]>): PartComparison[] {
  return PARTS.flatMap((part) => {
    const earlier = before.get(part) ?? [];
    const later = after.get(part) ?? [];
    if (earlier.length === 0 && later.length === 0) return [];
    let b = 0;
    let a = 0;
    const rows = diffSentences(
      earlier.map((s) => s.text),
      later.map((s) => s.text),
    ).map((row): PartRow => {
      const withBlocks: PartRow = { ...row };
      if (row.before !== undefined) withBlocks.beforeBlock = earlier[b++]!.block;
      if (row.after !== undefined) withBlocks.afterBlock = later[a++]!.block;
      return withBlocks;
    });
    return [{ part, rows }];
  });
}
