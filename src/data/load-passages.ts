/**
 * The archive's shared passages, computed once per build: every report's
 * blocks are read from the HTML the content loader rendered (from disk) and
 * added to one PassageIndex, report by report; then every report's passages
 * and the archive-wide list are computed and the index is dropped. The index
 * holds every report's normalized text (about 10 KB of heap a report, 1 GB
 * at 100,000), which the pages never need again: each page reads its
 * report's passages back from disk.
 */
import { getCollection } from 'astro:content';
import { readTextBlocks } from '../lib/figures/blocks.ts';
import { PassageIndex, type ReportPassages, type ReusedPassage } from '../lib/passages/index.ts';
import { normalizeBlocks, type NormalizedReport } from '../lib/passages/normalize.ts';
import { diskMemo } from './disk-memo.ts';
import { readReportContent } from './report-store.ts';

export interface ArchivePassages {
  /** How many reports were compared. */
  reports: number;
  /** The passages the most reports repeat, for /passages/ (at most MOST_REUSED_LISTED). */
  mostReused: ReusedPassage[];
  /** The passages of a report (read from disk). */
  of: (slug: string) => ReportPassages;
  /** A report's blocks, normalized, to show passages as written. */
  normalized: (slug: string) => NormalizedReport;
  /** Place and year of a report, to name where a passage also occurs. */
  label: (slug: string) => string;
}

/** How many shared passages a report page lists itself; all are on the report's passages page. */
export const PASSAGES_ON_REPORT_PAGE = 1;

/** How many of the most repeated passages /passages/ lists. */
export const MOST_REUSED_LISTED = 50;

let archive: Promise<ArchivePassages> | undefined;

export function loadPassages(): Promise<ArchivePassages> {
  archive ??= getCollection('reports').then((entries) => {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const labels = new Map(entries.map((entry) => [entry.id, `${entry.data.place}${entry.data.year}年`]));
    const blocksOf = (slug: string) => {
      const entry = byId.get(slug);
      if (entry === undefined) throw new Error(`Report "${slug}" is not in the collection`);
      return readTextBlocks(readReportContent(entry).html);
    };
    const index = new PassageIndex();
    for (const entry of entries) index.add(entry.id, blocksOf(entry.id));
    const passages = diskMemo<ReportPassages>('report-passages');
    for (const entry of entries) passages.get(entry.id, () => index.passagesOf(entry.id));
    const mostReused = index.mostReused(MOST_REUSED_LISTED);
    return {
      reports: index.size,
      mostReused,
      of: (slug) =>
        passages.get(slug, () => {
          throw new Error(`Report "${slug}" is not in the collection, so it has no shared passages`);
        }),
      normalized: (slug) => normalizeBlocks(blocksOf(slug)),
      label: (slug) => labels.get(slug) ?? slug,
    };
  });
  return archive;
}
