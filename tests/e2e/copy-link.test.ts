/**
 * The copy-link button (progressive enhancement) puts the full URL of a
 * section, with its fragment, on the clipboard; without JavaScript there is
 * no button that could not work.
 */
import { describe, expect, test } from 'vitest';
import { logProblems, openPage } from '../../scripts/lib/browser/browser.ts';
import { builtSites, SITE_URL, urlOf } from './support/context.ts';
import { useBrowser } from './support/fixture.ts';
import { sampleReport } from './support/pages.ts';

const report = await sampleReport();
const fixture = useBrowser();

describe.for(builtSites())('copy-link in the $name build', (site) => {
  const url = urlOf(site, `reports/${report.slug}/`);

  test('the button beside heading s1-2 copies the section URL', async () => {
    const context = await fixture.context({ permissions: ['clipboard-read', 'clipboard-write'] });
    const { page, log } = await openPage(context, url);
    // The button sits beside the heading, in the heading's own container (like the # anchor).
    const button = page.locator('[id="s1-2"]').locator('xpath=..').getByRole('button', { name: /复制/ });
    await expect.poll(() => button.count(), { message: `${url}: a copy-link button beside #s1-2` }).toBe(1);
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await button.click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()), {
        message: `${url}: the clipboard should change`,
      })
      .not.toBe('before');
    const clipboard = await page.evaluate(() => navigator.clipboard.readText());
    // Either the address the page was opened at or the canonical one on the site's own domain is right.
    const accepted = [`${url}#s1-2`, `${SITE_URL}${site.base}reports/${report.slug}/#s1-2`];
    expect(accepted, `${url}: clipboard after clicking copy-link beside #s1-2`).toContain(clipboard);
    expect(logProblems(log), `${url} console`).toBe('');
    await context.close();
  });

  test('without JavaScript no copy button is shown', async () => {
    const context = await fixture.context({ javaScriptEnabled: false });
    const { page, log } = await openPage(context, url);
    expect(await page.getByRole('button', { name: /复制/ }).count(), `${url}: copy buttons without JavaScript`).toBe(0);
    expect(logProblems(log), `${url} console`).toBe('');
    await context.close();
  });
});
