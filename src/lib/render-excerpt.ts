/**
 * The HTML of one level-1 section of a report as the compare pages show it,
 * made from the report page's own rendered HTML (see compare-sections.ts)
 * rather than by rendering the Markdown again: at 10,000 reports a second
 * render per part would cost more than the whole site's Markdown.
 *
 * Many reports share a compare page, so every id gets the report's prefix
 * (`s1-2` → `laochangxiang-2023-s1-2`, as `compareAnchor` names it), links to
 * sections of the report (`#s1-2`) point to the report page instead, and
 * headings move down to fit under the compare page's own.
 *
 * Works on the output of the report pipeline's serializer, where text never
 * holds a raw "<" and attribute values are always double-quoted without a
 * raw '"': so every "<" starts a tag or a comment, and the tokenizer below
 * cannot mistake the report's words for markup.
 */

export interface ExcerptOptions {
  /** The report page's URL (base-aware), for links to its sections: "/reports/laochangxiang-2023/". */
  reportUrl: string;
  /** Put before every id, e.g. "laochangxiang-2023-". */
  idPrefix: string;
  /** How many levels to move headings down (h3 → h4 for 1); h6 stays h6. */
  demote: number;
}

/** A comment, or a start or end tag with its attributes (values double-quoted or absent). */
const MARKUP = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)(\s*\/?)>/g;
const ATTRIBUTE = /(\s+)([^\s"'>/=]+)(?:="([^"]*)")?/g;
const HEADING = /^h([1-6])$/i;

/**
 * Rewrite a section's HTML (as sliced from the report's rendered HTML) for
 * a compare page: ids prefixed, in-report links sent to the report page,
 * headings demoted.
 */
export function renderSectionExcerpt(sectionHtml: string, options: ExcerptOptions): string {
  const tagName = (name: string): string => {
    const level = HEADING.exec(name)?.[1];
    return level === undefined ? name : `h${Math.min(6, Number(level) + options.demote)}`;
  };
  const attribute = (whole: string, space: string, name: string, value: string | undefined): string => {
    if (value === undefined) return whole;
    if (name === 'id') return `${space}id="${options.idPrefix}${value}"`;
    if (name === 'href' && value.startsWith('#')) return `${space}href="${options.reportUrl}${value}"`;
    return whole;
  };
  return sectionHtml.replace(
    MARKUP,
    (whole, close: string | undefined, name: string | undefined, attributes: string | undefined, end: string | undefined) => {
      if (name === undefined) return whole;
      const rewritten = close === '/' ? '' : (attributes ?? '').replace(ATTRIBUTE, attribute);
      return `<${close ?? ''}${tagName(name)}${rewritten}${end ?? ''}>`;
    },
  );
}
