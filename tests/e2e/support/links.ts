/**
 * The internal link and anchor checker for a built site.
 *
 * Extraction (which URLs and ids a page has) runs in Chromium's DOMParser, so
 * the HTML is read exactly as a browser reads it; the check itself is a pure
 * function over those facts and the list of built files, so it can be tested
 * on made-up pages.
 */
import type { Page } from 'playwright-core';
import { urlPathOf } from './site-files.ts';

/** One URL-bearing attribute found in a page. */
export interface LinkFact {
  /** e.g. "a[href]", "img[srcset]" */
  where: string;
  /** The attribute value (one candidate, for srcset). */
  value: string;
}

/** What the checker needs to know about one built HTML file. */
export interface PageFacts {
  /** Path relative to the build folder, e.g. "reports/a/index.html". */
  file: string;
  /** Every id, plus the names of `<a name>` (both are valid fragment targets). */
  ids: string[];
  links: LinkFact[];
}

/** Scheme and host used to resolve page-relative URLs; never contacted. */
const LOCAL_ORIGIN = 'http://site.invalid';

/** The only fragments that need no target: "" scrolls nowhere, "top" is defined by HTML to mean the top. */
const FRAGMENTS_WITHOUT_TARGET = new Set(['', 'top']);

/**
 * Checks every same-site URL in `pages`: the file it points to exists in
 * `files`, it stays under `base`, and its fragment names an id in the target
 * page. Absolute URLs on `siteUrl` (canonical links) count as same-site.
 * Returns one line per problem: "page → link: reason".
 */
export function checkLinks(pages: PageFacts[], files: readonly string[], base: string, siteUrl: string): string[] {
  const fileSet = new Set(files);
  const idsByFile = new Map(pages.map((page) => [page.file, new Set(page.ids)]));
  const siteOrigin = new URL(siteUrl).origin;
  const problems: string[] = [];

  for (const page of pages) {
    const pagePath = urlPathOf(page.file, base);
    for (const link of page.links) {
      const report = (reason: string): void => {
        problems.push(`${pagePath} → ${link.where}="${link.value}": ${reason}`);
      };
      let url: URL;
      try {
        url = new URL(link.value, LOCAL_ORIGIN + pagePath);
      } catch {
        report('not a valid URL');
        continue;
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue; // mailto:, data:, tel: …
      if (url.origin !== LOCAL_ORIGIN && url.origin !== siteOrigin) continue; // external
      if (!url.pathname.startsWith(base)) {
        report(`leaves the base path ${base} (breaks when the site is deployed under a sub-path)`);
        continue;
      }
      let relative: string;
      let fragment: string;
      try {
        relative = decodeURIComponent(url.pathname.slice(base.length));
        fragment = decodeURIComponent(url.hash.slice(1));
      } catch {
        report('malformed percent-encoding');
        continue;
      }
      const target = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
      if (!fileSet.has(target)) {
        report(
          fileSet.has(`${relative}/index.html`)
            ? 'points to a folder without the trailing slash (a redirect on most hosts; the site uses trailing slashes)'
            : `no such file ${target} in the build`,
        );
        continue;
      }
      if (FRAGMENTS_WITHOUT_TARGET.has(fragment)) continue;
      const ids = idsByFile.get(target);
      if (ids === undefined) {
        report(`has fragment #${fragment} but ${target} is not an HTML page`);
      } else if (!ids.has(fragment)) {
        report(`no element with id "${fragment}" in ${urlPathOf(target, base)}`);
      }
    }
  }
  return problems;
}

/**
 * Reads ids and URL-bearing attributes from HTML text, using the DOMParser of
 * the given (blank) page: no scripts run and nothing is fetched.
 */
export async function extractPageFacts(page: Page, file: string, html: string): Promise<PageFacts> {
  const facts = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const ids = [...doc.querySelectorAll('[id]')].map((element) => element.id);
    const names = [...doc.querySelectorAll('a[name]')].map((element) => element.getAttribute('name') ?? '');
    const links: { where: string; value: string }[] = [];
    const single: [string, string][] = [
      ['a', 'href'],
      ['area', 'href'],
      ['link', 'href'],
      ['use', 'href'],
      ['script', 'src'],
      ['img', 'src'],
      ['iframe', 'src'],
      ['source', 'src'],
      ['video', 'src'],
      ['video', 'poster'],
      ['audio', 'src'],
      ['track', 'src'],
      ['embed', 'src'],
      ['object', 'data'],
      ['form', 'action'],
      ['blockquote', 'cite'],
      ['q', 'cite'],
    ];
    for (const [tag, attribute] of single) {
      for (const element of doc.querySelectorAll(`${tag}[${attribute}]`)) {
        links.push({ where: `${tag}[${attribute}]`, value: element.getAttribute(attribute) ?? '' });
      }
    }
    for (const element of doc.querySelectorAll('img[srcset], source[srcset]')) {
      for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) {
        const value = candidate.trim().split(/\s+/)[0];
        if (value) links.push({ where: `${element.localName}[srcset]`, value });
      }
    }
    return { ids: [...ids, ...names], links };
  }, html);
  return { file, ...facts };
}
