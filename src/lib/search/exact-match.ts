/**
 * Deciding whether a report contains every word of a query, exactly, and
 * which of its sections is the best place to send the reader.
 *
 * A report is a list of text blocks in reading order: its title, then each
 * heading and paragraph (on the site, every heading and paragraph of the
 * report text has an id; Pagefind hands them back as "anchors"). A word is
 * looked for inside one block at a time, so a match never runs from the end
 * of one paragraph into the next.
 */
import { findOccurrences, normalizeForMatch } from './search-text.ts';
import type { TextRange } from './search-text.ts';

/** One heading or paragraph of a report. */
export interface ReportBlock {
  /** The text as displayed. */
  text: string;
  /** The element's id ("s1-2", "s1-2-p3"); undefined for the report title. */
  id: string | undefined;
  /** Whether the block is a section heading (h2–h6); a heading starts a section. */
  heading: boolean;
  /** How much an occurrence here counts for relevance (rank.ts); 1 when absent. */
  weight?: number;
}

/** Where in a report the reader is sent, and what to show them. */
export interface BestSection {
  /** The fragment to link to: the section heading's id, or the paragraph's before the first heading; undefined for the title. */
  target: string | undefined;
  /** The section heading's text; undefined for the title and the paragraphs before the first heading. */
  heading: string | undefined;
  /** The block the excerpt comes from: the section's block with the most distinct words (the first of equals, a paragraph before a heading). */
  block: ReportBlock;
  /** Where the words occur in that block's text, in order, not overlapping. */
  ranges: TextRange[];
}

/** The outcome of matching one report. */
export interface ReportMatch {
  /** Whether every word occurs in the report. */
  complete: boolean;
  /** Occurrences of each word in the whole report, in the order of the words. */
  counts: number[];
  /** The best section; undefined when no word occurs at all. */
  best: BestSection | undefined;
  /** Relevance: occurrences, each counted with its block's weight. */
  score: number;
}

interface SectionScore {
  order: number;
  target: string | undefined;
  heading: string | undefined;
  wordsFound: Set<number>;
  wordsInHeading: number;
  occurrences: number;
  firstHit: { block: ReportBlock; ranges: TextRange[]; words: number } | undefined;
}

/** Sorts ranges and merges those that overlap, so each character is marked once. */
export function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** Finds every word (in comparable form) in one text, as merged ranges of that text. */
export function highlightRanges(text: string, words: readonly string[]): TextRange[] {
  const normalized = normalizeForMatch(text);
  return mergeRanges(words.flatMap((word) => findOccurrences(normalized, word)));
}

/**
 * Better first: more distinct words, then a place in the text rather than
 * the title (the reader came for the text; the title is on the page anyway),
 * then more words in the heading itself, then more occurrences, then earlier
 * in the report.
 */
function compareSections(a: SectionScore, b: SectionScore): number {
  const inTitle = (section: SectionScore): number => (section.order === 0 && section.target === undefined ? 1 : 0);
  return (
    b.wordsFound.size - a.wordsFound.size ||
    inTitle(a) - inTitle(b) ||
    b.wordsInHeading - a.wordsInHeading ||
    b.occurrences - a.occurrences ||
    a.order - b.order
  );
}

/** Matches a report's blocks against the words of a query (in comparable form). */
export function matchReport(blocks: readonly ReportBlock[], words: readonly string[]): ReportMatch {
  const counts = words.map(() => 0);
  let score = 0;
  const sections: SectionScore[] = [];
  let current: SectionScore | undefined;
  let seenHeading = false;
  blocks.forEach((block, order) => {
    const startsSection = block.heading || block.id === undefined || !seenHeading;
    if (block.heading) seenHeading = true;
    if (startsSection || current === undefined) {
      current = {
        order,
        target: block.id,
        heading: block.heading ? block.text : undefined,
        wordsFound: new Set(),
        wordsInHeading: 0,
        occurrences: 0,
        firstHit: undefined,
      };
      sections.push(current);
    }
    const normalized = normalizeForMatch(block.text);
    const ranges: TextRange[] = [];
    let wordsInBlock = 0;
    words.forEach((word, index) => {
      const found = findOccurrences(normalized, word);
      if (found.length === 0 || current === undefined) return;
      counts[index] = (counts[index] ?? 0) + found.length;
      score += found.length * (block.weight ?? 1);
      current.wordsFound.add(index);
      current.occurrences += found.length;
      if (block.heading) current.wordsInHeading += 1;
      wordsInBlock += 1;
      ranges.push(...found);
    });
    const hit = current.firstHit;
    // A paragraph makes a better excerpt than a heading with the same words: the heading is shown anyway.
    if (
      wordsInBlock > (hit?.words ?? 0) ||
      (wordsInBlock > 0 && wordsInBlock === hit?.words && hit.block.heading && !block.heading)
    ) {
      current.firstHit = { block, ranges: mergeRanges(ranges), words: wordsInBlock };
    }
  });
  const best = sections.filter((section) => section.firstHit !== undefined).sort(compareSections)[0];
  return {
    complete: words.length > 0 && counts.every((count) => count > 0),
    counts,
    score,
    best:
      best?.firstHit === undefined
        ? undefined
        : { target: best.target, heading: best.heading, block: best.firstHit.block, ranges: best.firstHit.ranges },
  };
}
