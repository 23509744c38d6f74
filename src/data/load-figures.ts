/**
 * Every report's figures, extracted once per build from the HTML the content
 * loader has already rendered (read one report at a time) and kept on disk;
 * in memory stay only what the archive-wide pages need: each report's count
 * and the families' summaries (Astro renders all pages in one process, so the
 * promise is shared by the report pages, the figure pages and the CSV).
 */
import { getCollection } from 'astro:content';
import { notInCatalog } from '../lib/build-errors.ts';
import { readTextBlocks } from '../lib/figures/blocks.ts';
import { FIGURE_DOTS_UP_TO } from '../lib/figures/chart.ts';
import { extractFigures } from '../lib/figures/extract.ts';
import { FamilyGrouping, type FamilyFigures, type PlacedFigure } from '../lib/figures/summary.ts';
import { diskMemo } from './disk-memo.ts';
import { loadCatalog } from './load-catalog.ts';
import { readReportContent } from './report-store.ts';

export interface ArchiveFigures {
  /** A report's figures, in reading order (read from disk). */
  of: (slug: string) => PlacedFigure[];
  /** How many figures each report has, by slug; every report has an entry (maybe 0). */
  counts: Map<string, number>;
  /** Figures of the whole archive. */
  total: number;
  /** Every family with at least one figure, each with the figures its page lists. */
  families: FamilyFigures[];
}

/** How many figures a report page lists itself; the rest are on the report's figures page. */
export const FIGURES_ON_REPORT_PAGE = 4;

/** How many figures a family's page lists; the rest are in the CSV. */
export const FIGURES_ON_FAMILY_PAGE = 200;

let figures: Promise<ArchiveFigures> | undefined;

export function loadFigures(): Promise<ArchiveFigures> {
  figures ??= Promise.all([getCollection('reports'), loadCatalog()]).then(([entries, catalog]) => {
    const stored = diskMemo<PlacedFigure[]>('report-figures');
    const of = (slug: string): PlacedFigure[] =>
      stored.get(slug, () => {
        throw notInCatalog('figures', slug);
      });
    const reports = new Map(catalog.reports.map((report) => [report.slug, report]));
    const counts = new Map<string, number>();
    const grouping = new FamilyGrouping();
    let total = 0;
    for (const entry of entries) {
      const report = reports.get(entry.id);
      if (report === undefined) throw notInCatalog('catalog entry', entry.id);
      const { year, place, province } = report;
      const placed = stored.get(entry.id, () =>
        extractFigures(entry.id, readTextBlocks(readReportContent(entry).html)).map((figure) => ({
          ...figure,
          year,
          place,
          province,
        })),
      );
      counts.set(entry.id, placed.length);
      total += placed.length;
      grouping.add(report, placed);
    }
    const families = grouping.families((ref) => of(ref.report)[ref.index]!, {
      listed: FIGURES_ON_FAMILY_PAGE,
      sparseUpTo: FIGURE_DOTS_UP_TO,
    });
    return { of, counts, total, families };
  });
  return figures;
}
