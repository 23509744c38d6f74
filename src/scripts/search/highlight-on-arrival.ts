/**
 * On a report page opened from a search result (/reports/x/?hl=法律顾问#s1-2):
 * marks every occurrence of the words in the report's text with <mark>, and
 * if the first occurrence in the targeted section is off screen, brings it
 * into view. Matching is the search's own (whitespace ignored, see
 * normalize.ts), so what the result promised is what gets marked. site.ts
 * loads this module only when the URL has an hl parameter.
 */
import { highlightRanges } from '../../lib/search/exact-match.ts';
import { NOT_TEXT_ATTRIBUTE, REPORT_BODY_ATTRIBUTE } from '../../lib/report/markup.ts';
import { comparable } from '../../lib/search/search-text.ts';

/** More words than any query has; a hand-made URL cannot make the page do unbounded work. */
const MAX_WORDS = 10;
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, td, th, blockquote, figcaption';
const HEADING = /^H[1-6]$/u;
/** Parts of the page that are not report text (table of contents, metadata, provenance, section links). */
const NOT_TEXT = `[${NOT_TEXT_ATTRIBUTE}]`;

function wordsFromUrl(): string[] {
  const words = new URLSearchParams(window.location.search).getAll('hl').map(comparable);
  return [...new Set(words.filter((word) => word !== ''))].slice(0, MAX_WORDS);
}

/** Blocks of report text that contain no other block (their text is marked once). */
function textBlocks(root: Element): Element[] {
  return [...root.querySelectorAll(BLOCKS)].filter(
    (block) => block.closest(NOT_TEXT) === null && block.querySelector(BLOCKS) === null,
  );
}

function textNodesOf(block: Element): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node instanceof Text && node.parentElement?.closest(NOT_TEXT) === null) nodes.push(node);
  }
  return nodes;
}

/** Wraps the words found in one block, across element boundaries if need be; returns the new marks in order. */
function markBlock(block: Element, words: readonly string[]): HTMLElement[] {
  const nodes = textNodesOf(block);
  const starts: number[] = [];
  let length = 0;
  for (const node of nodes) {
    starts.push(length);
    length += node.data.length;
  }
  const ranges = highlightRanges(nodes.map((node) => node.data).join(''), words);
  const marks: HTMLElement[] = [];
  // Last range and last node first: splitting a text node keeps its earlier part in place.
  for (const range of [...ranges].reverse()) {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i];
      const start = starts[i];
      if (node === undefined || start === undefined) continue;
      const from = Math.max(range.start, start) - start;
      const to = Math.min(range.end, start + node.data.length) - start;
      if (from >= to) continue;
      const piece = node.splitText(from);
      piece.splitText(to - from);
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      piece.replaceWith(mark);
      mark.append(piece);
      marks.unshift(mark);
    }
  }
  return marks;
}

/** The element the URL's fragment points at. */
function targetElement(): Element | null {
  const id = decodeURIComponent(window.location.hash.slice(1));
  return id === '' ? null : document.getElementById(id);
}

/** Whether a node comes after `a` and before `b` (b undefined: after `a`). */
function between(node: Node, a: Node, b: Node | undefined): boolean {
  const afterA =
    (a.compareDocumentPosition(node) & (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)) !== 0;
  return afterA && (b === undefined || (b.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) !== 0);
}

/** The first heading after a heading target at its level or above: where its section ends. */
function sectionEnd(target: Element, headings: readonly Element[]): Element | undefined {
  if (!HEADING.test(target.tagName)) return undefined;
  const level = Number(target.tagName.slice(1));
  const index = headings.indexOf(target);
  return headings.slice(index + 1).find((heading) => Number(heading.tagName.slice(1)) <= level);
}

function highlightOnArrival(): void {
  const words = wordsFromUrl();
  const root = document.querySelector(`[${REPORT_BODY_ATTRIBUTE}]`) ?? document.querySelector('main');
  if (words.length === 0 || root === null) return;
  const marks = textBlocks(root).flatMap((block) => markBlock(block, words));
  const target = targetElement();
  if (target === null || marks.length === 0) return;
  const headings = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const end = HEADING.test(target.tagName) ? sectionEnd(target, headings) : undefined;
  const first = HEADING.test(target.tagName)
    ? marks.find((mark) => target.contains(mark) || between(mark, target, end))
    : marks.find((mark) => target.contains(mark));
  if (first === undefined) return;
  const box = first.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) first.scrollIntoView({ block: 'center' });
}

highlightOnArrival();
