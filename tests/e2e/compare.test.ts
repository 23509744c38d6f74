/**
 * Compare pages. /compare/<part>/ is an overview (per year: how many reports
 * have the part, from which provinces); /compare/<part>/<year>/ shows that
 * part of every report of the year that has it, each linking back to its
 * section, paginated (…/<year>/2/) when a year holds more than a page's worth.
 * Each report's "对照阅读" links land on its own excerpt.
 *
 * The expected sections are read from the report pages (their `data-part`
 * wrappers), and those are checked against the content: one wrapper per
 * level-1 heading, and headings worded unmistakably by the national outline
 * (存在的不足/问题, 第一责任人, 下一年度…安排, 其他需要报告) in the part the
 * outline names. Pagination is checked on a site built here from copies of
 * the content's reports, all in one year, so that every part overflows a page.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { logProblems, openPage } from '../../scripts/lib/browser/browser.ts';
import { buildSite } from './support/build-site.ts';
import { SITE_URL } from './support/constants.ts';
import { rootSite, urlOf, type BuiltSite } from './support/context.ts';
import { certainPart, loadReports, OUTLINE_PARTS, type ContentReport } from './support/content.ts';
import { useBrowser } from './support/fixture.ts';
import { startStaticServer, type StaticServer } from '../../scripts/lib/browser/server.ts';
import { linkedSections, reportParts } from './support/site-links.ts';

const PARTS = OUTLINE_PARTS;
const site = rootSite();
const reports = await loadReports();
const fixture = useBrowser();

/** slug → the level-1 sections its page shows, in order. */
const partsBySlug = new Map<string, { part: string; id: string; heading: string }[]>();
let context: BrowserContext;

beforeAll(async () => {
  context = await fixture.context();
  for (const report of reports) {
    const { page, log } = await openPage(context, urlOf(site, `reports/${report.slug}/`));
    partsBySlug.set(report.slug, await reportParts(page));
    expect(logProblems(log), `reports/${report.slug}/ console`).toBe('');
    await page.close();
  }
});

/** The report's sections of one part, as "slug#id". */
const sectionsOf = (report: ContentReport, part: string, slug = report.slug): string[] =>
  (partsBySlug.get(report.slug) ?? []).filter((p) => p.part === part).map((p) => `${slug}#${p.id}`);

const yearsOf = (list: readonly ContentReport[]): number[] =>
  [...new Set(list.map((r) => r.year))].sort((a, b) => b - a);

/** One line per axe violation (WCAG 2.0/2.1 A and AA), '' when there is none. */
async function axeViolations(page: Page): Promise<string> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${v.help} at ${node.target.join(' ')}`))
    .join('\n');
}

/** What a year's compare pages show, following "下一页" from the first page. */
interface YearPages {
  paths: string[];
  /** Each excerpt: the section it links back to ("slug#id"), its id, its heading text and its province group's heading. */
  entries: { section: string; id: string; heading: string; province: string; path: string }[];
}

async function readYearPages(target: BuiltSite, part: string, year: number): Promise<YearPages> {
  const result: YearPages = { paths: [], entries: [] };
  let path: string | undefined = `compare/${part}/${year}/`;
  while (path !== undefined) {
    const { page, log, status } = await openPage(context, urlOf(target, path));
    expect(status, `${path} status`).toBe(200);
    result.paths.push(path);
    const entries = await page.locator('main article').evaluateAll((articles) =>
      articles.map((article) => ({
        id: article.id,
        href: article.querySelector<HTMLAnchorElement>('h3 a')?.href ?? '',
        heading: article.querySelector('h3')?.textContent ?? '',
        province: article.closest('section')?.querySelector('h2')?.textContent ?? '',
      })),
    );
    for (const entry of entries) {
      const url = new URL(entry.href);
      const section = `${decodeURIComponent(url.pathname)
        .slice(new URL(target.url).pathname.length)
        .replace(/^reports\/|\/$/g, '')}${url.hash}`;
      result.entries.push({ section, id: entry.id, heading: entry.heading, province: entry.province, path });
    }
    const next = page.getByRole('navigation', { name: '分页（页尾）' }).getByRole('link', { name: '下一页' });
    const nextHref = (await next.count()) > 0 ? await next.getAttribute('href') : null;
    expect(logProblems(log), `${path} console`).toBe('');
    await page.close();
    path =
      nextHref === null
        ? undefined
        : new URL(nextHref, urlOf(target, path)).pathname.slice(new URL(target.url).pathname.length);
  }
  return result;
}

describe('report parts', () => {
  test.for(reports)('$slug: one data-part section per level-1 heading, in the part its wording names', (report) => {
    const parts = partsBySlug.get(report.slug) ?? [];
    const level1 = report.headings.filter((h) => h.depth === 2);
    expect(parts.length, `${report.slug}: [data-part] sections vs level-1 headings in ${report.file}`).toBe(
      level1.length,
    );
    for (const [index, heading] of level1.entries()) {
      const shown = parts[index];
      expect(PARTS as readonly string[], `${report.slug} #${shown?.id}: unknown data-part`).toContain(shown?.part);
      const certain = certainPart(heading.text);
      if (certain !== undefined) expect(shown?.part, `${report.slug}: "${heading.text}"`).toBe(certain);
    }
  });
});

