/**
 * Atom feeds of the archive's newest reports (written with fast-xml-builder, which escapes the text; the `feed` package refuses relative links): the whole archive at /feed.xml and each province at
 * /provinces/<slug>/feed.xml. An entry's date is when the report was
 * captured (`source.retrieved`), else its publication date, else 1 January
 * of the year after the year reported on — the earliest it can have been
 * written; the entry says which. Links are absolute when the site URL is
 * known and base-relative otherwise (Atom resolves them against the feed's
 * own address); ids are the report's URL, or a URN without a site URL.
 */
import XMLBuilder from 'fast-xml-builder';
import type { Report } from '../../schemas/report.ts';
import { formatDate, placeContext } from '../format.ts';
import { routes } from '../routes.ts';
import { SITE_NAME } from '../site.ts';
import { absoluteUrl } from '../site-url.ts';
import { href } from '../urls.ts';

/** How many reports a feed lists: the newest, as feed readers expect. */
export const FEED_ENTRIES = 50;

/** The entry's date and what it is, see the module comment. */
export function entryDate(report: Report): { date: string; label: string } {
  if (report.source.retrieved) return { date: report.source.retrieved, label: '采集日期' };
  if (report.published) return { date: report.published, label: '发布日期' };
  return { date: `${report.year + 1}-01-01`, label: '日期未知，按报告年度次年1月1日排列' };
}

const link = (path: string): string => absoluteUrl(path) ?? href(path);

const idOf = (path: string, urn: string): string => absoluteUrl(path) ?? `urn:fazhi-reports:${urn}`;

/** Newest entry first (by `entryDate`), ties by slug: the feeds' order and the home page's "latest reports". */
export const compareEntries = (a: Report, b: Report): number =>
  entryDate(b).date.localeCompare(entryDate(a).date) || a.slug.localeCompare(b.slug);

export interface FeedSpec {
  title: string;
  /** Path of the feed itself, e.g. routes.feed(). */
  self: string;
  /** Path of the HTML page the feed stands for. */
  page: string;
  /** Suffix of the feed's URN when there is no site URL. */
  urn: string;
  reports: readonly Report[];
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  format: true,
  suppressEmptyNode: true,
});

const atomDate = (date: string): string => `${date}T00:00:00Z`;

export function buildAtomFeed(spec: FeedSpec): string {
  const reports = [...spec.reports].sort(compareEntries).slice(0, FEED_ENTRIES);
  const newest = reports[0] === undefined ? '2000-01-01' : entryDate(reports[0]).date;
  const entries = reports.map((report) => {
    const { date, label } = entryDate(report);
    const facts = [
      [...placeContext(report).reverse(), report.place].join(' '),
      `${report.year}年度`,
      report.issuer ? `发布机关：${report.issuer}` : undefined,
      report.published ? `发布日期：${formatDate(report.published)}` : '发布日期：未知',
      label === '采集日期' ? `采集日期：${formatDate(date)}` : label.startsWith('日期未知') ? label : undefined,
    ].filter((fact): fact is string => fact !== undefined);
    return {
      id: idOf(routes.report(report.slug), `report:${report.slug}`),
      title: report.title,
      link: { '@rel': 'alternate', '@type': 'text/html', '@href': link(routes.report(report.slug)) },
      updated: atomDate(date),
      ...(report.published ? { published: atomDate(report.published) } : {}),
      ...(report.issuer ? { author: { name: report.issuer } } : {}),
      summary: facts.join('；'),
    };
  });
  const feed = {
    '@xmlns': 'http://www.w3.org/2005/Atom',
    '@xml:lang': 'zh-CN',
    id: idOf(spec.page, spec.urn),
    title: spec.title,
    updated: atomDate(newest),
    author: { name: SITE_NAME },
    link: [
      { '@rel': 'alternate', '@type': 'text/html', '@href': link(spec.page) },
      { '@rel': 'self', '@type': 'application/atom+xml', '@href': link(spec.self) },
    ],
    rights: '报告原文为国家机关公文；本档案的整理工作以 CC0 1.0 放弃权利',
    generator: SITE_NAME,
    entry: entries,
  };
  return `<?xml version="1.0" encoding="utf-8"?>\n${builder.build({ feed })}`;
}
