/**
 * The level-1 sections of every report and the compare pages' layout, read
 * once per build (Astro renders all pages in one process, so the promises
 * are shared) from the HTML the content collection has already rendered:
 * no report is parsed or rendered a second time for the compare pages.
 */
import { Buffer } from 'node:buffer';
import { getCollection } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { noRenderedHtml, unreadableReport } from '../lib/build-errors.ts';
import { buildCompareLayout, type CompareLayout } from '../lib/compare/layout.ts';
import { readPartSections, type PartSection } from '../lib/compare/sections.ts';
import { loadCatalog } from './load-catalog.ts';

/** A level-1 section of a report, with its size for pagination. */
export interface OutlineSection extends PartSection {
  /** Size of the section's content in bytes of HTML. */
  bytes: number;
}

/** A report's rendered HTML and its level-1 sections located in it. */
export interface ReportOutline {
  html: string;
  sections: OutlineSection[];
}

function isMarkdownHeading(value: unknown): value is MarkdownHeading {
  return (
    typeof value === 'object' &&
    value !== null &&
    'depth' in value &&
    typeof value.depth === 'number' &&
    'slug' in value &&
    typeof value.slug === 'string' &&
    'text' in value &&
    typeof value.text === 'string'
  );
}

/** The headings Astro collected while rendering a report (typed `unknown` in the entry's metadata). */
function collectedHeadings(metadata: Record<string, unknown> | undefined): MarkdownHeading[] {
  const headings = metadata?.['headings'];
  return Array.isArray(headings) ? (headings as unknown[]).filter(isMarkdownHeading) : [];
}

let outlines: Promise<Map<string, ReportOutline>> | undefined;
let layout: Promise<CompareLayout<OutlineSection>> | undefined;

/** Every report's outline, by report slug. */
export function loadOutlines(): Promise<Map<string, ReportOutline>> {
  outlines ??= getCollection('reports').then(
    (entries) =>
      new Map(
        entries.map((entry) => {
          const html = entry.rendered?.html;
          if (html === undefined) throw noRenderedHtml(entry.id);
          try {
            const sections = readPartSections(html, collectedHeadings(entry.rendered?.metadata)).map((section) => ({
              ...section,
              bytes: Buffer.byteLength(html.slice(section.start, section.end)),
            }));
            return [entry.id, { html, sections }] as const;
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
