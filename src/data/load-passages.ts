/**
 * The archive's shared passages, computed once per build: every report's
 * blocks are read from the HTML the content loader rendered (from disk) and
 * added to one PassageIndex, report by report; each page then asks for the
 * passages of its report (computed on first request and kept on disk).
 */
import { getCollection } from 'astro:content';
import { readTextBlocks } from '../lib/figures/blocks.ts';
import type { TextBlock } from '../lib/figures/extract.ts';
import { PassageIndex, type ReportPassages } from '../lib/passages/index.ts';
import { normalizeBlocks, type NormalizedReport } from '../lib/passages/normalize.ts';
import { diskMemo } from './disk-memo.ts';
import { readReportContent } from './report-store.ts';

export interface ArchivePassages {
  index: PassageIndex;
  /** The passages of a report (computed once, then read from disk). */
  of: (slug: string) => ReportPassages;
  /** A report's blocks, normalized, to show passages as written. */
  normalized: (slug: string) => NormalizedReport;
  /** Place and year of a report, to name where a passage also occurs. */
  label: (slug: string) => string;
}

/** How many shared passages a report page lists itself; all are on the report's passages page. */
export const PASSAGES_ON_REPORT_PAGE = 1;

let archive: Promise<ArchivePassages> | undefined;

export function loadPassages(): Promise<ArchivePassages> {
  archive ??= getCollection('reports').then((entries) => {
    const index = new PassageIndex();
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const labels = new Map<string, string>();
    for (const entry of entries) {
      labels.set(entry.id, `${entry.data.place}${entry.data.year}年`);
      index.add(entry.id, readTextBlocks(readReportContent(entry).html));
    }
    // Computed once per report (the passages page's paths ask for every report first) and kept on disk.
    const passages = diskMemo<ReportPassages>('report-passages');
    const blocksOf = (slug: string): TextBlock[] => {
      const entry = byId.get(slug);
      if (entry === undefined) throw new Error(`Report "${slug}" is not in the collection`);
      return readTextBlocks(readReportContent(entry).html);
    };
    return {
      index,
      of: (slug) => passages.get(slug, () => index.passagesOf(slug)),
      normalized: (slug) => normalizeBlocks(blocksOf(slug)),
      label: (slug) => labels.get(slug) ?? slug,
    };
  });
  return archive;
}
