/**
 * Shared passages across the archive: reports are added one at a time (only
 * their normalized text and block starts are kept), their winnowed
 * fingerprints go into an index of how many reports hold each fingerprint and
 * the first few that do; then each report's passages are found by extending
 * each fingerprint it shares, character by character, against the reports
 * that hold it, to the longest stretch both texts have in common. Time and
 * memory grow with the archive's text, not with the number of pairs of
 * reports: a fingerprint held by thousands of reports is compared with its
 * first few only.
 */
import type { TextBlock } from '../figures/extract.ts';
import { BLOCK_BREAK, normalizeBlocks } from './normalize.ts';
import { winnow } from './winnow.ts';

export interface PassageOptions {
  /** Length of the hashed k-grams. */
  k: number;
  /** Winnowing window: with k, every shared stretch of window + k − 1 characters is found. */
  window: number;
  /** Shortest passage reported, in normalized characters. */
  minLength: number;
  /** How many reports holding a fingerprint are kept to compare with. */
  sample: number;
}

export const PASSAGE_DEFAULTS: PassageOptions = { k: 15, window: 16, minLength: 30, sample: 6 };

interface IndexedReport {
  slug: string;
  codes: Uint16Array;
  /** Normalized position where each block starts. */
  blockStarts: Uint32Array;
  blockIds: string[];
}

interface SharedEntry {
  /** Reports holding the fingerprint. */
  reports: number;
  /** The first `sample` of them: report index × 2^24 + position. */
  postings: number[];
}

const POSITION_SPACE = 2 ** 24;

/** Where a passage of one report also occurs in another. */
export interface PassageMatch {
  slug: string;
  /** Id of the block of the other report where the shared stretch starts. */
  block: string;
  /** Normalized position of the shared stretch in the other report. */
  start: number;
  end: number;
  /** The stretch of the passage the other report holds, as offsets into the passage (0 to its length). */
  from: number;
  to: number;
}

/** A stretch of a report's normalized text that other reports also have. */
export interface SharedPassage {
  /** Normalized positions in the report, [start, end). */
  start: number;
  end: number;
  /** Reports found holding it (or a part of it of at least minLength), at most `sample` per fingerprint. */
  matches: PassageMatch[];
  /** The most reports any of its fingerprints is held by (the passage's reach, counted by its most repeated 15 characters). */
  reach: number;
}

export interface ReportPassages {
  slug: string;
  passages: SharedPassage[];
  /** Normalized characters of the report, and how many of them are in shared passages. */
  length: number;
  shared: number;
}

/** A passage that many reports repeat, for the archive-wide list. */
export interface ReusedPassage {
  /** Reports holding its most repeated fingerprint. */
  reach: number;
  /** The report it is shown from, with its normalized span. */
  slug: string;
  start: number;
  end: number;
  /** A few reports that hold it. */
  examples: PassageMatch[];
}

export class PassageIndex {
  readonly options: PassageOptions;
  private readonly reports: IndexedReport[] = [];
  private readonly bySlug = new Map<string, number>();
  /** Fingerprints held by one report so far: hash → posting. */
  private readonly single = new Map<number, number>();
  /** Fingerprints held by two reports or more. */
  private readonly shared = new Map<number, SharedEntry>();

  constructor(options: Partial<PassageOptions> = {}) {
    this.options = { ...PASSAGE_DEFAULTS, ...options };
    if (this.options.window + this.options.k - 1 > this.options.minLength)
      throw new RangeError('window + k − 1 must not exceed minLength, or shared passages of minLength may be missed');
  }

  get size(): number {
    return this.reports.length;
  }

  /** Add a report's blocks; returns its index. */
  add(slug: string, blocks: readonly TextBlock[]): number {
    if (this.bySlug.has(slug)) throw new Error(`report "${slug}" added twice to the passage index`);
    const index = this.reports.length;
    const normalized = normalizeBlocks(blocks);
    // Blocks with no letters or digits start where the next one does (the text's end for the last).
    const blockStarts = new Uint32Array(blocks.length).fill(normalized.codes.length);
    for (let i = 0, b = 0; i < normalized.codes.length && b < blocks.length; i++) {
      while (b < blocks.length && normalized.blockOf[i]! >= b) blockStarts[b++] = i;
    }
    this.reports.push({ slug, codes: normalized.codes, blockStarts, blockIds: blocks.map((block) => block.id) });
    this.bySlug.set(slug, index);
    const seen = new Set<number>();
    for (const { hash, position } of winnow(normalized.codes, this.options.k, this.options.window)) {
      if (position >= POSITION_SPACE) break;
      const posting = index * POSITION_SPACE + position;
      if (seen.has(hash)) continue;
      seen.add(hash);
      const entry = this.shared.get(hash);
      if (entry !== undefined) {
        entry.reports += 1;
        if (entry.postings.length < this.options.sample) entry.postings.push(posting);
        continue;
      }
      const first = this.single.get(hash);
      if (first === undefined) this.single.set(hash, posting);
      else {
        this.single.delete(hash);
        this.shared.set(hash, { reports: 2, postings: [first, posting] });
      }
    }
    return index;
  }

