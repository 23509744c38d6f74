/**
 * The search page's other states, in Chinese (issue 6): before any search,
 * when the index cannot be loaded, and without JavaScript.
 */
import { describe, expect, test } from 'vitest';
import { logProblems, recordPage } from '../../scripts/lib/browser/browser.ts';
import { rootSite } from './support/context.ts';
import { useBrowser } from './support/fixture.ts';
import { openSearch, statusText } from './search-helpers.ts';

const fixture = useBrowser();
const site = rootSite();

describe('search page states', () => {
  test('before a search: an invitation, and every filter value with its count', async () => {
    const context = await fixture.context();
    const page = await context.newPage();
    const log = recordPage(page);
    await openSearch(page, site);
    expect(await statusText(page)).toMatch(/^输入要查找的字词/u);
    expect(await page.locator('#search-results a').count()).toBe(0);
    expect(await page.locator('#search-filters input[name="year"]').count()).toBeGreaterThan(0);
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
});
