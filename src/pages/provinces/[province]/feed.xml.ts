/** The Atom feed of one province's newest reports (see src/lib/feeds/atom-feed.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCatalog } from '../../../data/load-catalog.ts';
import { buildAtomFeed } from '../../../lib/feeds/atom-feed.ts';
import type { ProvinceGroup } from '../../../lib/places.ts';
import { routes } from '../../../lib/routes.ts';
import { SITE_NAME } from '../../../lib/site.ts';
import type { Report } from '../../../schemas/report.ts';

export const getStaticPaths = (async () =>
  (await loadCatalog()).provinces.map((group) => ({
    params: { province: group.slug },
    props: { group },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ group: ProvinceGroup<Report> }> = ({ props: { group } }) => {
  const xml = buildAtomFeed({
    title: `${SITE_NAME}：${group.province}新增报告`,
    self: routes.provinceFeed(group.slug),
    page: routes.province(group.slug),
    urn: `province:${group.slug}`,
    reports: group.reports,
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