  private blockAt(report: IndexedReport, position: number): string {
    let low = 0;
    let high = report.blockStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (report.blockStarts[mid]! <= position) low = mid;
      else high = mid - 1;
    }
    return report.blockIds[low] ?? '';
  }

  /** The longest common stretch of a at p and b at q around an equal k-gram, or undefined if the k-grams differ. */
  private extend(a: Uint16Array, p: number, b: Uint16Array, q: number): [number, number, number] | undefined {
    const { k } = this.options;
    for (let i = 0; i < k; i++) if (a[p + i] !== b[q + i]) return undefined;
    let left = 0;
    while (p - left > 0 && q - left > 0 && a[p - left - 1] === b[q - left - 1] && a[p - left - 1] !== BLOCK_BREAK)
      left += 1;
    let right = k;
    while (
      p + right < a.length &&
      q + right < b.length &&
      a[p + right] === b[q + right] &&
      a[p + right] !== BLOCK_BREAK
    )
      right += 1;
    return [p - left, p + right, q - left];
  }

  /** The passages of one report that other reports in the index share. */
  passagesOf(slug: string): ReportPassages {
    const index = this.bySlug.get(slug);
    if (index === undefined) throw new Error(`report "${slug}" is not in the passage index`);
    const report = this.reports[index]!;
    const { k, window, minLength } = this.options;
    // Stretches found, per partner report: [start, end, partner start], to skip fingerprints already inside one.
    const found = new Map<number, [number, number, number][]>();
    const spans: { start: number; end: number; partner: number; partnerStart: number; reach: number }[] = [];
    for (const { hash, position } of winnow(report.codes, k, window)) {
      const entry = this.shared.get(hash);
      if (entry === undefined) continue;
      for (const posting of entry.postings) {
        const partner = Math.floor(posting / POSITION_SPACE);
        if (partner === index) continue;
        const q = posting % POSITION_SPACE;
        const known = found.get(partner);
        if (known?.some(([s, e, ps]) => position >= s && position + k <= e && q - ps === position - s)) continue;
        const stretch = this.extend(report.codes, position, this.reports[partner]!.codes, q);
        if (stretch === undefined) continue;
        const [start, end, partnerStart] = stretch;
        if (known) known.push(stretch);
        else found.set(partner, [stretch]);
        if (end - start >= minLength) spans.push({ start, end, partner, partnerStart, reach: entry.reports });
      }
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);
    const passages: SharedPassage[] = [];
    for (const span of spans) {
      const partner = this.reports[span.partner]!;
      const last = passages.at(-1);
      const merged = last !== undefined && span.start < last.end;
      const base = merged ? last.start : span.start;
      const match: PassageMatch = {
        slug: partner.slug,
        block: this.blockAt(partner, span.partnerStart),
        start: span.partnerStart,
        end: span.partnerStart + (span.end - span.start),
        from: span.start - base,
        to: span.end - base,
      };
      if (merged) {
        last.end = Math.max(last.end, span.end);
        last.reach = Math.max(last.reach, span.reach);
        if (!last.matches.some((m) => m.slug === match.slug)) last.matches.push(match);
      } else passages.push({ start: span.start, end: span.end, matches: [match], reach: span.reach });
    }
    const shared = passages.reduce((sum, passage) => sum + passage.end - passage.start, 0);
    let length = 0;
    for (const code of report.codes) if (code !== BLOCK_BREAK) length += 1;
    return { slug, passages, length, shared };
  }

  /**
   * The passages held by the most reports: the fingerprints with the widest
   * reach, each extended between the first two reports holding it; one entry
   * per stretch of text.
   */
  mostReused(limit: number): ReusedPassage[] {
    const ranked = [...this.shared.entries()].sort((a, b) => b[1].reports - a[1].reports || a[0] - b[0]);
    const result: ReusedPassage[] = [];
    const taken = new Map<number, [number, number][]>();
    const texts = new Set<string>();
    for (const [, entry] of ranked) {
      if (result.length >= limit) break;
      const [first, second] = entry.postings;
      if (first === undefined || second === undefined) continue;
      const r0 = Math.floor(first / POSITION_SPACE);
      const p0 = first % POSITION_SPACE;
      if (taken.get(r0)?.some(([s, e]) => p0 >= s && p0 < e)) continue;
      const r1 = Math.floor(second / POSITION_SPACE);
      const stretch = this.extend(this.reports[r0]!.codes, p0, this.reports[r1]!.codes, second % POSITION_SPACE);
      if (stretch === undefined) continue;
      const [start, end] = stretch;
      const list = taken.get(r0);
      if (list) list.push([start, end]);
      else taken.set(r0, [[start, end]]);
      if (end - start < this.options.minLength) continue;
      const text = String.fromCharCode(...this.reports[r0]!.codes.subarray(start, end));
      if (texts.has(text)) continue;
      texts.add(text);
      const examples = entry.postings.map((posting) => {
        const report = this.reports[Math.floor(posting / POSITION_SPACE)]!;
        const position = posting % POSITION_SPACE;
        return {
          slug: report.slug,
          block: this.blockAt(report, position),
          start: position,
          end: position + this.options.k,
          // Each example holds the fingerprint at least: the k characters at the same place in the passage.
          from: p0 - start,
          to: p0 - start + this.options.k,
        };
      });
      result.push({ reach: entry.reports, slug: this.reports[r0]!.slug, start, end, examples });
    }
    return result;
  }
}
