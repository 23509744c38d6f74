/**
 * Compare views that compare (issue 11, item 4): on wide screens excerpts
 * stand side by side, 1–3 a row as the reader chooses (remembered), each
 * under a sticky heading naming its place; on phones one column with a sticky
 * list to jump between places; old links to a part's overview page
 * (/compare/<part>/#<slug>-<section>) reach their excerpt on the year page.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { logProblems, openPage } from '../../scripts/lib/browser/browser.ts';
import { builtSites, urlOf } from './support/context.ts';
import { useBrowser } from './support/fixture.ts';

const fixture = useBrowser();
const WIDE = { width: 1920, height: 900 };
const PHONE = { width: 390, height: 844 };

/** A year page with at least two excerpts, found in the build: [path, ids of its excerpts]. */
function pageWithTwo(dist: string): [string, string[]] {
  for (const part of readdirSync(join(dist, 'compare'))) {
    const dir = join(dist, 'compare', part);
    if (!existsSync(join(dir, 'index.html'))) continue;
    for (const year of readdirSync(dir)) {
      const file = join(dir, year, 'index.html');
      if (!existsSync(file)) continue;
      const ids = [...readFileSync(file, 'utf8').matchAll(/<article class="compare-entry" id="([^"]+)"/gu)].map(
        (m) => m[1]!,
      );
      if (ids.length >= 2) return [`compare/${part}/${year}/`, ids];
    }
  }
  throw new Error('no compare year page with two excerpts');
}

describe.for(builtSites())('compare columns in the $name build', (site) => {
  const [path, ids] = pageWithTwo(site.dist);
  const url = urlOf(site, path);

  test('wide screens: side by side, 1–3 a row as chosen and remembered, sticky place headings', async () => {
    const context = await fixture.context({ viewport: WIDE });
    const { page, log } = await openPage(context, url);
    const box = async (id: string) => (await page.locator(`[id="${id}"]`).boundingBox())!;
    const [a, b] = [ids[0]!, ids[1]!];
    const chooser = page.getByRole('group', { name: '每行并排' });
    await expect.poll(() => chooser.isVisible()).toBe(true);
    expect((await box(a)).y, 'two in a row by default').toBe((await box(b)).y);
    await chooser.getByLabel('1 份').check();
    await expect.poll(async () => (await box(b)).y > (await box(a)).y + (await box(a)).height - 1).toBe(true);
    await chooser.getByLabel('3 份').check();
    await expect.poll(async () => (await box(b)).y === (await box(a)).y).toBe(true);
    const width3 = (await box(a)).width;
    await page.reload();
    await expect.poll(() => chooser.getByLabel('3 份').isChecked(), { message: 'choice remembered' }).toBe(true);
    expect(Math.abs((await box(a)).width - width3)).toBeLessThan(2);
    await chooser.getByLabel('2 份').check();
    // Scroll into the first row: each excerpt's heading stays at the top, naming its place.
    const heading = page.locator(`[id="${a}"] > h3`);
    const start = (await box(a)).y;
    const height = Math.min((await box(a)).height, (await box(b)).height);
    if (height > WIDE.height) {
      await page.evaluate((y) => window.scrollTo(0, y), start + height / 2);
      await expect.poll(async () => Math.round((await heading.boundingBox())!.y)).toBe(0);
      const other = page.locator(`[id="${b}"] > h3`);
      expect(Math.round((await other.boundingBox())!.y)).toBe(0);
    }
    expect(logProblems(log), `${url} console`).toBe('');
    await context.close();
  });

  test('wide screens: a link to a province shows its heading where the province begins', async () => {
    const html = readFileSync(join(site.dist, path, 'index.html'), 'utf8');
    const anchor = /<section class="compare-province" aria-labelledby="([^"]+)"/u.exec(html)?.[1];
    expect(anchor, `${path} has a province section`).toBeDefined();
    const context = await fixture.context({ viewport: WIDE });
    const { page, log } = await openPage(context, `${url}#${anchor}`);
    const heading = page.locator(`[id="${anchor}"]`);
    await expect.poll(async () => (await heading.boundingBox())?.height ?? 0).toBeGreaterThan(10);
    const box = (await heading.boundingBox())!;
    expect(box.y, 'in view').toBeGreaterThanOrEqual(0);
    expect(box.y + box.height, 'in view').toBeLessThanOrEqual(WIDE.height);
    expect(logProblems(log), `${url} console`).toBe('');
    await context.close();
  });

  test('phones: one column and a sticky list to jump between places', async () => {
    const context = await fixture.context({ viewport: PHONE });
    const { page, log } = await openPage(context, url);
    const [a, b] = [ids[0]!, ids[1]!];
    expect(await page.getByRole('group', { name: '每行并排' }).isVisible()).toBe(false);
    const boxA = (await page.locator(`[id="${a}"]`).boundingBox())!;
    const boxB = (await page.locator(`[id="${b}"]`).boundingBox())!;
    expect(boxB.y).toBeGreaterThanOrEqual(boxA.y + boxA.height - 1);
    const jump = page.getByRole('navigation', { name: '本页报告' });
    await jump.locator('summary').click();
    await jump.locator(`a[href="#${b}"]`).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#${b}`);
    await expect.poll(async () => (await page.locator(`[id="${b}"]`).boundingBox())!.y).toBeLessThan(PHONE.height / 2);
    expect(Math.round((await jump.boundingBox())!.y), 'the list stays at the top').toBe(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    expect(logProblems(log), `${url} console`).toBe('');
    await context.close();
  });

  test('an old link to the part overview reaches its excerpt on the year page', async () => {
    const id = ids[1]!;
    const part = path.split('/')[1]!;
    const context = await fixture.context({ viewport: WIDE });
    const { page, log } = await openPage(context, `${urlOf(site, `compare/${part}/`)}#${id}`);
    await page.waitForURL(
      (target) => target.hash === `#${id}` && target.pathname !== new URL(urlOf(site, `compare/${part}/`)).pathname,
    );
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`compare/${part}/\\d{4}/(\\d+/)?$`, 'u'));
    await expect.poll(() => page.locator(`[id="${id}"]`).evaluate((el) => el.matches(':target'))).toBe(true);
    expect(logProblems(log), 'console').toBe('');
    await context.close();
  });
});
