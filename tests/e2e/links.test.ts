/**
 * Link check over every built HTML file of both builds: every same-site href
 * and src points to a file that exists, stays under the base path, and every
 * #fragment names an id in the target page. External links are not followed.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser/browser.ts';
import { builtSites, SITE_URL } from './support/context.ts';
import { checkLinks, extractPageFacts } from './support/links.ts';
import type { PageFacts } from './support/links.ts';
import { listFiles } from './support/site-files.ts';

/**
 * Folds the checker's lines by broken link, so a header link broken on every
 * page reads as one line naming a few of the pages and how many there are.
 */
function summarize(problems: readonly string[]): string {
  const pagesByLink = new Map<string, string[]>();
  for (const problem of problems) {
    const [page = '', link = problem] = problem.split(' → ');
    pagesByLink.set(link, [...(pagesByLink.get(link) ?? []), page]);
  }
  return [...pagesByLink]
    .map(
      ([link, pages]) =>
        `${link}\n    on ${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ` and ${pages.length - 3} more pages` : ''}`,
    )
    .join('\n');
}

let browser: Browser;
let parser: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  parser = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('the link checker', () => {
  // Made-up pages, so the checker is seen to catch each kind of break.
  const pages: PageFacts[] = [
    {
      file: 'index.html',
      ids: ['main'],
      links: [
        { where: 'a[href]', value: '#main' },
        { where: 'a[href]', value: 'reports/a/#s1' },
        { where: 'a[href]', value: '/archive/reports/a/#s9' },
        { where: 'a[href]', value: '/archive/reports/b/' },
        { where: 'a[href]', value: '/archive/reports/a' },
        { where: 'a[href]', value: '/reports/a/' },
        { where: 'a[href]', value: 'https://example.com/x/' },
        { where: 'link[href]', value: 'https://fazhi-reports.example.org/archive/' },
        { where: 'a[href]', value: 'raw/a.txt#x' },
        { where: 'a[href]', value: 'mailto:a@example.com' },
      ],
    },
    { file: 'reports/a/index.html', ids: ['s1'], links: [{ where: 'a[href]', value: '../../#top' }] },
  ];
  const files = ['index.html', 'reports/a/index.html', 'raw/a.txt'];

  test('accepts good links and reports each broken one with page, link and reason', () => {
    expect(checkLinks(pages, files, '/archive/', SITE_URL)).toEqual([
      '/archive/ → a[href]="/archive/reports/a/#s9": no element with id "s9" in /archive/reports/a/',
      '/archive/ → a[href]="/archive/reports/b/": no such file reports/b/index.html in the build',
      '/archive/ → a[href]="/archive/reports/a": points to a folder without the trailing slash (a redirect on most hosts; the site uses trailing slashes)',
      '/archive/ → a[href]="/reports/a/": leaves the base path /archive/ (breaks when the site is deployed under a sub-path)',
      '/archive/ → a[href]="raw/a.txt#x": has fragment #x but raw/a.txt is not an HTML page',
    ]);
  });

  test('decodes percent-encoded paths and fragments', async () => {
    const facts = await extractPageFacts(
      parser,
      'index.html',
      '<!doctype html><h2 id="一、总体">x</h2><a href="#%E4%B8%80%E3%80%81%E6%80%BB%E4%BD%93">x</a><a href="#二">y</a>',
    );
    expect(checkLinks([facts], ['index.html'], '/', SITE_URL)).toEqual([
      '/ → a[href]="#二": no element with id "二" in /',
    ]);
  });
});

describe.for(builtSites())('links in the $name build', (site) => {
  test(`every internal link and anchor under ${site.base} resolves`, async () => {
    const files = await listFiles(site.dist);
    const htmlFiles = files.filter((file) => file.endsWith('.html'));
    expect(htmlFiles.length, `no HTML files in ${site.dist}`).toBeGreaterThan(0);
    const pages: PageFacts[] = [];
    for (const file of htmlFiles) {
      pages.push(await extractPageFacts(parser, file, await readFile(join(site.dist, file), 'utf8')));
    }
    const linkCount = pages.reduce((sum, page) => sum + page.links.length, 0);
    const problems = checkLinks(pages, files, site.base, SITE_URL);
    expect(summarize(problems), `${problems.length} broken of ${linkCount} links in ${htmlFiles.length} pages`).toBe(
      '',
    );
  });
});
