/**
 * A reference in GB/T 7714-2015 (信息与文献 参考文献著录规则) for an online
 * electronic resource:
 *
 *     主要责任者. 题名[EB/OL]. (发表或更新日期)[引用日期]. 获取和访问路径.
 *
 * e.g. `中共洪江区工委洪江区管理委员会. 中共洪江区工委…的报告[EB/OL].
 * (2022-01-10)[2026-12-04]. https://example.org/reports/hongjiangqu-2021/#s2.`
 * Without a known issuer the reference starts with the title (§8.1.1 allows
 * this for numbered references); an unknown date is left out, not guessed.
 * Runs in the browser too (the 引用 control fills in the access date).
 */
import type { Citation } from './citation.ts';

/** The parts of a citation the reference uses; an undefined part is left out. */
export type Gbt7714Parts = Pick<Citation, 'title'> & {
  [K in 'issuer' | 'published' | 'url']?: Citation[K] | undefined;
};

export function formatGbt7714(citation: Gbt7714Parts, accessed?: string): string {
  const author = citation.issuer === undefined ? '' : `${citation.issuer}. `;
  const dates = `${citation.published === undefined ? '' : `(${citation.published})`}${accessed === undefined ? '' : `[${accessed}]`}`;
  const tail = [dates, citation.url].filter((part) => part !== undefined && part !== '').join('. ');
  return `${author}${citation.title}[EB/OL]${tail === '' ? '' : `. ${tail}`}.`;
}
