/**
 * The HTML of one level-1 section of a report as the compare pages show it,
 * made from the report page's own rendered HTML (see sections.ts)
 * rather than by rendering the Markdown again: at 10,000 reports a second
 * render per part would cost more than the whole site's Markdown.
 *
 * A compare page is for reading many reports one after another, and its
 * entry heading already links to the section in the report; so the excerpt
 * keeps the text and its headings and drops what only serves the report page:
 * the link and wrapper beside each heading and the paragraph ids (about a
 * fifth of the bytes). Heading ids stay, prefixed with the report
 * (`s1-2` → `laochangxiang-2023-s1-2`, as `compareAnchor` names it) so that
 * many reports can share a page, and headings move down to fit under the
 * compare page's own.
 *
 * Works on the output of the report pipeline's serializer, where text never
 * holds a raw "<" and attribute values are always double-quoted without a
 * raw '"': so every "<" starts a tag or a comment, and the tokenizer below
 * cannot mistake the report's words for markup.
 */

import { HEADING_WRAPPER_CLASS, SECTION_LINK_CLASS } from '../report/markup.ts';

export interface SectionExcerptOptions {
  /** Put before every heading id, e.g. "laochangxiang-2023-". */
  idPrefix: string;
  /** How many levels to move headings down (h3 → h4 for 1); h6 stays h6. */
  demote: number;
}

/** A comment, or a start or end tag with its attributes (values double-quoted or absent). */
const MARKUP = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:="[^"]*")?)*)(\s*\/?)>/g;
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:="([^"]*)")?/g;
const HEADING = /^h([1-6])$/i;

/** The class names of a start tag's attributes, e.g. ["section-heading", "section-heading-h3"]. */
function classesOf(attributes: string): string[] {
  for (const [, name, value] of attributes.matchAll(ATTRIBUTE)) {
    if (name === 'class') return (value ?? '').split(/\s+/);
  }
  return [];
}

/**
 * Rewrite a section's HTML (as sliced from the report's rendered HTML) for
 * a compare page: headings demoted with prefixed ids, no other ids, no
 * section links, no heading wrappers.
 */
export function renderSectionExcerpt(sectionHtml: string, options: SectionExcerptOptions): string {
  const out: string[] = [];
  let last = 0;
  /** Inside an element being dropped with its content (a section link): the tag name that ends it. */
  let skipping: string | undefined;
  /** Open heading wrappers, whose end tags are dropped too (they hold no element of their own kind). */
  let wrappers = 0;
  for (const match of sectionHtml.matchAll(MARKUP)) {
    const [whole, close, name, attributes = '', end = ''] = match;
    const text = sectionHtml.slice(last, match.index);
    last = match.index + whole.length;
    if (skipping === undefined) out.push(text);
    if (name === undefined) {
      if (skipping === undefined) out.push(whole);
      continue;
    }
    if (skipping !== undefined) {
      if (close === '/' && name === skipping) skipping = undefined;
      continue;
    }
    if (close === '/') {
      if (name === 'div' && wrappers > 0) wrappers -= 1;
      else out.push(`</${demoted(name, options.demote)}>`);
      continue;
    }
    const classes = classesOf(attributes);
    if (name === 'a' && classes.includes(SECTION_LINK_CLASS)) {
      skipping = name;
      continue;
    }
    if (name === 'div' && classes.includes(HEADING_WRAPPER_CLASS)) {
      wrappers += 1;
      continue;
    }
    const heading = HEADING.test(name);
    const kept = attributes.replace(ATTRIBUTE, (attribute, attributeName: string, value: string | undefined) => {
      if (attributeName !== 'id') return attribute;
      return heading && value !== undefined ? ` id="${options.idPrefix}${value}"` : '';
    });
    out.push(`<${demoted(name, options.demote)}${kept}${end}>`);
  }
  if (skipping === undefined) out.push(sectionHtml.slice(last));
  return out.join('');
}

function demoted(name: string, demote: number): string {
  const level = HEADING.exec(name)?.[1];
  return level === undefined ? name : `h${Math.min(6, Number(level) + demote)}`;
}
