/**
 * The table of contents of a report: level-1 sections with their level-2
 * sections nested, and level-3 sections (1. 2. …) under those, from the
 * headings Astro collected while rendering.
 */
import type { MarkdownHeading } from 'astro';

export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/**
 * Level-1 (h2) entries with their level-2 (h3) children and level-3 (h4)
 * grandchildren. A heading without a parent of the level above hangs from the
 * nearest heading above it (an h4 right after an h2 goes under that h2).
 */
export function buildToc(headings: readonly MarkdownHeading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  // The open entry at each depth (2, 3), reset when a shallower heading starts.
  let level2: TocEntry | undefined;
  let level3: TocEntry | undefined;
  for (const heading of headings) {
    const entry: TocEntry = { id: heading.slug, text: heading.text.trim(), children: [] };
    if (heading.depth === 2) {
      entries.push(entry);
      level2 = entry;
      level3 = undefined;
    } else if (heading.depth === 3) {
      (level2?.children ?? entries).push(entry);
      level3 = entry;
    } else if (heading.depth === 4) {
      const parent = level3 ?? level2;
      if (parent) parent.children.push(entry);
      else entries.push(entry);
    }
  }
  return entries;
}
