/**
 * Result list items, built with DOM methods from plain text (report text
 * never goes through innerHTML). Each exact result is one link, to the best
 * section of the report with the words to highlight there.
 */
import { buildExcerpt } from '../../lib/search/excerpt.ts';
import type { ExcerptPiece } from '../../lib/search/excerpt.ts';
import { highlightParams } from '../../lib/search/url-state.ts';
import type { FoundReport } from '../../lib/search/engine.ts';
import { FILTERS } from '../../lib/search/url-state.ts';

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

/** "2023年 · 云南省 · 老厂乡": each filter's value as the filters show it. */
function facts(report: FoundReport): string {
  return FILTERS.map((filter) => {
    const value = report.meta.filters[filter.key] ?? '';
    return value === '' ? '' : filter.display(value);
  })
    .filter((part) => part !== '')
    .join(' · ');
}

/** The link to a report's best section, carrying the words to highlight there (?hl=…#s1-2). */
export function sectionHref(report: FoundReport, words: readonly string[]): string {
  const target = report.match?.best?.target;
  return `${report.url}?${highlightParams(words).toString()}${target === undefined ? '' : `#${encodeURIComponent(target)}`}`;
}

/** The heading and link of a result (h3 under the results' h2). */
function titleLink(title: string, href: string): HTMLHeadingElement {
  const heading = element('h3', 'search-result-title');
  const link = element('a', undefined, title);
  link.href = href;
  heading.append(link);
  return heading;
}

/** One report containing every word. */
export function exactResultItem(report: FoundReport, words: readonly string[]): HTMLLIElement {
  const item = element('li', 'search-result');
  if (report.match === undefined) return filterResultItem(report);
  item.append(titleLink(report.meta.title, sectionHref(report, words)));
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
export function filterResultItem(report: FoundReport): HTMLLIElement {
  const item = element('li', 'search-result');
  item.append(titleLink(report.meta.title, report.url));
  item.append(element('p', 'search-result-facts', facts(report)));
  return item;
}
