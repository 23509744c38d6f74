/**
 * Reads what the search index needs from a built report page (Node, parse5):
 * the metadata in ReportFacets' data-search-meta attribute, the title (h1)
 * and every heading and paragraph with an id inside `.report-text`, with the
 * report part (`data-part` of its section) it belongs to. The ids are those
 * of the page, so a result links to the very element that matched.
 */
import { parse, parseFragment } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import type { ReportMeta, TextBlock } from './index-format.ts';
import type { IndexedReport } from './index-builder.ts';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Elements whose text is one block of report text. */
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

const isElement = (node: Node): node is Element => 'tagName' in node;

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function hasClass(element: Element, name: string): boolean {
  return (attribute(element, 'class') ?? '').split(/\s+/u).includes(name);
}

function childrenOf(node: Node): Node[] {
  return 'childNodes' in node ? node.childNodes : [];
}

/** The text of a node (its text descendants, in order). */
export function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return childrenOf(node).map(textOf).join('');
}

/** The first element, depth first, that passes the test. */
function find(node: Node, test: (element: Element) => boolean): Element | undefined {
  for (const child of childrenOf(node)) {
    if (isElement(child) && test(child)) return child;
    const found = find(child, test);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The blocks with an id under `root`, in document order, each with its report part. */
function collectBlocks(root: Node, part: string, into: TextBlock[]): void {
  for (const child of childrenOf(root)) {
    if (!isElement(child)) continue;
    const id = attribute(child, 'id');
    if (id !== undefined && BLOCK_ELEMENTS.has(child.tagName)) {
      const text = textOf(child).trim();
      const level = /^h[2-6]$/u.test(child.tagName) ? Number(child.tagName.slice(1)) : 0;
      if (text !== '') into.push([id, level, part, text]);
      continue;
    }
    collectBlocks(child, attribute(child, 'data-part') ?? part, into);
  }
}

/** The blocks of a rendered report body (the HTML the Markdown pipeline makes), title not included. */
export function blocksFromBodyHtml(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  collectBlocks(parseFragment(html), '', blocks);
  return blocks;
}

/** A built report page as the index sees it; `file` names the page in errors. */
export function reportFromPage(html: string, file: string): IndexedReport {
  const document = parse(html);
  const metaElement = find(document, (element) => attribute(element, 'data-search-meta') !== undefined);
  const body = find(document, (element) => hasClass(element, 'report-text'));
  const title = find(document, (element) => element.tagName === 'h1');
  if (metaElement === undefined || body === undefined || title === undefined)
    throw new Error(
      `${file}: a report page without ${metaElement === undefined ? 'data-search-meta' : body === undefined ? '.report-text' : 'an h1'}; ` +
        'report pages must render ReportFacets, ReportText and the title',
    );
  const meta = JSON.parse(attribute(metaElement, 'data-search-meta') ?? '{}') as ReportMeta;
  const blocks: TextBlock[] = [['', 1, '', textOf(title).trim()]];
  collectBlocks(body, '', blocks);
  if (blocks.length === 1)
    throw new Error(`${file}: no text in an element with an id; search reads report text block by block`);
  return { ...meta, blocks };
}
