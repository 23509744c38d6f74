/**
 * Every page type of both builds exists and opens cleanly: the right HTTP
 * status, an empty console, no failed request, every request under the base
 * path, `<html lang="zh-CN">`, and a correct heading outline.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { logProblems, openPage } from '../../scripts/lib/browser/browser.ts';
import { builtSites, urlOf } from './support/context.ts';
import { loadReports, OUTLINE_PARTS } from './support/content.ts';
import { outlineProblems, readOutline } from './support/dom.ts';
import { useBrowser } from './support/fixture.ts';
import { samplePages } from './support/pages.ts';

const PARTS = OUTLINE_PARTS;
const fixture = useBrowser();

// Collected before the suites are defined, so each sample page is its own test.
const sites = await Promise.all(builtSites().map(async (site) => ({ site, samples: await samplePages(site) })));

describe.for(sites)('page types of the $site.name build', ({ site, samples }) => {
  test('every page type of the site issue is built, computed from the content', async () => {
    const reports = await loadReports();
    const expected = [
      'index.html',
      '404.html',
      'years/index.html',
      'places/index.html',
      'provinces/index.html',
      'divisions/index.html',
      'compare/index.html',
      ...reports.map((r) => `reports/${r.slug}/index.html`),
      ...[...new Set(reports.map((r) => r.year))].map((year) => `years/${year}/index.html`),
      ...PARTS.map((part) => `compare/${part}/index.html`),
    ];
    const missing = expected.filter((file) => !existsSync(join(site.dist, file)));
    expect(missing, `missing in ${site.dist}`).toEqual([]);
  });

  test.for(samples)('$type page ($path) opens cleanly', async (sample) => {
    const context = await fixture.context();
    const url = urlOf(site, sample.path);
    const { page, log, status } = await openPage(context, url);

    expect(status, `${url} status`).toBe(sample.status);
    expect(await page.locator('html').getAttribute('lang'), `${url} <html lang>`).toBe('zh-CN');
    expect(await page.title(), `${url} <title>`).not.toBe('');
    expect(outlineProblems(await readOutline(page)), `${url} heading outline`).toBe('');
    const origin = new URL(site.url).origin;
    const outsideBase = log.requests.filter((r) => r.startsWith(origin) && !r.startsWith(site.url));
    expect(outsideBase, `${url} requested files outside the base path ${site.base}`).toEqual([]);
    expect(logProblems(log, sample.status === 404 ? { expected404: url } : {}), `${url} console`).toBe('');
    await context.close();
  });
});
