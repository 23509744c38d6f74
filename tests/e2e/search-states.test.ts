/**
 * The search page's other states, in Chinese (issue 6): before any search,
 * when the index cannot be loaded, and without JavaScript; and how the page
 * behaves around a search (issue 12): the title carries the query, the
 * status echoes it as typed, an over-long query says it was cut, "/" goes
 * to the page's own box, nothing moves when results arrive, and on a phone
 * the first result is on the first screen.
 */
import { describe, expect, test } from 'vitest';
import { logProblems, recordPage } from '../../scripts/lib/browser/browser.ts';
import { NARROW_FIRST_NOTE } from '../../src/lib/search/messages.ts';
import { rootSite } from './support/context.ts';
import { useBrowser } from './support/fixture.ts';
import { openSearch, statusText, typeQuery } from './search-helpers.ts';

const fixture = useBrowser();
const site = rootSite();

describe('search page states', () => {
  test('before a search: an invitation, years and provinces with their counts, places once narrowed', async () => {
    const context = await fixture.context();
    const page = await context.newPage();
    const log = recordPage(page);
    await openSearch(page, site);
    expect(await statusText(page)).toMatch(/^输入要查找的字词/u);
    expect(await page.locator('#search-results a').count()).toBe(0);
    expect(await page.locator('#search-filters input[name="year"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-filters input[name="province"]').count()).toBeGreaterThan(0);
    // Every place of the archive is not fetched before a search: the place filter says how to get it.
    expect(await page.locator('#search-filters input[name="place"]').count()).toBe(0);
    expect(await page.locator('#search-filters .search-filter-note').textContent()).toBe(NARROW_FIRST_NOTE);
    expect(await page.locator('#search-no-js').isVisible()).toBe(false);
    expect(logProblems(log)).toBe('');
    await context.close();
  });

  test('the index cannot be loaded: a clear error in Chinese, no results', async () => {
    const context = await fixture.context();
    const page = await context.newPage();
    await page.route('**/search-index/manifest.json', (route) => route.abort());
    await page.goto(`${site.url}search/?q=${encodeURIComponent('法律顾问')}`);
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset['state'] === 'error');
    expect(await statusText(page)).toBe('搜索出错：无法加载搜索索引。请刷新页面重试，或按年份、省份、地区浏览报告。');
    expect(await page.locator('#search-results a').count()).toBe(0);
    await context.close();
  });

  test('without JavaScript: says search needs it and links to the browse pages', async () => {
    const context = await fixture.context({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}search/?q=${encodeURIComponent('法律顾问')}`);
    const notice = page.locator('#search-no-js');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toMatch(/搜索需要启用 JavaScript/u);
    expect(await notice.locator('a').count()).toBe(3);
    await context.close();
  });

  test('the title carries the query, and the status echoes it as typed', async () => {
    const context = await fixture.context();
    const page = await context.newPage();
    await openSearch(page, site, { q: '法律顾问' });
    expect(await page.title()).toMatch(/^“法律顾问” · /u);
    await typeQuery(page, 'LED');
    expect(await statusText(page)).toMatch(/“LED”/u);
    await context.close();
  });

  test('a query longer than 100 characters is searched cut, and the page says so', async () => {
    const context = await fixture.context();
    const page = await context.newPage();
    await openSearch(page, site, { q: '法'.repeat(120) });
    expect(await page.locator('#search-notes').textContent()).toContain('查询过长，只搜索了前 100 个字。');
    await context.close();
  });

  test('"/" on the search page focuses its own search box', async () => {
    const context = await fixture.context();
    const page = await context.newPage();
    await openSearch(page, site, { q: '纠纷' });
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await context.close();
  });

  test('nothing moves when the results arrive (layout shift below 0.01)', async () => {
    const context = await fixture.context();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const shifts: number[] = [];
      (window as unknown as { shifts: number[] }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openSearch(page, site, { q: '法律顾问' });
    await page.waitForTimeout(200);
    const total = await page.evaluate(() =>
      (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0),
    );
    expect(total).toBeLessThan(0.01);
    await context.close();
  });

  test('on a phone (390×844) the status and the first result are on the first screen', async () => {
    const context = await fixture.context({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await openSearch(page, site, { q: '法律顾问' });
    const first = await page.locator('#search-results .search-result').first().boundingBox();
    expect(first).not.toBeNull();
    expect((first?.y ?? 9999) + 40).toBeLessThan(844);
    // The filters are folded, one tap away.
    expect(await page.locator('#search-facets').getAttribute('open')).toBeNull();
    await context.close();
  });
});