describe('compare overviews', () => {
  test.for(PARTS)(
    'compare/%s/ counts, per year and province, the reports that have the part, and links to each year',
    async (part) => {
      const path = `compare/${part}/`;
      const { page, log, status } = await openPage(context, urlOf(site, path));
      expect(status, `${path} status`).toBe(200);
      for (const year of yearsOf(reports)) {
        const ofYear = reports.filter((r) => r.year === year);
        const withPart = ofYear.filter((r) => sectionsOf(r, part).length > 0);
        const region = page.getByRole('region', { name: `${year}年` });
        const text = (await region.innerText()).replace(/\s+/g, '');
        expect(text, `${path} ${year}: number of reports`).toContain(`共${ofYear.length}份报告`);
        const yearLink = region.getByRole('link', { name: `${year}年` });
        if (withPart.length === 0) {
          expect(text, `${path} ${year}: no report has the part`).toContain('均未单列');
          expect(await yearLink.count(), `${path} ${year}: no link to an empty year`).toBe(0);
          continue;
        }
        expect(text, `${path} ${year}: reports with the part`).toContain(
          withPart.length === ofYear.length ? '都单列了' : `其中${withPart.length}份`,
        );
        expect(await yearLink.getAttribute('href'), `${path} ${year}: link to the year`).toBe(
          `/compare/${part}/${year}/`,
        );
        for (const province of new Set(withPart.map((r) => r.province))) {
          const count = withPart.filter((r) => r.province === province).length;
          expect(text, `${path} ${year}: ${province}`).toContain(`${province}${count}份`);
        }
      }
      expect(logProblems(log), `${path} console`).toBe('');
      await page.close();
    },
  );

  test('compare/ links to all five parts', async () => {
    const { page, log } = await openPage(context, urlOf(site, 'compare/'));
    const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const part of PARTS)
      expect(hrefs, `compare/ should link to compare/${part}/`).toContain(urlOf(site, `compare/${part}/`));
    expect(logProblems(log), 'compare/ console').toBe('');
    await page.close();
  });
});

describe('compare year pages', () => {
  test.for(PARTS)(
    'compare/%s/<year>/ shows that part of every report of the year that has it, by province, naming place and year',
    async (part) => {
      for (const year of yearsOf(reports)) {
        const ofYear = reports.filter((r) => r.year === year);
        const expected = ofYear.flatMap((r) => sectionsOf(r, part));
        if (expected.length === 0) continue;
        const shown = await readYearPages(site, part, year);
        expect(shown.entries.map((e) => e.section).sort(), `sections shown on compare/${part}/${year}/`).toEqual(
          [...expected].sort(),
        );
        for (const entry of shown.entries) {
          const report = ofYear.find((r) => r.slug === entry.section.split('#')[0]);
          expect(entry.heading, `${entry.path}: heading of ${entry.section}`).toContain(`${report?.place} ${year}年`);
          expect(entry.province, `${entry.path}: province group of ${entry.section}`).toContain(
            report?.province ?? '?',
          );
          expect(entry.id, `${entry.path}: anchor of ${entry.section}`).toBe(entry.section.replace('#', '-'));
        }
        // Grouped by province: each province's excerpts form one run.
        const provinces = shown.entries.map((e) => e.province);
        const runs = provinces.filter((p, i) => i === 0 || p !== provinces[i - 1]);
        expect(runs, `compare/${part}/${year}/ groups by province`).toEqual([...new Set(runs)]);
      }
    },
  );

  test('a year page passes axe and links the other parts and years', async () => {
    const year = Math.max(...reports.map((r) => r.year));
    const part = PARTS.find((p) => reports.some((r) => r.year === year && sectionsOf(r, p).length > 0)) ?? 'measures';
    const path = `compare/${part}/${year}/`;
    const { page, log } = await openPage(context, urlOf(site, path));
    expect(await axeViolations(page), `axe on ${path}`).toBe('');
    const parts = page.getByRole('navigation', { name: '报告的五个部分' });
    expect(await parts.getByRole('link').count(), `${path}: part navigation`).toBe(PARTS.length);
    expect(await parts.locator('[aria-current="page"]').getAttribute('href'), `${path}: current part`).toBe(`/${path}`);
    expect(logProblems(log), `${path} console`).toBe('');
    await page.close();
  });
});

