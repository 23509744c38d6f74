/**
 * /compare/<part>/<year>/pages.json: the page of the part's year that holds
 * each report's excerpt, so an old link to the part's page
 * (/compare/<part>/#<slug>-<section>, from when all excerpts were there) can
 * be sent on to the excerpt (see compare-old-links.ts). Fetched only then.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCompareLayout } from '../../../../data/load-outlines.ts';
import { PARTS, type Part } from '../../../../lib/parts.ts';

export const getStaticPaths = (async () => {
  const layout = await loadCompareLayout();
  return PARTS.flatMap((part) =>
    layout
      .years(part)
      .filter((group) => group.entryCount > 0)
      .map((group) => ({
        params: { part, year: String(group.year) },
        props: {
          part,
          pages: Object.fromEntries(
            group.pages.flatMap((page) => page.entries.map(({ report }) => [report.slug, page.number] as const)),
          ),
        },
      })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ part: Part; pages: Record<string, number> }> = ({ props }) =>
  new Response(JSON.stringify(props.pages), { headers: { 'Content-Type': 'application/json' } });
