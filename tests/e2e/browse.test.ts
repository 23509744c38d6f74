/**
 * Browse pages list the right reports, computed from the content's
 * frontmatter: the home page states the counts, links every year with its
 * count and lists the newest reports (at most HOME_LATEST); each year and
 * province page leads, through its paginated lists, to exactly the reports of
 * that year or province, and each place page lists exactly its reports;
 * every report links to its pages from its metadata; the index pages link to
 * every browse page.
 *
 * Place and province slugs are the site's choice, so they are not computed
 * here; instead the tests require that all reports of one place link to the
 * same place page, different places to different pages, and that the page
 * lists exactly those reports.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { logProblems, openPage } from '../../scripts/lib/browser/browser.ts';
import { rootSite, urlOf } from './support/context.ts';
import { groupBy, loadReports } from './support/content.ts';
import type { ContentReport } from './support/content.ts';
import { useBrowser } from './support/fixture.ts';
import { browseLink, linkedReports, mainLinks } from './support/site-links.ts';
import { HOME_LATEST } from '../../src/lib/browse.ts';

const site = rootSite();
const reports = await loadReports();
const fixture = useBrowser();

/** Two reports are about the same place when the whole hierarchy agrees (two 新城镇 in different counties are two places). */
const placeKey = (r: ContentReport): string => [r.province, r.city ?? '', r.county ?? '', r.place].join('|');

const sorted = (values: Iterable<string>): string[] => [...values].sort();

/** The browse links of every report page, read once: slug → { years, places, provinces } paths. */
const browseLinks = new Map<string, Record<'years' | 'places' | 'provinces', string | undefined>>();
let context: BrowserContext;

beforeAll(async () => {
  context = await fixture.context();
  for (const report of reports) {
    const { page, log } = await openPage(context, urlOf(site, `reports/${report.slug}/`));
    browseLinks.set(report.slug, {
      years: await browseLink(page, site, 'years'),
      places: await browseLink(page, site, 'places'),
      provinces: await browseLink(page, site, 'provinces'),
    });
    expect(logProblems(log), `reports/${report.slug}/ console`).toBe('');
    await page.close();
  }
});

/** Opens a page, hands it to `check`, then asserts its console stayed empty. */
async function onPage(path: string, check: (page: Page) => Promise<void>): Promise<void> {
  const { page, log, status } = await openPage(context, urlOf(site, path));
  expect(status, `${path} status`).toBe(200);
  await check(page);
  expect(logProblems(log), `${path} console`).toBe('');
  await page.close();
}

/**
 * The reports a reader reaches from `path` by following, page after page, the
 * links whose path matches `follow` (a year's provinces, their numbered pages):
 * report slug → how many of the visited pages list it.
 */
async function reachableReports(path: string, follow: RegExp): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const queue = [path];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const next = queue.shift() ?? '';
    await onPage(next, async (page) => {
      for (const slug of await linkedReports(page, site)) found.set(slug, (found.get(slug) ?? 0) + 1);
      for (const link of await mainLinks(page, site))
        if (follow.test(link) && !seen.has(link)) {
          seen.add(link);
          queue.push(link);
        }
    });
  }
  return found;
}

describe('home page', () => {
  test(`links every year with its count, and lists the newest reports (at most ${HOME_LATEST})`, async () => {
    await onPage('', async (page) => {
      const listed = await linkedReports(page, site);
      expect(listed.length, 'reports listed on the home page').toBe(Math.min(HOME_LATEST, reports.length));
      expect(listed.every((slug) => reports.some((r) => r.slug === slug))).toBe(true);
      const links = await mainLinks(page, site);
      for (const [year, group] of groupBy(reports, (r) => r.year)) {
        expect(links, `home links years/${year}/`).toContain(`years/${year}/`);
        // The old address of a year's list on the home page (/#year-2023) still has its target.
        const entry = page.locator(`#year-${year}`);
        expect((await entry.innerText()).replace(/\s+/g, ''), `#year-${year}`).toContain(`${group.length}份报告`);
      }
    });
  });

  test('states how many reports, places, years and provinces the archive holds', async () => {
    await onPage('', async (page) => {
      const text = (await page.locator('main').innerText()).replace(/\s+/g, '');
      const counts = {
        reports: reports.length,
        places: new Set(reports.map(placeKey)).size,
        years: new Set(reports.map((r) => r.year)).size,
        provinces: new Set(reports.map((r) => r.province)).size,
      };
      // Each count must appear as a number next to its noun, e.g. "5份报告" or "报告5份".
      const nouns = { reports: '报告', places: '地[方区点]', years: '年', provinces: '省' };
      for (const [key, count] of Object.entries(counts)) {
        const noun = nouns[key as keyof typeof nouns];
        const near = new RegExp(`(?<!\\d)${count}(?!\\d)[^\\d]{0,4}${noun}|${noun}[^\\d]{0,4}(?<!\\d)${count}(?!\\d)`);
        expect(near.test(text), `home page should state ${count} ${key}: ${text.slice(0, 300)}`).toBe(true);
      }
    });
  });
});