describe('对照阅读 links', () => {
  test.for(reports)(
    '$slug: each level-1 heading links to its excerpt on the year’s compare page, which links back',
    async (report) => {
      const { page, log } = await openPage(context, urlOf(site, `reports/${report.slug}/`));
      const links = page.getByRole('link', { name: /^对照阅读：/ });
      const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      const expected = (partsBySlug.get(report.slug) ?? []).map((p) =>
        urlOf(site, `compare/${p.part}/${report.year}/#${report.slug}-${p.id}`),
      );
      expect(hrefs, `${report.slug}: 对照阅读 links`).toEqual(expected);
      for (const [index, href] of hrefs.entries()) {
        await page.goto(href);
        const target = page.locator(':target');
        expect(await target.evaluate((el) => el.tagName), `${href}: the fragment names an excerpt`).toBe('ARTICLE');
        expect(await linkedSections(page, site), `${href}: excerpt links back`).toContain(
          `${report.slug}#${partsBySlug.get(report.slug)?.[index]?.id}`,
        );
        const back = await target.locator('h3 a').getAttribute('href');
        expect(back, `${href}: the excerpt's heading links back to its section`).toBe(
          `/reports/${report.slug}/#${partsBySlug.get(report.slug)?.[index]?.id}`,
        );
      }
      expect(logProblems(log), `reports/${report.slug}/ console`).toBe('');
      await page.close();
    },
  );
});

