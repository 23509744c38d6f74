/**
 * Stable section links: headings carry the ids their numbering defines
 * (一、 → s1, （二） → s1-2, 3. → s1-2-3) with a visible link to themselves;
 * following a table-of-contents entry or opening a URL ending in #s1-2 lands
 * on that section, uncovered, and highlights it.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { logProblems, openPage } from '../../scripts/lib/browser/browser.ts';
import { builtSites, rootSite, urlOf } from './support/context.ts';
import { expectedSectionIds, loadReports } from './support/content.ts';
import { highlightStyle, isOnScreenAndUncovered, isTarget } from './support/dom.ts';
import { useBrowser } from './support/fixture.ts';
import { sampleReport } from './support/pages.ts';

const reports = await loadReports();
const sample = await sampleReport();
const fixture = useBrowser();

/** Rendered text compares without Markdown emphasis and spaces. */
function plain(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\s+/g, '');
}

/** The words of the s1-2 heading after its number, as a reader sees it in the table of contents. */
const s12Heading = expectedSectionIds(sample).find((s) => s.id === 's1-2')?.heading.text ?? '';
const s12Words = plain(s12Heading).replace(/^（[一二三四五六七八九十]+）/, '');

/**
 * Asserts the section with this id is the :target, visible on screen and not
 * under a sticky header, and styled differently from its untargeted sibling
 * section s1-1 (which has the same heading level).
 */
async function expectLandedAndHighlighted(page: Page, id: string, where: string): Promise<void> {
  const target = page.locator(`[id="${id}"]`);
  await expect.poll(() => isTarget(target), { message: `${where}: #${id} should match :target` }).toBe(true);
  await expect
    .poll(() => isOnScreenAndUncovered(target), { message: `${where}: #${id} should be on screen and not covered` })
    .toBe(true);
  const untargeted = page.locator('[id="s1-1"]');
  await expect
    .poll(
      async () => JSON.stringify(await highlightStyle(target)) !== JSON.stringify(await highlightStyle(untargeted)),
      {
        message: `${where}: the targeted #${id} should look different from #s1-1 (background, outline, border or shadow)`,
      },
    )
    .toBe(true);
}

describe('section ids from the numbering', () => {
  test.for(reports)('$slug: every standard-numbered heading has its id and a link to itself', async (report) => {
    const context = await fixture.context();
    const url = urlOf(rootSite(), `reports/${report.slug}/`);
    const { page, log } = await openPage(context, url);
    const expected = expectedSectionIds(report);
    expect(expected.length, `${report.file}: no standard-numbered headings to check`).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const { id, heading } of expected) {
      const element = page.locator(`[id="${id}"]`);
      if ((await element.count()) !== 1) {
        problems.push(`#${id} (${heading.text}): ${await element.count()} elements`);
        continue;
      }
      const [tag, text, selfLinks] = await element.evaluate((el, sectionId) => {
        const links = [...document.querySelectorAll('a[href]')].filter(
          (a) => a.getAttribute('href') === `#${sectionId}` && a.closest('nav') === null && a.checkVisibility(),
        );
        return [el.localName, el.textContent ?? '', links.length] as const;
      }, id);
      if (tag !== `h${heading.depth}`)
        problems.push(`#${id} is <${tag}>, want <h${heading.depth}> for "${heading.text}"`);
      if (!plain(text).includes(plain(heading.text)))
        problems.push(`#${id} reads "${text.trim()}", want "${heading.text}"`);
      if (selfLinks < 1) problems.push(`#${id} has no visible link to itself outside the table of contents`);
    }
    expect(problems.join('\n'), url).toBe('');

    // Every heading of the text, numbered the standard way or not, gets a short ASCII section id.
    const contentHeadings = report.headings.filter((h) => h.depth >= 2 && h.depth <= 4).length;
    const sectionIds = await page
      .locator('main :is(h2, h3, h4)[id]')
      .evaluateAll((headings) => headings.map((h) => h.id).filter((id) => /^s\d+(-(\d+|x\d+))*$/.test(id)));
    expect(sectionIds.length, `${url}: headings with an ASCII section id (${report.file} has ${contentHeadings})`).toBe(
      contentHeadings,
    );
    expect(logProblems(log), `${url} console`).toBe('');
    await context.close();
  });
});

describe.for(builtSites())('landing on a section in the $name build', (site) => {
  const url = urlOf(site, `reports/${sample.slug}/`);

  test('a table-of-contents entry on a wide screen scrolls to and highlights its section', async () => {
    const context = await fixture.context();
    const { page, log } = await openPage(context, url);
    const toc = page.getByRole('navigation', { name: '目录' });
    const entry = toc.getByRole('link', { name: s12Words });
    expect(
      await entry.isVisible(),
      `${url}: the table of contents should be open beside the text on a wide screen`,
    ).toBe(true);
    await entry.click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#s1-2');
    await expectLandedAndHighlighted(page, 's1-2', `${url} after clicking "${s12Words}"`);
    expect(logProblems(log), `${url} console`).toBe('');
    await context.close();
  });

  test('on a narrow screen the table of contents unfolds and its entry lands on the section', async () => {
    const context = await fixture.context({ viewport: { width: 375, height: 740 } });
    const { page, log } = await openPage(context, url);
    const toc = page.getByRole('navigation', { name: '目录' });
    const entry = toc.getByRole('link', { name: s12Words });
    if (!(await entry.isVisible())) await toc.getByText('目录', { exact: true }).click();
    await entry.click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#s1-2');
    await expectLandedAndHighlighted(page, 's1-2', `${url} (narrow) after clicking "${s12Words}"`);
    expect(logProblems(log), `${url} console`).toBe('');
    await context.close();
  });

  test('opening the URL with #s1-2 lands on and highlights that section', async () => {
    const context = await fixture.context();
    const { page, log } = await openPage(context, `${url}#s1-2`);
    await expectLandedAndHighlighted(page, 's1-2', `${url}#s1-2`);
    expect(logProblems(log), `${url}#s1-2 console`).toBe('');
    await context.close();
  });
});
