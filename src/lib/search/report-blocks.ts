/**
 * The text blocks of a report as Pagefind stores them: the title (its `title`
 * meta) and every element with an id inside `data-pagefind-body`, which
 * Pagefind keeps as "anchors" with their full text. On report pages every
 * heading and paragraph of the text has an id (s1, s1-2, s1-2-p3), so the
 * anchors are the report's text block by block, unsegmented and with their
 * section ids: exactly what exact matching needs.
 */
import type { ReportBlock } from './exact-match.ts';

/** An element with an id, as stored in a Pagefind fragment. */
export interface FragmentAnchor {
  element: string;
  id: string;
  text: string;
}

/** The parts of a Pagefind fragment the blocks come from. */
export interface FragmentText {
  meta: Readonly<Record<string, string | undefined>>;
  anchors: readonly FragmentAnchor[];
}

/** Elements whose text is a block of report text; h1 is the title, already taken from the meta. */
const BLOCK_ELEMENTS = new Set([
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'li',
  'dt',
  'dd',
  'td',
  'th',
  'blockquote',
  'figcaption',
]);
const HEADING = /^h[2-6]$/u;

/** The report's blocks in reading order: title first, then each heading and paragraph. */
export function reportBlocks(fragment: FragmentText): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  const title = fragment.meta['title'];
  if (title !== undefined && title !== '') blocks.push({ text: title, id: undefined, heading: false });
  for (const anchor of fragment.anchors) {
    if (!BLOCK_ELEMENTS.has(anchor.element) || anchor.text === '') continue;
    blocks.push({ text: anchor.text, id: anchor.id, heading: HEADING.test(anchor.element) });
  }
  return blocks;
}