describe('pagination, on a site of many reports in one year', () => {
  const BASE = '/archive/';
  const YEAR = 2023;
  const MAX_PAGE_BYTES = 300_000;
  // Enough copies that each part present in every report has more than 100 reports in the year.
  const copies = Math.ceil(110 / reports.length);
  const work = mkdtempSync(join(tmpdir(), 'compare-pages-'));
  const dist = join(work, 'dist');
  let scale: BuiltSite;
  let server: StaticServer | undefined;
  /** The copies, each with the report it was made from. */
  const made: { slug: string; place: string; province: string; original: ContentReport }[] = [];

  beforeAll(async () => {
    const reportsDir = join(work, 'reports');
    mkdirSync(reportsDir);
    for (const original of reports) {
      const text = readFileSync(original.file, 'utf8');
      for (let copy = 1; copy <= copies; copy += 1) {
        const slug = `${original.slug}-c${copy}`;
        const place = `${original.place}${copy}`;
        const changed = text
          .replace(/^slug: .*$/m, `slug: ${slug}`)
          .replace(/^place: .*$/m, `place: ${place}`)
          .replace(/^year: .*$/m, `year: ${YEAR}`);
        writeFileSync(join(reportsDir, `${slug}.md`), changed);
        made.push({ slug, place, province: original.province, original });
      }
    }
    await buildSite('compare pagination', { REPORTS_DIR: reportsDir, OUT_DIR: dist, BASE_PATH: BASE, SITE_URL });
    server = await startStaticServer({ root: dist, base: BASE });
    scale = { name: 'compare pagination', dist, base: BASE, url: server.url };
  }, 600_000);

  afterAll(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const expectedOf = (part: string): string[] => made.flatMap((m) => sectionsOf(m.original, part, m.slug));
  const pageFile = (path: string): string => join(dist, path.slice(BASE.length - 1), 'index.html');

  test.for(PARTS)(
    'compare/%s/2023/ holds every report’s part exactly once, in pages of at most 50 reports that stay small',
    async (part) => {
      const expected = expectedOf(part);
      if (expected.length === 0) return;
      const shown = await readYearPages(scale, part, YEAR);
      const sections = shown.entries.map((e) => e.section);
      expect(sections.length, `compare/${part}/${YEAR}/: no excerpt twice`).toBe(new Set(sections).size);
      expect([...sections].sort(), `compare/${part}/${YEAR}/: every excerpt`).toEqual([...expected].sort());
      const reportsWithPart = new Set(expected.map((s) => s.split('#')[0])).size;
      if (reportsWithPart > 50)
        expect(shown.paths.length, `compare/${part}/${YEAR}/: more than 50 reports need pages`).toBeGreaterThan(1);
      expect(shown.paths.slice(1), 'later pages are numbered').toEqual(
        shown.paths.slice(1).map((_, i) => `compare/${part}/${YEAR}/${i + 2}/`),
      );
      for (const path of shown.paths) {
        const onPage = new Set(shown.entries.filter((e) => e.path === path).map((e) => e.section.split('#')[0]));
        expect(onPage.size, `${path}: reports on the page`).toBeLessThanOrEqual(50);
        expect(statSync(pageFile(`${BASE}${path}`)).size, `${path}: bytes`).toBeLessThanOrEqual(MAX_PAGE_BYTES);
      }
    },
  );

  test('every 对照阅读 link names the page that holds its excerpt', () => {
    const problems: string[] = [];
    let paged = 0;
    for (const { slug } of made) {
      const html = readFileSync(join(dist, 'reports', slug, 'index.html'), 'utf8');
      for (const [, href] of html.matchAll(/class="compare-link" href="([^"]+)"/g)) {
        const [path = '', fragment = ''] = (href ?? '').split('#');
        if (/\/\d+\/\d+\/$/.test(path)) paged += 1;
        const target = readFileSync(pageFile(path), 'utf8');
        if (!target.includes(`<article class="compare-entry" id="${fragment}">`))
          problems.push(`${slug}: ${href} has no excerpt #${fragment}`);
      }
    }
    expect(problems, 'links to a page without the excerpt').toEqual([]);
    expect(paged, 'links to pages after the first').toBeGreaterThan(0);
  });

  test('a later page: accessible pagination, lands on the excerpt, passes axe', async () => {
    const part = PARTS.find((p) => new Set(expectedOf(p).map((s) => s.split('#')[0])).size > 50);
    expect(part, 'a part with more than 50 reports in the year').toBeDefined();
    // A report whose excerpt of that part is on a later page, as its own page links it.
    const linked = made.flatMap(({ slug }) =>
      [
        ...readFileSync(join(dist, 'reports', slug, 'index.html'), 'utf8').matchAll(
          /class="compare-link" href="([^"]+)"/g,
        ),
      ].map((m) => ({ slug, href: m[1] ?? '' })),
    );
    const later = linked.find(({ href }) => new RegExp(`^${BASE}compare/${part}/${YEAR}/\\d+/#`).test(href));
    expect(later, `a link to a later page of compare/${part}/${YEAR}/`).toBeDefined();
    const href = later?.href ?? '';
    const number = Number(/\/(\d+)\/#/.exec(href)?.[1]);

    const { page, log } = await openPage(context, `${new URL(scale.url).origin}${href}`);
    expect(await page.locator(':target').locator('h3 a').getAttribute('href'), 'lands on the report’s excerpt').toMatch(
      new RegExp(`^${BASE}reports/${later?.slug}/#s\\d+$`),
    );
    for (const name of ['分页（页首）', '分页（页尾）']) {
      const nav = page.getByRole('navigation', { name });
      const current = nav.getByRole('link', { name: `第${number}页` });
      expect(await current.getAttribute('aria-current'), `${name}: current page marked`).toBe('page');
      expect(await nav.getByRole('link', { name: '上一页' }).getAttribute('rel'), `${name}: previous`).toBe('prev');
      expect(await nav.getByRole('link', { name: '上一页' }).getAttribute('href')).toBe(
        number === 2 ? `${BASE}compare/${part}/${YEAR}/` : `${BASE}compare/${part}/${YEAR}/${number - 1}/`,
      );
      expect(await nav.getByRole('link', { name: '第1页' }).getAttribute('href'), `${name}: first page`).toBe(
        `${BASE}compare/${part}/${YEAR}/`,
      );
    }
    expect(await axeViolations(page), `axe on ${page.url()}`).toBe('');
    expect(logProblems(log), `${page.url()} console`).toBe('');
    await page.close();
  });

  test('the overview links each province to the page where its reports start', async () => {
    const part = PARTS.find((p) => new Set(expectedOf(p).map((s) => s.split('#')[0])).size > 50) ?? 'measures';
    const { page, log } = await openPage(context, urlOf(scale, `compare/${part}/`));
    const region = page.getByRole('region', { name: `${YEAR}年` });
    for (const province of new Set(made.map((m) => m.province))) {
      const count = new Set(
        made.filter((m) => m.province === province && sectionsOf(m.original, part).length > 0).map((m) => m.slug),
      ).size;
      if (count === 0) continue;
      const link = region.getByRole('link', { name: province });
      expect((await region.innerText()).replace(/\s+/g, ''), `${province}: count`).toContain(`${province}${count}份`);
      const href = (await link.getAttribute('href')) ?? '';
      const [path = '', fragment = ''] = href.split('#');
      const target = readFileSync(pageFile(path), 'utf8');
      expect(target, `${href}: the province's group`).toMatch(new RegExp(`<h2 id="${fragment}">${province}<`));
    }
    expect(logProblems(log), `compare/${part}/ console`).toBe('');
    await page.close();
  });
});
