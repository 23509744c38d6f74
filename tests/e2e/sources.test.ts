/**
 * The original of each report: the report page says where the government
 * published it and when it was captured, or plainly that this is unknown;
 * the raw file is served byte for byte; and its readable page shows the same
 * characters even when the host sends no charset at all.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { logProblems, openPage } from '../../scripts/lib/browser/browser.ts';
import { repoRoot } from './support/build-site.ts';
import { builtSites, urlOf } from './support/context.ts';
import { loadReports, reportsDir } from './support/content.ts';
import { useBrowser } from './support/fixture.ts';

const fixture = useBrowser();

interface SourceFacts {
  path: string;
  url?: string;
  retrieved?: string;
}

async function source(slug: string): Promise<{ source: SourceFacts; encoding: string }> {
  const text = await readFile(join(reportsDir(), `${slug}.md`), 'utf8');
  const data = parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as {
    source: SourceFacts;
    provenance: { encoding: string };
  };
  return { source: data.source, encoding: data.provenance.encoding };
}

const reports = await loadReports();

describe.for(builtSites())('originals in the $name build', (site) => {
  test('each report page gives the original address and capture date, or says 未知', async () => {
    const context = await fixture.context();
    for (const report of reports) {
      const { source: facts } = await source(report.slug);
      const { page, log } = await openPage(context, urlOf(site, `reports/${report.slug}/`));
      const value = (term: string) => page.locator('.report-meta dt', { hasText: term }).locator('xpath=../dd');
      expect(await value('原文网址').innerText(), report.slug).toBe(facts.url ?? '未知');
      if (facts.url) expect(await value('原文网址').locator('a').getAttribute('href')).toBe(facts.url);
      const [year, month, day] = (facts.retrieved ?? '').split('-').map(Number);
      expect(await value('采集日期').innerText(), report.slug).toBe(
        facts.retrieved ? `${year}年${month}月${day}日` : '未知',
      );
      expect(logProblems(log)).toBe('');
      await page.close();
    }
    await context.close();
  });

  test('the raw file is byte-exact and its readable page shows its text even without a charset', async () => {
    const context = await fixture.context();
    for (const report of reports) {
      const { source: facts, encoding } = await source(report.slug);
      const bytes = await readFile(join(repoRoot, facts.path));
      const name = facts.path.split('/').at(-1) ?? '';
      const served = Buffer.from(await (await fetch(urlOf(site, `sources/${name}`))).arrayBuffer());
      expect(served.equals(bytes), `${name} served byte for byte`).toBe(true);

      const textUrl = urlOf(site, `sources/text/${name.replace(/\.txt$/, '')}/`);
      // A host that labels the page text/html and says nothing about its charset.
      await context.route(textUrl, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ status: 200, body: await response.body(), headers: { 'content-type': 'text/html' } });
      });
      const { page, log } = await openPage(context, textUrl);
      const expected = new TextDecoder(encoding === 'gb18030' ? 'gb18030' : 'utf-8').decode(bytes);
      const shown = await page.locator('pre.source-text').textContent();
      expect(shown?.replace(/\r\n?/g, '\n'), name).toBe(expected.replace(/\r\n?/g, '\n'));
      const download = page.locator(`a[href="${site.base}sources/${name}"]`);
      expect(await download.getAttribute('download')).toBe(name);
      expect(logProblems(log)).toBe('');
      await page.close();
    }
    await context.close();
  });
});
