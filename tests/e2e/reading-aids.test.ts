/**
 * Reading aids (issue 11, item 5): the table of contents lists level-3
 * headings and marks the section being read; the copy button, hidden until
 * hover, leaves no gap between the heading's links; /reports/ and /sources/
 * are directory pages; the places list filters by name, pinyin and initials.
 * Expectations come from the content (support/content.ts), not from src/.
 */
import { describe, expect, test } from 'vitest';
import { logProblems, openPage } from '../../scripts/lib/browser/browser.ts';
import { builtSites, urlOf } from './support/context.ts';
import { loadReports } from './support/content.ts';
import { useBrowser } from './support/fixture.ts';
import { sampleReport } from './support/pages.ts';

const reports = await loadReports();
const withH4 = reports.find((report) => report.headings.some((heading) => heading.depth === 4));
const sample = await sampleReport();
const fixture = useBrowser();
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

describe.for(builtSites())('reading aids in the $name build', (site) => {
  test.runIf(withH4 !== undefined)('the table of contents lists every heading down to level 3', async () => {
    const report = withH4!;
    const context = await fixture.context({ viewport: DESKTOP });
    const url = urlOf(site, `reports/${report.slug}/`);
    const { page, log } = await openPage(context, url);
    const links = page.getByRole('navigation', { name: '目录' }).getByRole('link');
    const texts = (await links.allTextContents()).map((text) => text.trim());
    const expected = report.headings.filter((heading) => heading.depth <= 4).map((heading) => heading.text.trim());
    expect(texts, `${url}: TOC entries`).toEqual(expected);
    expect(logProblems(log), `${url} console`).toBe('');
    await context.close();
  });

  test('the table of contents marks the section scrolled to', async () => {
    const context = await fixture.context({ viewport: DESKTOP });
    const url = urlOf(site, `reports/${sample.slug}/`);
    const { page, log } = await openPage(context, url);
    const toc = page.getByRole('navigation', { name: '目录' });
    await page.locator('[id="s2"]').evaluate((element) => element.scrollIntoView({ block: 'start' }));
    // The entry to mark: the last heading listed in the TOC whose top is above the upper third of the window.
    const expected = await page.evaluate(() => {
      const ids = [...document.querySelectorAll<HTMLAnchorElement>('nav.toc a')].map((a) => a.hash.slice(1));
      const above = ids.filter(
        (id) => (document.getElementById(id)?.getBoundingClientRect().top ?? Infinity) <= innerHeight / 3,
      );
      return `#${above.at(-1) ?? ''}`;
    });
    expect(['#s2', '#s2-1', '#s3'], `${url}: the heading scrolled to or one just below it`).toContain(expected);
    await expect
      .poll(() => toc.locator('a[aria-current="location"]').getAttribute('href'), {
        message: `${url}: current TOC entry`,
      })
      .toBe(expected);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect
      .poll(() => toc.locator('a[aria-current="location"]').count(), { message: `${url}: no current entry at the top` })
      .toBe(0);
    expect(logProblems(log), `${url} console`).toBe('');
    await context.close();
  });

  test('the hidden copy button comes last in the heading, leaving no gap between # and 对照阅读', async () => {
    const context = await fixture.context({ viewport: DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
    const url = urlOf(site, `reports/${sample.slug}/`);
    const { page, log } = await openPage(context, url);
    const wrapper = page.locator('[id="s1"]').locator('xpath=..');
    // The copy-link button; the 引用 button (also shown on hover only) sits just before it.
    await expect
      .poll(() => wrapper.getByRole('button', { name: /^复制链接/ }).count(), { message: `${url}: copy button` })
      .toBe(1);
    const order = await wrapper.evaluate((element) =>
      [...element.children].map(
        (child) => child.tagName.toLowerCase() + (child.className ? `.${child.className}` : ''),
      ),
    );
    expect(order.at(-1), `${url}: last child of the heading of #s1`).toBe('button.copy-link');
    expect(logProblems(log), `${url} console`).toBe('');
    await context.close();
  });

  for (const [folder, heading] of [
    ['reports', '全部报告'],
    ['sources', '原始文件'],
  ] as const) {
    test(`/${folder}/ lists the reports by year`, async () => {
      for (const viewport of [DESKTOP, PHONE]) {
        const context = await fixture.context({ viewport });
        const url = urlOf(site, `${folder}/`);
        const { page, log, status } = await openPage(context, url);
        expect(status, url).toBe(200);
        await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
        const years = [...new Set(reports.map((report) => report.year))].sort((a, b) => b - a);
        const yearHeadings = (await page.getByRole('heading', { level: 2 }).allTextContents()).map((text) =>
          Number.parseInt(text, 10),
        );
        expect(yearHeadings, `${url}: year headings`).toEqual(years);
        for (const report of reports) {
          const link =
            folder === 'reports'
              ? page.locator(`a[href$="reports/${report.slug}/"]`)
              : page.locator(`a[href$=".txt"]`).filter({ hasText: report.slug });
          expect(await link.count(), `${url}: link for ${report.slug}`).toBeGreaterThan(0);
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        expect(overflow, `${url} at ${viewport.width} px: horizontal overflow`).toBe(false);
        expect(logProblems(log), `${url} console`).toBe('');
        await context.close();
      }
    });
  }

  test('a province’s places list filters by name, pinyin and initials', async () => {
    const context = await fixture.context({ viewport: PHONE });
    // The places index lists provinces; the sample's province page lists its places.
    const index = await openPage(context, urlOf(site, 'places/'));
    const url = await index.page.getByRole('link', { name: sample.province, exact: true }).getAttribute('href');
    expect(url, `places/ links to ${sample.province}`).not.toBeNull();
    const { page, log } = await openPage(context, new URL(url!, urlOf(site, 'places/')).href);
    expect(logProblems(index.log), 'places/ console').toBe('');
    const inProvince = reports.filter((r) => r.province === sample.province);
    const input = page.getByRole('searchbox', { name: '筛选地区' });
    const target = sample.place;
    const visiblePlaces = (): Promise<string[]> =>
      page.locator('[data-filter-text]:visible > a:first-child').allTextContents();
    for (const query of [target.slice(0, 2), 'zzzz-no-such-place']) {
      await input.fill(query);
      const expected = [...new Set(inProvince.map((r) => r.place))].filter((place) => place.includes(query)).sort();
      await expect
        .poll(async () => (await visiblePlaces()).sort(), { message: `${url}: filter "${query}"` })
        .toEqual(expected);
    }
    await input.fill('');
    await expect.poll(async () => (await visiblePlaces()).length).toBe(new Set(inProvince.map((r) => r.place)).size);
    expect(logProblems(log), `${url} console`).toBe('');
    await context.close();
  });
});
