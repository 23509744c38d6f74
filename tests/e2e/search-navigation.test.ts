/**
 * From the search box to the words on the report page (issue 6): the header
 * form leads to the search page, a result link lands on its section with the
 * query highlighted there, and all of it works under the /archive/ base path.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { logProblems, recordPage } from '../../scripts/lib/browser/browser.ts';
import { archiveSite, rootSite } from './support/context.ts';
import type { BuiltSite } from './support/context.ts';
import { useBrowser } from './support/fixture.ts';
import { expectedSlugs, openSearch, resultLinks, resultSlugs, waitForSearch } from './search-helpers.ts';

const fixture = useBrowser();

/** Marks inside the targeted section: from the target heading to the next heading of the same or a higher level. */
function marksInTargetSection(page: Page): Promise<{ target: string; marks: string[]; isTarget: boolean }> {
  return page.evaluate(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const target = document.getElementById(id);
    if (target === null) return { target: id, marks: [], isTarget: false };
    const level = /^H([1-6])$/u.exec(target.tagName)?.[1];
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    const end =
      level === undefined
        ? undefined
        : headings.slice(headings.indexOf(target) + 1).find((h) => Number(h.tagName.slice(1)) <= Number(level));
    const inSection = (node: Node): boolean =>
      target.contains(node) ||
      (level !== undefined &&
        (target.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
        (end === undefined || (end.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING) !== 0));
    const marks = [...document.querySelectorAll('mark')]
      .filter(inSection)
      .map((mark) => (mark.textContent ?? '').replace(/\s+/gu, ''));
    return { target: id, marks, isTarget: target.matches(':target') };
  });
}

/** Searches, follows the first result and checks the landing. */
async function searchAndFollow(site: BuiltSite, query: string): Promise<void> {
  const context = await fixture.context();
  const page = await context.newPage();
  const log = recordPage(page);
  await openSearch(page, site, { q: query });
  const links = await resultLinks(page, site);
  expect(links.map((l) => l.slug).sort()).toEqual(await expectedSlugs(query));
  const first = links[0];
  expect(first, `no result for ${query}`).toBeDefined();
  if (first === undefined) return;
  expect(first.section, 'the result links to a section').toMatch(/^s\d/u);
  await Promise.all([
    page.waitForURL((url) => url.pathname.endsWith(`/reports/${first.slug}/`)),
    page.locator('#search-results a').first().click(),
  ]);
  await page.waitForLoadState('networkidle');
  expect(new URL(page.url()).hash).toBe(`#${first.section}`);
  await expect
    .poll(async () => (await marksInTargetSection(page)).marks.length, { message: `a <mark> in #${first.section}` })
    .toBeGreaterThan(0);
  const landed = await marksInTargetSection(page);
  expect(landed.isTarget).toBe(true);
  expect(new Set(landed.marks)).toEqual(new Set([query]));
  // Every request stayed under the site's base path.
  const base = new URL(site.url);
  expect(log.requests.filter((url) => !url.startsWith(`${base.origin}${base.pathname}`))).toEqual([]);
  expect(logProblems(log)).toBe('');
  await context.close();
}

describe('from a result to the words', () => {
  test.for(['法律顾问', '法律明白人', '纠纷'])(
    '%s: the first result lands on its section with the query marked there',
    async (query) => {
      await searchAndFollow(rootSite(), query);
    },
  );

  test('a report opened without ?hl has no marks and loads no highlighter', async () => {
    const context = await fixture.context();
    const page = await context.newPage();
    const log = recordPage(page);
    await openSearch(page, rootSite(), { q: '法律顾问' });
    const first = (await resultLinks(page, rootSite()))[0];
    await page.goto(`${rootSite().url}reports/${first?.slug ?? ''}/#${first?.section ?? ''}`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('mark').count()).toBe(0);
    expect(log.requests.filter((url) => url.includes('highlight'))).toEqual([]);
    await context.close();
  });
});

describe('the header search box', () => {
  test('sends the query to the search page, which answers it', async () => {
    const site = rootSite();
    const context = await fixture.context();
    const page = await context.newPage();
    const log = recordPage(page);
    await page.goto(site.url);
    await page.locator('#site-search-input').fill('法律明白人');
    await Promise.all([page.waitForURL(/\/search\/\?q=/u), page.locator('#site-search-input').press('Enter')]);
    await waitForSearch(page, '法律明白人');
    expect(await resultSlugs(page, site)).toEqual(await expectedSlugs('法律明白人'));
    expect(logProblems(log)).toBe('');
    await context.close();
  });
});

describe('under the /archive/ base path', () => {
  test('search, results and highlighting all stay under /archive/', async () => {
    await searchAndFollow(archiveSite(), '法律顾问');
  });

  test('a traditional query and filters work there too', async () => {
    const site = archiveSite();
    const context = await fixture.context();
    const page = await context.newPage();
    const log = recordPage(page);
    await openSearch(page, site, { q: '鞏留鎮' });
    expect(await resultSlugs(page, site)).toEqual(await expectedSlugs('巩留镇'));
    for (const link of await resultLinks(page, site))
      expect(new URL(link.href, site.url).pathname.startsWith('/archive/reports/')).toBe(true);
    expect(logProblems(log)).toBe('');
    await context.close();
  });
});
