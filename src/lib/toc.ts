/**
 * The table of contents of a report: level-1 sections with their level-2
 * sections nested, from the headings Astro collected while rendering.
 */

/** A heading as Astro's renderer reports it (`render(entry).headings`). */
export interface CollectedHeading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/** Level-1 (h2) entries with their level-2 (h3) children; deeper headings are left out. */
export function buildToc(headings: readonly CollectedHeading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    const entry: TocEntry = { id: heading.slug, text: heading.text.trim(), children: [] };
    if (heading.depth === 2) entries.push(entry);
    else if (heading.depth === 3) (entries.at(-1)?.children ?? entries).push(entry);
  }
  return entries;
}
