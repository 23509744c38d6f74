/**
 * Checking candidates for the exact words: download each candidate's
 * fragment (a few kilobytes, cached for the page's lifetime) and match its
 * blocks.
 */
import { matchReport } from '../../lib/search/exact-match.ts';
import type { ReportMatch } from '../../lib/search/exact-match.ts';
import type { ReportFilters } from '../../lib/search/facets.ts';
import { reportBlocks } from '../../lib/search/report-blocks.ts';
import type { PagefindFragment, PagefindResult } from './pagefind-client.ts';

/** A report as the result list shows it. */
export interface ReportSummary {
  id: string;
  /** The report page, with the base path. */
  url: string;
  title: string;
  place: string;
  year: string;
  province: string;
  filters: ReportFilters;
}

/** A checked candidate. */
export interface CheckedReport extends ReportSummary {
  match: ReportMatch;
}

const fragments = new Map<string, Promise<PagefindFragment>>();

/** A result's fragment, downloaded once. */
function fragmentOf(result: PagefindResult): Promise<PagefindFragment> {
  let fragment = fragments.get(result.id);
  if (fragment === undefined) {
    fragment = result.data();
    fragments.set(result.id, fragment);
    fragment.catch(() => fragments.delete(result.id));
  }
  return fragment;
}

const first = (fragment: PagefindFragment, key: string): string =>
  fragment.filters[key]?.[0] ?? fragment.meta[key] ?? '';

/** What the result list needs to know about a report. */
export async function summarize(result: PagefindResult): Promise<ReportSummary> {
  const fragment = await fragmentOf(result);
  return {
    id: result.id,
    url: fragment.url,
    title: fragment.meta['title'] ?? fragment.url,
    place: first(fragment, 'place'),
    year: first(fragment, 'year'),
    province: first(fragment, 'province'),
    filters: fragment.filters,
  };
}

/** Checks candidates for the words, in order. */
export function checkCandidates(
  results: readonly PagefindResult[],
  words: readonly string[],
): Promise<CheckedReport[]> {
  return Promise.all(
    results.map(async (result) => {
      const [summary, fragment] = await Promise.all([summarize(result), fragmentOf(result)]);
      return { ...summary, match: matchReport(reportBlocks(fragment), words) };
    }),
  );
}
