/**
 * What pages show of a report's shared passages: each passage as written,
 * with where else it occurs, the longest first.
 */
import type { ReportPassages } from './index.ts';
import type { NormalizedReport } from './normalize.ts';
import { passageText } from './text.ts';

export interface PassageView {
  block: string;
  text: string;
  /** Normalized length (letters and digits). */
  length: number;
  /** Reports holding its most repeated 15 characters. */
  reach: number;
  /** Reports found holding the passage, or the part of it from `from` to `to` (offsets in its letters and digits). */
  elsewhere: { slug: string; block: string; label: string; from: number; to: number; whole: boolean }[];
}

/** The passages of a report, longest first (then in reading order), at most `limit`. */
export function viewPassages(
  passages: ReportPassages,
  normalized: NormalizedReport,
  label: (slug: string) => string,
  limit = Infinity,
): PassageView[] {
  return [...passages.passages]
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
    .slice(0, limit)
    .map((passage) => ({
      ...passageText(normalized, passage.start, passage.end),
      length: passage.end - passage.start,
      reach: passage.reach,
      elsewhere: passage.matches.map((match) => ({
        slug: match.slug,
        block: match.block,
        label: label(match.slug),
        from: match.from,
        to: match.to,
        whole: match.from === 0 && match.to === passage.end - passage.start,
      })),
    }));
}

/** The share of a report's text in shared passages, as a whole percentage (never 0 % when some is shared). */
export function sharedPercent(passages: Pick<ReportPassages, 'length' | 'shared'>): number {
  if (passages.length === 0 || passages.shared === 0) return 0;
  return Math.max(1, Math.round((passages.shared / passages.length) * 100));
}
