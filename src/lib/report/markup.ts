/**
 * The markup contract of a rendered report: the classes and attributes the
 * rehype plugins write (rehype-report-parts.ts, rehype-section-links.ts) and
 * the code that reads the rendered HTML back relies on: the compare pages
 * (src/lib/compare/: sections.ts, links.ts, section-excerpt.ts), the report
 * page's copy-link script (src/scripts/site.ts) and the styles. Change a
 * name here and every reader follows; the CSS files under src/styles/ spell
 * the class names out; tests/unit/report-markup.test.ts checks them.
 *
 * The compare pages search the serialized HTML for these markers instead of
 * parsing it (no second render at 10,000 reports). That is safe because the
 * pipeline's serializer escapes every "<" in text and every '"' in attribute
 * values: a marker cannot occur inside the report's own words.
 */

/** `<section class="report-part" data-part="problems">`: one level-1 section, wrapped by rehype-report-parts. */
export const PART_SECTION_CLASS = 'report-part';

/** The attribute naming a section's part (see parts.ts), written as hast property `dataPart`. */
export const PART_ATTRIBUTE = 'data-part';

/** `<div class="section-heading section-heading-h2">`: a heading with its links, written by rehype-section-links. */
export const HEADING_WRAPPER_CLASS = 'section-heading';

/** The second class of a heading wrapper, naming the heading's tag: `section-heading-h2`. */
export function headingWrapperLevelClass(tagName: string): string {
  return `${HEADING_WRAPPER_CLASS}-${tagName}`;
}

/** `<a class="section-link" href="#s1-2">#</a>` beside every heading with an id. */
export const SECTION_LINK_CLASS = 'section-link';

/** `<a class="compare-link" href="…/compare/<part>/<year>/#…">` beside every level-1 heading. */
export const COMPARE_LINK_CLASS = 'compare-link';

/** How a level-1 section opens in the serialized HTML, up to the part's name. */
export const PART_SECTION_OPEN = `<section class="${PART_SECTION_CLASS}" ${PART_ATTRIBUTE}="`;

/** How a level-1 heading's wrapper opens in the serialized HTML. */
export const LEVEL1_HEADING_WRAPPER_OPEN = `<div class="${HEADING_WRAPPER_CLASS} ${HEADING_WRAPPER_CLASS}-h2">`;

/** How a compare link opens in the serialized HTML, up to its address. */
export const COMPARE_LINK_OPEN = `<a class="${COMPARE_LINK_CLASS}" href="`;

/**
 * Marks a part of a report page that is not report text (table of contents,
 * metadata, provenance, section and compare links, copy buttons): the search
 * highlighter (src/scripts/search/highlight-on-arrival.ts) skips it.
 */
export const NOT_TEXT_ATTRIBUTE = 'data-not-text';

/** The same mark as a hast property, for the rehype plugins. */
export const NOT_TEXT_PROPERTY = 'dataNotText';

/** The element holding a report's title and text on its page, where search words are highlighted. */
export const REPORT_BODY_ATTRIBUTE = 'data-report-body';
