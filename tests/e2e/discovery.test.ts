/**
 * Feeds and discovery: the Atom feeds (site-wide and per province), the
 * sitemap and the OpenSearch description parse as XML (fast-xml-parser) and
 * agree with the content and the built pages; robots.txt names the sitemap;
 * every page has OpenGraph and Twitter tags with its own description and
 * links the feed and the search. A build without a site URL invents no
 * host: no canonical, og:url, sitemap or absolute citation URL, and one warning.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite } from './support/build-site.ts';
import { builtSites, SITE_URL } from './support/context.ts';
import { groupBy, loadReports } from './support/content.ts';
import { samplePages } from './support/pages.ts';
import { listHtmlFiles } from './support/site-files.ts';

const reports = await loadReports();
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'url', 'sitemap', 'link'].includes(name),
});

interface AtomEntry {
  title: string | { '#text': string };
  id: string;
  link: { '@href': string }[];
  updated: string;
}

function parseXml(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  expect(SyntaxValidator.validate(text), `${file} is well-formed XML`).toBe(true);
  return parser.parse(text) as Record<string, unknown>;
}

const text = (value: AtomEntry['title']): string => (typeof value === 'string' ? value : value['#text']);

function feedEntries(file: string): AtomEntry[] {
  const feed = (parseXml(file) as { feed: { entry?: AtomEntry[]; link: { '@rel': string; '@href': string }[] } }).feed;
  return feed.entry ?? [];
}

/** The file of a page at an absolute URL of the site. */
const fileOf = (dist: string, base: string, url: string): string =>
  join(dist, decodeURIComponent(new URL(url).pathname).slice(base.length), 'index.html');

describe.for(builtSites())('discovery in the $name build', (site) => {
  const siteRoot = `${SITE_URL}${site.base}`;

  test('the Atom feed lists the newest reports, each linking its page', () => {
    const entries = feedEntries(join(site.dist, 'feed.xml'));
    expect(entries).toHaveLength(Math.min(50, reports.length));
    expect(entries.map((entry) => text(entry.title)).sort()).toEqual(reports.map((r) => r.title).sort());
    for (const entry of entries) {
      const href = entry.link[0]?.['@href'] ?? '';
      expect(href.startsWith(`${siteRoot}reports/`), href).toBe(true);
      expect(existsSync(fileOf(site.dist, site.base, href)), href).toBe(true);
      expect(entry.id).toBe(href);
    }
    const dates = entries.map((entry) => entry.updated);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('each province has a feed of its own reports, linked from its page', async () => {
    for (const [province, group] of groupBy(reports, (r) => r.province)) {
      const pages = (await listHtmlFiles(join(site.dist, 'provinces'))).filter((file) => file.endsWith('/index.html'));
      const page = pages.find((file) =>
        readFileSync(join(site.dist, 'provinces', file), 'utf8').includes(`<h1>${province}</h1>`),
      );
      expect(page, province).toBeDefined();
      const folder = (page ?? '').replace(/\/index\.html$/, '');
      const html = readFileSync(join(site.dist, 'provinces', folder, 'index.html'), 'utf8');
      expect(html).toContain(
        `<link rel="alternate" type="application/atom+xml" title="${province}新增报告" href="${site.base}provinces/${folder}/feed.xml">`,
      );
      const entries = feedEntries(join(site.dist, 'provinces', folder, 'feed.xml'));
      expect(entries.map((entry) => text(entry.title)).sort()).toEqual(group.map((r) => r.title).sort());
    }
  });

  test('the sitemap lists every indexable page and nothing else; robots.txt names it', () => {
    const index = parseXml(join(site.dist, 'sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string }[] } };
    const locs = index.sitemapindex.sitemap.flatMap(({ loc }) => {
      const file = join(site.dist, new URL(loc).pathname.slice(site.base.length));
      const sitemap = parseXml(file) as { urlset: { url: { loc: string }[] } };
      return sitemap.urlset.url.map((url) => url.loc);
    });
    for (const loc of locs) {
      expect(loc.startsWith(siteRoot), loc).toBe(true);
      const html = readFileSync(fileOf(site.dist, site.base, loc), 'utf8');
      expect(html, loc).not.toContain('<meta name="robots" content="noindex">');
    }
    for (const report of reports) expect(locs).toContain(`${siteRoot}reports/${report.slug}/`);
    expect(locs).toContain(`${siteRoot}data/`);
    expect(locs).toContain(`${siteRoot}about/`);
    expect(readFileSync(join(site.dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteRoot}sitemap-index.xml\n`);
  });

  test('the OpenSearch description points at the search page', () => {
    const description = parseXml(join(site.dist, 'opensearch.xml')) as {
      OpenSearchDescription: { Url: { '@template': string }; ShortName: string };
    };
    expect(description.OpenSearchDescription.Url['@template']).toBe(`${siteRoot}search/?q={searchTerms}`);
    expect(description.OpenSearchDescription.ShortName.length).toBeLessThanOrEqual(16);
  });

  test('every page type has OpenGraph and Twitter tags with its own description, and links the feed and search', async () => {
    const descriptions = new Set<string>();
    for (const sample of (await samplePages(site)).filter((s) => s.status === 200)) {
      const html = readFileSync(join(site.dist, sample.path, 'index.html'), 'utf8');
      const meta = (attribute: string, name: string): string | undefined =>
        new RegExp(`<meta ${attribute}="${name}" content="([^"]*)">`).exec(html)?.[1];
      const description = meta('name', 'description');
      expect(description, sample.path).toBeDefined();
      expect(meta('property', 'og:description'), sample.path).toBe(description);
      expect(meta('name', 'twitter:description'), sample.path).toBe(description);
      expect(meta('property', 'og:title'), sample.path).toBe(meta('name', 'twitter:title'));
      expect(meta('property', 'og:url'), sample.path).toBe(/<link rel="canonical" href="([^"]*)">/.exec(html)?.[1]);
      expect(meta('property', 'og:type'), sample.path).toBe(sample.type === 'report' ? 'article' : 'website');
      expect(html).toContain(
        `type="application/atom+xml" title="法治政府建设情况报告档案：新增报告" href="${site.base}feed.xml">`,
      );
      expect(html).toContain(`<link rel="search" type="application/opensearchdescription+xml"`);
      descriptions.add(description ?? '');
    }
    expect(descriptions.size, 'each page type has its own description').toBeGreaterThan(5);
  });
});

describe('a build without a site URL', () => {
  const work = mkdtempSync(join(tmpdir(), 'no-site-url-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('leaves out absolute URLs instead of inventing a host, and warns once', async () => {
    const dist = join(work, 'dist');
    const output = await buildSite('no site URL', { OUT_DIR: dist, BASE_PATH: '/', SITE_URL: '' });
    expect(output.match(/SITE_URL is not set/g)).toHaveLength(1);
    expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).not.toContain('Sitemap');
    for (const file of await listHtmlFiles(dist)) {
      const html = readFileSync(join(dist, file), 'utf8');
      expect(html, file).not.toMatch(
        /rel="canonical"|property="og:url"|name="citation_public_url"|name="DC\.identifier"/,
      );
      expect(html, file).not.toContain('example.org');
    }
    const entries = feedEntries(join(dist, 'feed.xml'));
    for (const entry of entries) {
      expect(entry.link[0]?.['@href']).toMatch(/^\/reports\/[a-z0-9-]+\/$/);
      expect(entry.id).toMatch(/^urn:fazhi-reports:report:/);
    }
    const bib = readFileSync(join(dist, 'reports', `${reports[0]?.slug}.bib`), 'utf8');
    expect(bib).not.toMatch(/url = /);
  });
});
