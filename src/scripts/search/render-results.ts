/**
 * Result list items, built with DOM methods from plain text (report text
 * never goes through innerHTML). Each exact result is one link, to the best
 * section of the report with the words to highlight there.
 */
import { buildExcerpt } from '../../lib/search/excerpt.ts';
import type { ExcerptPiece } from '../../lib/search/excerpt.ts';
import { highlightParams } from '../../lib/search/url-state.ts';
import type { CheckedReport, ReportSummary } from './verify.ts';

/** Creates an element with a class and optional text. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className !== undefined) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends excerpt pieces to a parent: text nodes, and <mark> for the words. */
export function appendPieces(parent: HTMLElement, pieces: readonly ExcerptPiece[]): void {
  for (const piece of pieces)
    parent.append(piece.marked ? element('mark', undefined, piece.text) : document.createTextNode(piece.text));
}

/** "老厂乡 · 2023年 · 云南省". */
function facts(report: ReportSummary): string {
  return [report.place, report.year === '' ? '' : `${report.year}年`, report.province]
    .filter((part) => part !== '')
    .join(' · ');
}

/** The link to a report's best section, carrying the words to highlight there (?hl=…#s1-2). */
export function sectionHref(report: CheckedReport, words: readonly string[]): string {
  const target = report.match.best?.target;
  return `${report.url}?${highlightParams(words).toString()}${target === undefined ? '' : `#${encodeURIComponent(target)}`}`;
}

/** The heading and link of a result: h3 under the results' h2, h4 under the looser matches' h3. */
function titleLink(title: string, href: string, level: 'h3' | 'h4' = 'h3'): HTMLHeadingElement {
  const heading = element(level, 'search-result-title');
  const link = element('a', undefined, title);
  link.href = href;
  heading.append(link);
  return heading;
}

/** One report containing every word. */
export function exactResultItem(report: CheckedReport, words: readonly string[]): HTMLLIElement {
  const item = element('li', 'search-result');
  item.append(titleLink(report.title, sectionHref(report, words)));
  const total = report.match.counts.reduce((sum, count) => sum + count, 0);
  item.append(element('p', 'search-result-facts', `${facts(report)} · 共 ${total} 处`));
  const best = report.match.best;
  if (best !== undefined) {
    item.append(
      element(
        'p',
        'search-result-section',
        `章节：${best.heading ?? (best.target === undefined ? '标题' : '开头部分')}`,
      ),
    );
    const excerpt = element('p', 'search-result-excerpt');
    appendPieces(excerpt, buildExcerpt(best.block.text, best.ranges));
    item.append(excerpt);
  }
  return item;
}

/** One report listed by filters alone: title and facts, linking to the report. */
export function filterResultItem(report: ReportSummary): HTMLLIElement {
  const item = element('li', 'search-result');
  item.append(titleLink(report.title, report.url));
  item.append(element('p', 'search-result-facts', facts(report)));
  return item;
}

/**
 * Reads Pagefind's excerpt (HTML-escaped text with <mark> tags) as plain
 * pieces, so it can be shown without innerHTML.
 */
export function piecesFromPagefindExcerpt(excerpt: string): ExcerptPiece[] {
  const entities: Record<string, string> = {
    '&amp;': '&',
    '&lt;': '<',
    '&gt;': '>',
    '&quot;': '"',
    '&#39;': "'",
    '&#x27;': "'",
  };
  const decode = (text: string): string =>
    text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/gu, (entity) => entities[entity] ?? entity);
  return excerpt
    .split(/(<mark>[\s\S]*?<\/mark>)/u)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('<mark>')
        ? { text: decode(part.slice(6, -7)), marked: true }
        : { text: decode(part.replace(/<[^>]*>/gu, '')), marked: false },
    );
}

/** One looser match: Pagefind's own result, with its excerpt. */
export function looseResultItem(report: ReportSummary, href: string, excerpt: string): HTMLLIElement {
  const item = element('li', 'search-result');
  item.append(titleLink(report.title, href, 'h4'));
  item.append(element('p', 'search-result-facts', facts(report)));
  const paragraph = element('p', 'search-result-excerpt');
  appendPieces(paragraph, piecesFromPagefindExcerpt(excerpt));
  item.append(paragraph);
  return item;
}
