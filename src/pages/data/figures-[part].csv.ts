/**
 * /data/figures-00001.csv, …: every figure of every report (see
 * src/lib/figures/csv.ts), in the catalog's order of reports.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { figureCsvParts, figuresCsv } from '../../lib/figures/csv.ts';
import { loadFigures } from '../../data/load-figures.ts';
import type { PlacedFigure } from '../../lib/figures/summary.ts';
import { loadCatalog } from '../../data/load-catalog.ts';
import { routes } from '../../lib/routes.ts';
import { href } from '../../lib/urls.ts';

async function allFigures(): Promise<PlacedFigure[]> {
  const [catalog, figures] = await Promise.all([loadCatalog(), loadFigures()]);
  return catalog.reports.flatMap((report) => figures.get(report.slug) ?? []);
}

export const getStaticPaths = (async () => {
  const all = await allFigures();
  return figureCsvParts(all.length).map((part) => ({
    params: { part: String(part).padStart(5, '0') },
    props: { part },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ part: number }> = async ({ props, site }) => {
  const all = await allFigures();
  const urlOf = (figure: PlacedFigure): string => {
    const path = href(routes.report(figure.report), figure.block);
    return site ? new URL(path, site).href : path;
  };
  return new Response(figuresCsv(all, props.part, urlOf), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
