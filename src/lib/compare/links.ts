/**
 * The "对照阅读" link beside a report's level-1 heading points to the year's
 * compare page, `/compare/<part>/<year>/#<slug>-<id>` (rehype-section-links.ts
 * writes it while rendering the Markdown). When that year fills several
 * pages, the report page puts in the number of the page that holds the
 * excerpt. It is done when the report page is built, not in the Markdown
 * pipeline: the page number depends on the other reports, and Astro keeps a
 * report's rendered Markdown until that report itself changes.
 */
import { isPart, type Part } from '../parts.ts';
import { COMPARE_LINK_OPEN } from '../report/markup.ts';

/** The compare links as the report pipeline writes them: base, part, year, then the fragment. */
const COMPARE_LINK = new RegExp(`(${COMPARE_LINK_OPEN}[^"]*compare/)([a-z]+)(/\\d+/)(#[^"]*")`, 'g');

/**
 * Add the page number to every compare link of a report's rendered HTML
 * whose excerpt is not on the year's first page. `pageOf` gives, for this
 * report, the page of each part (all its sections of one part share a page).
 */
export function linkComparePages(html: string, pageOf: (part: Part) => number | undefined): string {
  return html.replace(COMPARE_LINK, (whole, start: string, part: string, year: string, fragment: string) => {
    const page = isPart(part) ? pageOf(part) : undefined;
    return page === undefined || page <= 1 ? whole : `${start}${part}${year}${page}/${fragment}`;
  });
}
