/**
 * Reading what a rendered page links to, as paths relative to the site's
 * base ("reports/x/", "places/y/"), so tests compare pages by what a reader
 * can follow rather than by markup details.
 */
import type { Page } from 'playwright-core';
import type { BuiltSite } from './constants.ts';

/** Same-site links inside <main>, in document order, as base-relative paths with their fragment ("reports/x/#s1"). */
export async function mainLinks(page: Page, site: BuiltSite): Promise<string[]> {
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  return hrefs
    .filter((href) => href.startsWith(site.url))
    .map((href) => {
      const url = new URL(href);
      return decodeURIComponent(url.pathname).slice(new URL(site.url).pathname.length) + url.hash;
    });
}

/** The report slugs linked from <main> in order of first appearance (links to a report page, not its sections). */
export async function linkedReports(page: Page, site: BuiltSite): Promise<string[]> {
  const slugs = (await mainLinks(page, site))
    .map((path) => /^reports\/([^/#]+)\/$/.exec(path)?.[1])
    .filter((slug): slug is string => slug !== undefined);
  return [...new Set(slugs)];
}

/** Links to report sections ("slug#id") from <main>, in order, without duplicates. */
export async function linkedSections(page: Page, site: BuiltSite): Promise<string[]> {
  const sections = (await mainLinks(page, site))
    .map((path) => /^reports\/([^/#]+)\/#(.+)$/.exec(path))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => `${match[1]}#${match[2]}`);
  return [...new Set(sections)];
}

/** The first same-site link in <main> whose path matches a browse folder, e.g. "places/laochangxiang/". */
export async function browseLink(
  page: Page,
  site: BuiltSite,
  folder: 'years' | 'places' | 'provinces',
): Promise<string | undefined> {
  const pattern = new RegExp(`^${folder}/[^/#]+/$`);
  return (await mainLinks(page, site)).find((path) => pattern.test(path));
}

/** The level-1 sections of a rendered report: each `[data-part]` element's part and its heading's id. */
export function reportParts(page: Page): Promise<{ part: string; id: string; heading: string }[]> {
  return page.locator('main [data-part]').evaluateAll((sections) =>
    sections.map((section) => {
      const heading = section.querySelector('h2[id]');
      return {
        part: section.getAttribute('data-part') ?? '',
        id: heading?.id ?? '',
        heading: (heading?.textContent ?? '').trim(),
      };
    }),
  );
}
