/**
 * Citations on the report pages: Chromium copies the GB/T 7714-2015
 * reference of the report and of a section, compared with a string
 * formatted here from the content; the `citation_*` and Dublin Core tags of
 * every report page are read back against the content; the JSON-LD block is
 * valid JSON describing the report; without JavaScript the downloads remain.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { logProblems, openPage } from './support/browser.ts';
import { builtSites, SITE_URL, urlOf } from './support/context.ts';
import { loadReports, reportsDir } from './support/content.ts';
import { useBrowser } from './support/fixture.ts';
import { sampleReport } from './support/pages.ts';

const fixture = useBrowser();
const sample = await sampleReport();

/** The frontmatter fields the citation uses. */
interface Facts {
  title: string;
  issuer?: string;
  published?: string;
  divisionCode: string;
}

/** A report's frontmatter, read straight from the content file. */
async function frontmatter(slug: string): Promise<Facts> {
  const text = await readFile(join(reportsDir(), `${slug}.md`), 'utf8');
  return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Facts;
}

/** GB/T 7714-2015, EB/OL: 主要责任者. 题名[EB/OL]. (发表日期)[引用日期]. URL. — written out independently of src/. */
function expectedReference(
  facts: { title: string; issuer?: string; published?: string },
  accessed: string,
  url: string,
): string {
  const author = facts.issuer ? `${facts.issuer}. ` : '';
  const published = facts.published ? `(${facts.published})` : '';
  return `${author}${facts.title}[EB/OL]. ${published}[${accessed}]. ${url}.`;
}

const localDate = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });

async function copied(page: Page, click: () => Promise<void>): Promise<{ text: string; dates: string[] }> {
  await page.evaluate(() => navigator.clipboard.writeText('before'));
  const before = await localDate(page);
  await click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('before');
  // The access date is the reader's today: the day when the button was clicked (which may just have turned).
  return { text: await page.evaluate(() => navigator.clipboard.readText()), dates: [before, await localDate(page)] };
}

describe.for(builtSites())('citations in the $name build', (site) => {
  const pageUrl = `${SITE_URL}${site.base}reports/${sample.slug}/`;

  test('the 引用 control copies the GB/T 7714 reference of the report and of a section', async () => {
    const facts = await frontmatter(sample.slug);
    const context = await fixture.context({ permissions: ['clipboard-read', 'clipboard-write'] });
    // Opened from a search, with ?hl=: the reference must not carry it.
    const { page, log } = await openPage(context, urlOf(site, `reports/${sample.slug}/?hl=法治`));
    await page.locator('details.cite summary').click();
    const report = await copied(page, () => page.getByRole('button', { name: '复制 GB/T 7714 引文' }).click());
    expect(report.dates.map((date) => expectedReference(facts, date, pageUrl))).toContain(report.text);
    expect(await page.locator('.cite-reference').textContent()).toBe(report.text);

    const sectionButton = page
      .locator('[id="s1-2"]')
      .locator('xpath=..')
      .getByRole('button', { name: /^引用本节/ });
    await sectionButton.focus();
    const section = await copied(page, () => sectionButton.click());
    expect(section.dates.map((date) => expectedReference(facts, date, `${pageUrl}#s1-2`))).toContain(section.text);
    expect(logProblems(log)).toBe('');
    await context.close();
  });

  test('a printout shows the reference with the page address, not the 引用 control', async () => {
    const context = await fixture.context();
    const { page } = await openPage(context, urlOf(site, `reports/${sample.slug}/`));
    await page.emulateMedia({ media: 'print' });
    const printed = page.locator('.print-citation');
    expect(await printed.isVisible()).toBe(true);
    await expect.poll(() => printed.textContent()).toContain(`${pageUrl}.`);
    expect(await page.locator('details.cite').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await printed.isVisible()).toBe(false);
    await context.close();
  });

  test('without JavaScript the reference and the BibTeX, RIS and CSL-JSON downloads are there, no dead button', async () => {
    const context = await fixture.context({ javaScriptEnabled: false });
    const { page } = await openPage(context, urlOf(site, `reports/${sample.slug}/`));
    const downloads = await page
      .locator('details.cite a[download]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(downloads).toEqual(
      ['bib', 'ris', 'csl.json'].map((extension) => `${site.base}reports/${sample.slug}.${extension}`),
    );
    expect(await page.locator('details.cite button').count()).toBe(0);
    await context.close();
  });

  test('every report page carries citation_*, Dublin Core and JSON-LD that agree with the content', async () => {
    for (const report of await loadReports()) {
      const facts = await frontmatter(report.slug);
      const html = await readFile(join(site.dist, 'reports', report.slug, 'index.html'), 'utf8');
      const meta = (name: string): string[] =>
        [...html.matchAll(new RegExp(`<meta name="${name.replace('.', '\\.')}" content="([^"]*)">`, 'g'))].map(
          (match) => match[1] ?? '',
        );
      const url = `${SITE_URL}${site.base}reports/${report.slug}/`;
      expect(meta('citation_title'), report.slug).toEqual([facts.title]);
      expect(meta('citation_author'), report.slug).toEqual(facts.issuer ? [facts.issuer] : []);
      expect(meta('citation_publication_date')).toEqual(facts.published ? [facts.published.replaceAll('-', '/')] : []);
      expect(meta('citation_public_url')).toEqual([url]);
      expect(meta('citation_language')).toEqual(['zh']);
      expect(meta('DC.title')).toEqual([facts.title]);
      expect(meta('DC.identifier')).toEqual([url]);
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
      expect(blocks).toHaveLength(1);
      const data = JSON.parse(blocks[0]?.[1] ?? '') as Record<string, unknown>;
      expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'Report', name: facts.title, url });
      const place = data['spatialCoverage'] as { name: string; alternateName?: string; identifier: string };
      expect([place.name, place.alternateName]).toContain(report.place);
      expect(place.identifier).toBe(facts.divisionCode);
      if (facts.issuer) expect(data['author']).toEqual({ '@type': 'GovernmentOrganization', name: facts.issuer });
    }
  });
});