describe('every report links to its browse pages', () => {
  test('year links point to years/<year>/', () => {
    for (const report of reports) {
      expect(browseLinks.get(report.slug)?.years, `${report.slug} year link`).toBe(`years/${report.year}/`);
    }
  });

  test.for([
    { folder: 'places' as const, key: placeKey },
    { folder: 'provinces' as const, key: (r: ContentReport) => r.province },
  ])('$folder: one page per distinct value, shared by all its reports', ({ folder, key }) => {
    const pageByValue = new Map<string, string>();
    for (const report of reports) {
      const link = browseLinks.get(report.slug)?.[folder];
      expect(link, `${report.slug} has no link to a ${folder} page`).toBeDefined();
      const known = pageByValue.get(key(report));
      if (known !== undefined)
        expect(link, `${report.slug} links to another ${folder} page than its siblings`).toBe(known);
      else pageByValue.set(key(report), link ?? '');
    }
    const pages = [...pageByValue.values()];
    expect(new Set(pages).size, `distinct ${folder} need distinct pages: ${JSON.stringify([...pageByValue])}`).toBe(
      pages.length,
    );
  });
});

describe('browse pages list exactly their reports', () => {
  const cases = [
    ...[...groupBy(reports, (r) => String(r.year))].map(([year, group]) => ({
      kind: 'year',
      name: year,
      group,
      folder: 'years' as const,
    })),
    ...[...groupBy(reports, placeKey)].map(([key, group]) => ({
      kind: 'place',
      name: key.split('|').at(-1) ?? key,
      group,
      folder: 'places' as const,
    })),
    ...[...groupBy(reports, (r) => r.province)].map(([province, group]) => ({
      kind: 'province',
      name: province,
      group,
      folder: 'provinces' as const,
    })),
  ];

  // A year's page lists its provinces, a province's page its years: the reports are on the
  // paginated /years/<year>/<province>/ lists below them, each listed once.
  const follow = {
    years: (path: string) => new RegExp(`^${path}[^/#]+/(?:\\d+/)?$`),
    provinces: (path: string) => new RegExp(`^years/\\d+/${path.split('/')[1] ?? ''}/(?:\\d+/)?$`),
    places: () => /^$^/,
  };

  test.for(cases)('$kind $name', async ({ name, group, folder }) => {
    const path = browseLinks.get(group[0]?.slug ?? '')?.[folder];
    expect(path, `no ${folder} link for ${name}`).toBeDefined();
    await onPage(path ?? '', async (page) => {
      expect(await page.getByRole('heading', { level: 1 }).textContent(), `${path} h1`).toContain(name);
      const text = (await page.locator('main').innerText()).replace(/\s+/g, '');
      expect(text, `${path} should state its count of ${group.length} reports`).toMatch(
        new RegExp(`(?<!\\d)${group.length}(?!\\d)[^\\d]{0,3}[份篇]`),
      );
    });
    const reached = await reachableReports(path ?? '', follow[folder](path ?? ''));
    expect(sorted(reached.keys()), `reports reached from ${path}`).toEqual(sorted(group.map((r) => r.slug)));
    expect(
      [...reached].filter(([, times]) => times > 1),
      `reports listed twice under ${path}`,
    ).toEqual([]);
  });
});

describe('browse index pages link to every browse page', () => {
  test.for(['years', 'places', 'provinces'] as const)('%s/', async (folder) => {
    const expected = sorted(new Set(reports.map((r) => browseLinks.get(r.slug)?.[folder] ?? '')));
    // The places index lists the provinces; each province's places page lists its places.
    const indexes = [`${folder}/`];
    if (folder === 'places')
      await onPage('places/', async (page) => {
        const provincePages = (await mainLinks(page, site)).filter((p) => /^places\/province\/[^/#]+\/$/.test(p));
        expect(provincePages, 'places/ links to one page per province').toHaveLength(
          new Set(reports.map((r) => r.province)).size,
        );
        indexes.push(...provincePages);
      });
    const linked = new Set<string>();
    for (const index of indexes)
      await onPage(index, async (page) => {
        const pattern = new RegExp(`^${folder}/[^/#]+/$`);
        for (const path of await mainLinks(page, site)) if (pattern.test(path)) linked.add(path);
      });
    expect(
      sorted(linked),
      `${indexes.join(', ')} should link to exactly the ${folder} pages the reports link to`,
    ).toEqual(expected);
  });
});
