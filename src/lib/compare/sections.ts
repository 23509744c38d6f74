/**
 * The level-1 sections of a rendered report, found in the HTML the content
 * loader already rendered (src/data/report-store.ts), so the compare pages
 * need neither a second Markdown parse nor a second render of any report.
 *
 * The report pipeline wraps every level-1 section as
 * `<section class="report-part" data-part="…"><div class="section-heading
 * section-heading-h2"><h2 id="…">…</h2>…links…</div>…</section>` (see
 * rehype-report-parts.ts and rehype-section-links.ts), and its serializer
 * escapes every "<" in text and every '"' in attribute values: the markers
 * searched for here cannot occur inside the report's own words.
 */
import type { MarkdownHeading } from 'astro';
import { unexpectedSectionShape, unknownPart } from '../build-errors.ts';
import { isPart, PARTS, type Part } from '../parts.ts';
import { LEVEL1_HEADING_WRAPPER_OPEN, PART_SECTION_OPEN } from '../report/markup.ts';

/** A level-1 section of a report, located in the report's rendered HTML. */
export interface PartSection {
  /** Id of its heading on the report page, e.g. "s2". */
  id: string;
  /** Heading text with its number, e.g. "二、存在的不足". */
  title: string;
  part: Part;
  /** Where the section's content (everything after its heading) starts in the HTML. */
  start: number;
  /** Where the section's content ends in the HTML (exclusive). */
  end: number;
}

const SECTION_START = PART_SECTION_OPEN;
const SECTION_END = '</section>';
const HEADING_WRAPPER = LEVEL1_HEADING_WRAPPER_OPEN;

/**
 * The level-1 sections of a rendered report, in order. Titles come from the
 * headings Astro collected (plain text, entities decoded); the HTML gives
 * each section's part, id and extent.
 *
 * @throws when the HTML does not have the shape the report pipeline gives it,
 * naming the section and what was expected.
 */
export function readPartSections(html: string, headings: readonly MarkdownHeading[]): PartSection[] {
  const titles = new Map(
    headings.filter((heading) => heading.depth === 2).map((heading) => [heading.slug, heading.text.trim()]),
  );
  const starts: number[] = [];
  for (let at = html.indexOf(SECTION_START); at !== -1; at = html.indexOf(SECTION_START, at + SECTION_START.length)) {
    starts.push(at);
  }
  return starts.map((start, index) => {
    const limit = starts[index + 1] ?? html.length;
    const partStart = start + SECTION_START.length;
    const part = html.slice(partStart, html.indexOf('"', partStart));
    const where = `level-1 section ${index + 1} (at character ${start})`;
    if (!isPart(part)) throw unknownPart(where, part, PARTS);
    const open = html.indexOf('>', partStart) + 1;
    const wrapped = html.startsWith(HEADING_WRAPPER, open);
    const heading = /<h2 id="([^"]*)">/y;
    heading.lastIndex = open + (wrapped ? HEADING_WRAPPER.length : 0);
    const match = heading.exec(html);
    const headingClose = match === null ? -1 : html.indexOf('</h2>', heading.lastIndex);
    // The heading's wrapper holds the heading and its links, and no other <div>.
    const wrapperClose = wrapped && headingClose !== -1 ? html.indexOf('</div>', headingClose) : -1;
    const contentStart = wrapped ? wrapperClose + '</div>'.length : headingClose + '</h2>'.length;
    const end = html.lastIndexOf(SECTION_END, limit - SECTION_END.length);
    if (
      match === null ||
      headingClose === -1 ||
      (wrapped && wrapperClose === -1) ||
      contentStart > end ||
      end < start
    ) {
      throw unexpectedSectionShape(where);
    }
    const id = match[1] ?? '';
    return { id, title: titles.get(id) ?? id, part, start: contentStart, end };
  });
}
