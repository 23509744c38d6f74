/**
 * rehype plugin: wraps each level-1 section of a report (an <h2> and what
 * follows up to the next <h2>) in `<section class="report-part"
 * data-part="…">`, the part named by `classifyPart`. Styles, the compare
 * pages and tests can then address "the problems section" of any report.
 * Text before the first <h2> (the preamble) stays unwrapped.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { classifyPart } from '../lib/parts.ts';
import { PART_SECTION_CLASS } from '../lib/report/markup.ts';

const isLevel1Heading = (node: RootContent): node is Element => node.type === 'element' && node.tagName === 'h2';

export default function rehypeReportParts() {
  return (tree: Root): void => {
    if (!tree.children.some(isLevel1Heading)) return;
    const children: RootContent[] = [];
    let section: Element | undefined;
    for (const node of tree.children) {
      if (isLevel1Heading(node)) {
        section = {
          type: 'element',
          tagName: 'section',
          // dataPart is written as the markup contract's PART_ATTRIBUTE, data-part.
          properties: { className: [PART_SECTION_CLASS], dataPart: classifyPart(toString(node)) },
          children: [],
        };
        children.push(section);
      }
      // Only the document root can hold a doctype; a rendered Markdown body has none.
      if (section) section.children.push(node as ElementContent);
      else children.push(node);
    }
    tree.children = children;
  };
}
