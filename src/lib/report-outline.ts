/**
 * The level-1 sections of a report read straight from its Markdown, with the
 * same ids and parts as on the report page: what the compare pages need to
 * list and link every report's part without rendering whole reports.
 */
import type { Heading, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { getHastId } from '../plugins/hast-id.ts';
import remarkSectionIds from '../plugins/remark-section-ids.ts';
import { mdastText } from './mdast-text.ts';
import { classifyPart, type Part } from './parts.ts';

/** A level-1 section of a report. */
export interface OutlineSection {
  /** Id of its heading on the report page, e.g. "s2". */
  id: string;
  /** Heading text with its number, e.g. "二、存在的不足". */
  title: string;
  part: Part;
}

const parser = unified().use(remarkParse).use(remarkSectionIds);

export function outlineReport(markdown: string): OutlineSection[] {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  return tree.children
    .filter((node): node is Heading => node.type === 'heading' && node.depth === 2)
    .map((heading) => {
      const title = mdastText(heading).trim();
      return { id: getHastId(heading) ?? '', title, part: classifyPart(title) };
    });
}
