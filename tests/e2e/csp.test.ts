/**
 * The strict Content Security Policy is in force and the site lives within
 * it: every page type opens, and a search runs, with no CSP violation and an
 * empty console; an inline script, inline style or foreign image injected
 * into a page is refused
 * (proof that the policy is really applied); the headers file for static
 * hosts carries the same policy plus what only a header can say.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../src/lib/security.ts';
import { logProblems, openPage } from '../../scripts/lib/browser/browser.ts';
import { builtSites, urlOf } from './support/context.ts';
import { useBrowser } from './support/fixture.ts';
import { samplePages } from './support/pages.ts';

const fixture = useBrowser();
const sites = await Promise.all(builtSites().map(async (site) => ({ site, samples: await samplePages(site) })));

/** Collects `securitypolicyviolation` events from the first script on, in every page of the context. */
async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}

const violations = (page: Page): Promise<string[]> =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe.for(sites)('Content Security Policy on the $site.name build', ({ site, samples }) => {
  test.for(samples)('$type page ($path) opens without a violation', async (sample) => {
    const context = await fixture.context();
    await recordViolations(context);
    const url = urlOf(site, sample.path);
    const { page, log } = await openPage(context, url);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy, `${url} has the site's policy`).toBe(CSP_META);
    expect(await violations(page), url).toEqual([]);
    expect(logProblems(log, sample.status === 404 ? { expected404: url } : {}), `${url} console`).toBe('');
    await context.close();
  });

  test('the JSON-LD block of a report page is data: present, parsed by nothing, and no violation', async () => {
    const report = samples.find((sample) => sample.type === 'report');
    const context = await fixture.context();
    await recordViolations(context);
    const { page } = await openPage(context, urlOf(site, report?.path ?? ''));
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    expect(() => JSON.parse(blocks[0] ?? '') as unknown).not.toThrow();
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  test('a search runs without a violation', async () => {
    const context = await fixture.context();
    await recordViolations(context);
    const { page, log, network } = await openPage(context, urlOf(site, 'search/?q=法律顾问'));
    await page.locator('#search-results a').first().waitFor({ timeout: 20_000 });
    await network.quiet();
    expect(await page.locator('#search-results a').count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    expect(logProblems(log)).toBe('');
    await context.close();
  });

  test('the policy is enforced: an injected inline script, inline style and foreign image are refused', async () => {
    const context = await fixture.context();
    await recordViolations(context);
    const { page } = await openPage(context, urlOf(site, ''));
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true';
      document.body.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { color: rgb(1, 2, 3) }';
      document.head.append(style);
      const image = document.createElement('img');
      image.src = 'https://example.org/tracker.png';
      document.body.append(image);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return {
        script: (window as unknown as { injectedRan?: boolean }).injectedRan === true,
        style: getComputedStyle(document.body).color === 'rgb(1, 2, 3)',
      };
    });
    expect(ran).toEqual({ script: false, style: false });
    const directives = (await violations(page)).map((v) => v.split(' ')[0]).sort();
    expect(directives).toEqual(['img-src', 'script-src-elem', 'style-src-elem']);
    await context.close();
  });

  test('the headers file carries the full policy for static hosts', () => {
    const headers = readFileSync(join(site.dist, '_headers'), 'utf8');
    expect(headers.split('\n')[0]).toBe(`${site.base}*`);
    expect(headers).toContain(`Content-Security-Policy: ${CSP_HEADER}`);
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(CSP_HEADER).not.toMatch(/'unsafe-inline'|'unsafe-eval'/u);
  });
});
