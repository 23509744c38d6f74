/**
 * The site deployed under a sub-path (/archive/): from each page type, every
 * same-site link, stylesheet, script and image resolves with HTTP 200 under
 * the base, stylesheets really apply, and clicking through from the home page
 * to a report and on to its browse pages stays under the base.
 */
import { describe, expect, test } from 'vitest';
import type { APIRequestContext, Page } from 'playwright-core';
import { logProblems, openPage } from '../../scripts/lib/browser/browser.ts';
import { archiveSite, urlOf } from './support/context.ts';
import { useBrowser } from './support/fixture.ts';
import { samplePages, sampleReport } from './support/pages.ts';

const site = archiveSite();
const samples = await samplePages(site);
const report = await sampleReport();
const fixture = useBrowser();

/** Status of each URL already fetched, shared by the tests of this file. */
const statusCache = new Map<string, number>();

async function statusOf(request: APIRequestContext, url: string): Promise<number> {
  let status = statusCache.get(url);
  if (status === undefined) {
    status = (await request.get(url, { maxRedirects: 0 })).status();
    statusCache.set(url, status);
  }
  return status;
}

/**
 * Every same-origin URL the page refers to (links, stylesheets, scripts,
 * images, icons), without fragments and without the page itself (a "#main"
 * link is the same document, whatever status the document was served with).
 */
function referencedUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const urls = [
      ...[...document.querySelectorAll('a[href], link[href]')].map((el) => (el as HTMLAnchorElement).href),
      ...[...document.querySelectorAll('script[src], img[src], source[src]')].map((el) => (el as HTMLImageElement).src),
    ];
    const self = location.href.split('#')[0];
    return [...new Set(urls.filter((u) => u.startsWith(location.origin)).map((u) => u.split('#')[0] ?? u))].filter(
      (u) => u !== self,
    );
  });
}

describe(`the site under ${site.base}`, () => {
  test.for(samples)(
    '$type page: every same-site reference resolves under the base and styles apply',
    async (sample) => {
      const context = await fixture.context();
      const url = urlOf(site, sample.path);
      const { page, log } = await openPage(context, url);
      const broken: string[] = [];
      for (const reference of await referencedUrls(page)) {
        if (!reference.startsWith(site.url)) broken.push(`${reference}: outside ${site.base}`);
        else {
          const status = await statusOf(context.request, reference);
          if (status !== 200) broken.push(`${reference}: HTTP ${status}`);
        }
      }
      expect(broken, `references from ${url}`).toEqual([]);
      const sheets = await page.evaluate(() => [...document.styleSheets].filter((s) => s.cssRules.length > 0).length);
      expect(sheets, `${url}: no stylesheet with rules applied`).toBeGreaterThan(0);
      expect(logProblems(log, sample.status === 404 ? { expected404: url } : {}), `${url} console`).toBe('');
      await context.close();
    },
  );

  test('clicking from home to a report and on to its year page stays under the base', async () => {
    const context = await fixture.context();
    const { page, log, network } = await openPage(context, site.url);
    await page.getByRole('main').getByRole('link', { name: report.title, exact: true }).first().click();
    await page.waitForURL((url) => url.pathname === `${site.base}reports/${report.slug}/`, { timeout: 10_000 });
    await network.quiet();
    await page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(`^${report.year}\\s*年`) })
      .first()
      .click();
    await page.waitForURL((url) => url.pathname === `${site.base}years/${report.year}/`, { timeout: 10_000 });
    await network.quiet();
    expect(await page.getByRole('heading', { level: 1 }).count(), `${page.url()} h1`).toBe(1);
    expect(logProblems(log), 'console while clicking through').toBe('');
    await context.close();
  });
});
