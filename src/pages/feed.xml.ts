/** The Atom feed of the archive's newest reports (see src/lib/feeds/atom-feed.ts). */
import type { APIRoute } from 'astro';
import { loadCatalog } from '../data/load-catalog.ts';
import { buildAtomFeed } from '../lib/feeds/atom-feed.ts';
import { routes } from '../lib/routes.ts';
import { SITE_NAME } from '../lib/site.ts';

export const GET: APIRoute = async () => {
  const catalog = await loadCatalog();
  const xml = buildAtomFeed({
    title: `${SITE_NAME}：新增报告`,
    self: routes.feed(),
    page: routes.home(),
    urn: 'archive',
    reports: catalog.reports,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
