/**
 * The hierarchy and coverage pages, on both builds (at / and under the base
 * path): the country page lists the provinces with reports and states the
 * coverage; following its links leads province → prefecture → county, each
 * page named as the division list names the code; a county's grid has one
 * row per township-level unit of the list and links exactly its reports; the
 * home page states the coverage; a place's old address sends the reader to
 * the place page keyed by its code. Expectations come from the content and
 * from src/data/divisions.txt read here line by line, not from the site's code.
 */
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { logProblems, openPage } from './support/browser.ts';
import { builtSites, urlOf, type BuiltSite } from './support/context.ts';
import { loadReports } from './support/content.ts';
import { useBrowser } from './support/fixture.ts';

const fixture = useBrowser();
const reports = await loadReports();

/** code → official name, straight from the committed list. */
const names = new Map(
  readFileSync(new URL('../../src/data/divisions.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => /^\d/u.test(line))
    .map((line) => line.split('\t') as [string, string]),
);
const townshipCodes = [...names.keys()].filter((code) => code.length === 9);
const coveredTownships = new Set(reports.map((r) => r.divisionCode).filter((code) => code.length === 9));
const plain = (text: string): string => text.replace(/[\s,]+/gu, '');

async function onPage<T>(context: BrowserContext, site: BuiltSite, path: string, check: (page: Page) => Promise<T>) {
  const { page, log, status } = await openPage(context, urlOf(site, path));
  expect(status, `${path} status`).toBe(200);
  const result = await check(page);
  expect(logProblems(log), `${path} console`).toBe('');
  await page.close();
  return result;
}

/** The links of the page's main element to other pages, as paths relative to the site's base. */
async function mainLinks(page: Page, site: BuiltSite, within = 'main'): Promise<string[]> {
  const hrefs = await page
    .locator(`${within} a[href]`)
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')!).filter((href) => !href.startsWith('#')));
  for (const href of hrefs) expect(href.startsWith(site.base), `${href} stays under ${site.base}`).toBe(true);
  return hrefs.map((href) => href.slice(site.base.length));
}

describe.for(builtSites())('division pages of the $name build', (site) => {
  test('the home page states the coverage', async () => {
    const context = await fixture.context();
    await onPage(context, site, '', async (page) => {
      expect(plain(await page.locator('main').innerText())).toContain(
        `${reports.length}份报告，覆盖${townshipCodes.length}个乡级单位中的${coveredTownships.size}个`,
      );
    });
  });

  test('country → province → prefecture → county, each named as the list names its code', async () => {
    const context = await fixture.context();
    const provinces = new Set(reports.map((r) => r.divisionCode.slice(0, 2)));
    const provinceLinks = await onPage(context, site, 'divisions/', async (page) => {
      const text = plain(await page.locator('main').innerText());
      expect(text).toContain(
        `${reports.length}份报告，覆盖${townshipCodes.length}个乡级单位中的${coveredTownships.size}个`,
      );
      return (await mainLinks(page, site, 'main table')).filter((path) => path.startsWith('divisions/'));
    });
    const codeOf = (path: string): string => path.match(/-(\d+)\/$/u)![1]!;
    expect(new Set(provinceLinks.map(codeOf))).toEqual(provinces);

    // Down every branch: each page's h1 is the list's name for its code; the leaves are county-level units.
    const counties = new Set<string>();
    const queue = [...provinceLinks];
    while (queue.length > 0) {
      const path = queue.shift()!;
      const code = codeOf(path);
      const below = await onPage(context, site, path, async (page) => {
        expect(await page.locator('h1').innerText()).toBe(names.get(code));
        const links = await mainLinks(page, site, 'main table');
        return links.filter((link) => link.startsWith('divisions/') && codeOf(link).length > code.length);
      });
      if (code.length === 6) counties.add(code);
      queue.push(...new Set(below));
    }
    const expectedCounties = new Set(reports.map((r) => r.divisionCode.slice(0, 6)));
    expect(counties).toEqual(expectedCounties);
  });

  test('a county grid has a row per township-level unit and links exactly its reports', async () => {
    const context = await fixture.context();
    const county = [
      ...new Set(reports.filter((r) => r.divisionCode.length === 9).map((r) => r.divisionCode.slice(0, 6))),
    ][0]!;
    const slug = `${pinyin(names.get(county)!, { toneType: 'none', type: 'array', v: true })
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/gu, '')}-${county}`;
    await onPage(context, site, `divisions/${slug}/`, async (page) => {
      const rows = await page.locator('table.coverage-grid tbody tr th').allInnerTexts();
      const expected = townshipCodes.filter((code) => code.startsWith(county)).map((code) => names.get(code));
      expect(rows).toEqual(expected);
      const linked = (await mainLinks(page, site, 'table.coverage-grid tbody td')).sort();
      const ours = reports.filter((r) => r.divisionCode.startsWith(county) && r.divisionCode.length === 9);
      expect(linked).toEqual(ours.map((r) => `reports/${r.slug}/`).sort());
      const cells = await page.locator('table.coverage-grid tbody td').allInnerTexts();
      expect(cells.filter((cell) => cell === '有')).toHaveLength(ours.length);
      expect(cells.every((cell) => cell === '有' || cell === '缺')).toBe(true);
    });
  });

  test('a place page is keyed by its code, and its old address sends the reader there', async () => {
    const context = await fixture.context();
    const report = reports[0]!;
    const slug = pinyin(report.place, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase();
    const keyed = `places/${slug}-${report.divisionCode}/`;
    await onPage(context, site, `reports/${report.slug}/`, async (page) => {
      expect(await mainLinks(page, site)).toContain(keyed);
    });
    const { page, log } = await openPage(context, urlOf(site, `places/${slug}/`));
    await page.waitForURL(urlOf(site, keyed));
    expect(await page.locator('h1').innerText()).toBe(report.place);
    expect(logProblems(log)).toBe('');
    await page.close();
  });
});
