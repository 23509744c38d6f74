/**
 * axe (WCAG 2.0/2.1 A and AA rules) finds no violation on any page type, at a
 * wide and a narrow viewport (the table of contents changes form between them).
 */
import AxeBuilder from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { logProblems, openPage } from '../../scripts/lib/browser/browser.ts';
import { rootSite, urlOf } from './support/context.ts';
import { useBrowser } from './support/fixture.ts';
import { samplePages } from './support/pages.ts';

const site = rootSite();
const samples = await samplePages(site);
const fixture = useBrowser();

const VIEWPORTS = [
  { name: 'wide', width: 1280, height: 900 },
  { name: 'narrow', width: 375, height: 740 },
];

/** One line per violation and node, naming the rule, its impact and the element. */
async function axeViolations(page: Page): Promise<string> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} at ${node.target.join(' ')}\n    ${node.failureSummary ?? ''}`,
      ),
    )
    .join('\n');
}

describe.for(VIEWPORTS)('axe at the $name viewport', (viewport) => {
  test.for(samples)('$type page ($path) has no WCAG A/AA violation', async (sample) => {
    const context = await fixture.context({ viewport: { width: viewport.width, height: viewport.height } });
    const url = urlOf(site, sample.path);
    const { page, log } = await openPage(context, url);
    expect(await axeViolations(page), `axe on ${url} (${viewport.name})`).toBe('');
    expect(logProblems(log, sample.status === 404 ? { expected404: url } : {}), `${url} console`).toBe('');
    await context.close();
  });
});
