/**
 * rehype plugin: puts a visible link-to-this-section anchor beside every
 * report heading that has an id (h2-h4), and beside each level-1 heading a
 * link to the same part of that year's reports on the compare page
 * (/compare/<part>/<year>/#<slug>-<id>; when the year fills several pages,
 * the report page adds the page number, see src/lib/compare/links.ts). The links sit
 * next to the heading, not inside it, so the heading's text (used by the
 * table of contents, search highlighting and screen readers) stays the report's own.
 * The copy-link button is added later by `src/scripts/site.ts`, because it
 * needs JavaScript to work at all.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { classifyPart, PART_LABELS } from '../lib/parts.ts';
import {
  COMPARE_LINK_CLASS,
  HEADING_WRAPPER_CLASS,
  headingWrapperLevelClass,
  SECTION_LINK_CLASS,
  NOT_TEXT_PROPERTY,
} from '../lib/report/markup.ts';
import { compareAnchor, joinBase, routes } from '../lib/routes.ts';

export interface RehypeSectionLinksOptions {
  /** The site's base path, e.g. "/" or "/archive/". */
  base: string;
  /** Not used here: a digest of the pipeline's code that invalidates Astro's Markdown cache (see pipeline-digest.ts). */
  codeDigest?: string;
}

/** What the Markdown renderer passes along: the report's frontmatter. */
interface RenderedFile {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
}

const HEADINGS = new Set(['h2', 'h3', 'h4']);

function sectionLink(id: string, title: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: [SECTION_LINK_CLASS],
      href: `#${id}`,
      ariaLabel: `本节链接：${title}`,
      [NOT_TEXT_PROPERTY]: true,
    },
    children: [{ type: 'text', value: '#' }],
  };
}

function compareLink(href: string, partLabel: string, year: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: [COMPARE_LINK_CLASS],
      href,
      ariaLabel: `对照阅读：${year}年各报告的“${partLabel}”部分`,
      [NOT_TEXT_PROPERTY]: true,
    },
    children: [{ type: 'text', value: '对照阅读' }],
  };
}

export default function rehypeSectionLinks(options: RehypeSectionLinksOptions) {
  return (tree: Root, file: RenderedFile): void => {
    const slug = file.data.astro?.frontmatter?.['slug'];
    const year = file.data.astro?.frontmatter?.['year'];
    const wrap = (heading: Element, id: string): Element => {
      const title = toString(heading).trim();
      const links: ElementContent[] = [sectionLink(id, title)];
      if (heading.tagName === 'h2' && typeof slug === 'string' && typeof year === 'number') {
        const part = classifyPart(title);
        const href = `${joinBase(options.base, routes.compareYear(part, year))}#${compareAnchor(slug, id)}`;
        links.push(compareLink(href, PART_LABELS[part], year));
      }
      return {
        type: 'element',
        tagName: 'div',
        properties: { className: [HEADING_WRAPPER_CLASS, headingWrapperLevelClass(heading.tagName)] },
        children: [heading, ...links],
      };
    };
    visit(tree, 'element', (node, index, parent) => {
      const id = node.properties['id'];
      if (!HEADINGS.has(node.tagName) || typeof id !== 'string' || parent === undefined || index === undefined) return;
      parent.children[index] = wrap(node, id);
      // The wrapper holds the heading itself: go on after it, not into it.
      return [SKIP, index + 1];
    });
  };
}
