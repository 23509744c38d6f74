/**
 * Every report's figures, extracted once per build from the HTML the content
 * loader has already rendered (read one report at a time) (Astro renders all pages in one process, so
 * the promise is shared by the report pages, the figure pages and the CSV).
 */
import { getCollection } from 'astro:content';
import { notInCatalog } from '../lib/build-errors.ts';
import { loadCatalog } from './load-catalog.ts';
import { detach } from './detach.ts';
import { readReportContent } from './report-store.ts';
import { readTextBlocks } from '../lib/figures/blocks.ts';
import { extractFigures } from '../lib/figures/extract.ts';
import type { PlacedFigure } from '../lib/figures/summary.ts';

let figures: Promise<Map<string, PlacedFigure[]>> | undefined;

/** Figures by report slug, in reading order; every report has an entry (maybe empty). */
export function loadFigures(): Promise<Map<string, PlacedFigure[]>> {
  figures ??= Promise.all([getCollection('reports'), loadCatalog()]).then(([entries, catalog]) => {
    const bySlug = new Map<string, PlacedFigure[]>();
    const reports = new Map(catalog.reports.map((report) => [report.slug, report]));
    for (const entry of entries) {
      const report = reports.get(entry.id);
      if (report === undefined) throw notInCatalog('catalog entry', entry.id);
      const { year, place, province } = report;
      const found = extractFigures(entry.id, readTextBlocks(readReportContent(entry).html));
      bySlug.set(
        entry.id,
        found.map((figure) => ({
          ...figure,
          block: detach(figure.block),
          section: detach(figure.section),
          indicator: detach(figure.indicator),
          unit: detach(figure.unit),
          written: detach(figure.written),
          sentence: detach(figure.sentence),
          year,
          place,
          province,
        })),
      );
    }
    return bySlug;
  });
  return figures;
}

/** How many figures a report page lists itself; the rest are on the report's figures page. */
export const FIGURES_ON_REPORT_PAGE = 4;
