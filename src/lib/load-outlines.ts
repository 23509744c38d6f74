/**
 * The level-1 sections of every report, read once per build from the
 * collection's Markdown and shared by the compare pages.
 */
import { getCollection } from 'astro:content';
import { outlineReport, type OutlineSection } from './report-outline.ts';

/** A report's Markdown body and its level-1 sections, by report slug. */
export interface ReportSections {
  body: string;
  sections: OutlineSection[];
}

let outlines: Promise<Map<string, ReportSections>> | undefined;

export function loadOutlines(): Promise<Map<string, ReportSections>> {
  outlines ??= getCollection('reports').then(
    (entries) =>
      new Map(
        entries.map((entry) => {
          const body = entry.body ?? '';
          return [entry.id, { body, sections: outlineReport(body) }] as const;
        }),
      ),
  );
  return outlines;
}
