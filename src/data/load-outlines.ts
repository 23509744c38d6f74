/**
 * The level-1 sections of every report and the compare pages' layout, read
 * once per build (Astro renders all pages in one process, so the promises
 * are shared) from the HTML the content loader has already rendered: no
 * report is rendered a second time for the compare pages. Only where the
 * sections are is kept; a page reads the HTML of its reports from disk.
 */
import { Buffer } from 'node:buffer';
import { getCollection } from 'astro:content';
import { unreadableReport } from '../lib/build-errors.ts';
import { buildCompareLayout, type CompareLayout } from '../lib/compare/layout.ts';
import { readPartSections, type PartSection } from '../lib/compare/sections.ts';
import { loadCatalog } from './load-catalog.ts';
import { detach } from './detach.ts';
import { readReportContent } from './report-store.ts';

/** A level-1 section of a report, with its size for pagination. */
export interface OutlineSection extends PartSection {
  /** Size of the section's content in bytes of HTML. */
  bytes: number;
}

/** A report's level-1 sections, located in its rendered HTML (read from disk when a page needs it). */
export interface ReportOutline {
  sections: OutlineSection[];
  readHtml: () => string;
}

/**
 * Reads a report's HTML again when a page needs it. Made here, outside the
 * loop that reads every report, so the function holds only the report's
 * address: a closure made inside it would keep that loop's scope, and with it
 * the whole HTML of every report, alive for the rest of the build.
 */
function htmlReader(entry: { id: string; digest?: string | number | undefined; filePath?: string | undefined }) {
  const { id, digest, filePath } = entry;
  return (): string => readReportContent({ id, digest, filePath }).html;
}

let outlines: Promise<Map<string, ReportOutline>> | undefined;
let layout: Promise<CompareLayout<OutlineSection>> | undefined;

/** Every report's outline, by report slug. */
export function loadOutlines(): Promise<Map<string, ReportOutline>> {
  outlines ??= getCollection('reports').then(
    (entries) =>
      new Map(
        entries.map((entry) => {
          const { html, headings } = readReportContent(entry);
          try {
            const sections = readPartSections(html, headings).map((section) => ({
              ...section,
              id: detach(section.id),
              title: detach(section.title),
              bytes: Buffer.byteLength(html.slice(section.start, section.end)),
            }));
            return [entry.id, { sections, readHtml: htmlReader(entry) }] as const;
          } catch (error) {
            throw unreadableReport(entry.id, entry.filePath, error);
          }
        }),
      ),
  );
  return outlines;
}

/** Which report goes on which compare page; shared by the compare pages and the report pages that link to them. */
export function loadCompareLayout(): Promise<CompareLayout<OutlineSection>> {
  layout ??= Promise.all([loadCatalog(), loadOutlines()]).then(([catalog, byReport]) =>
    buildCompareLayout(
      catalog.years,
      (slug) => byReport.get(slug)?.sections ?? [],
      (report) => catalog.provinceOf(report.slug).slug,
    ),
  );
  return layout;
}
