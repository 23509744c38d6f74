/**
 * Measures what a first visit to one report page transfers (HTML, CSS, JS and
 * the rest), as Chromium sees it with the server gzip-encoding text like a
 * static host. Printed for the project lead, not asserted: the figures are a
 * report, and budgets are the lead's call.
 */
import { expect, test } from 'vitest';
import type { Response } from 'playwright-core';
import { logProblems, recordPage, trackNetwork } from '../../scripts/lib/browser/browser.ts';
import { rootSite, urlOf } from './support/context.ts';
import { useBrowser } from './support/fixture.ts';
import { sampleReport } from './support/pages.ts';

const site = rootSite();
const report = await sampleReport();
const fixture = useBrowser();

const KIND: Readonly<Record<string, string>> = {
  document: 'HTML',
  stylesheet: 'CSS',
  script: 'JS',
  font: 'font',
  image: 'image',
};

test(`bytes transferred for one report page (reports/${report.slug}/)`, async () => {
  // A fresh context has an empty cache: this is a first visit.
  const context = await fixture.context();
  const page = await context.newPage();
  const log = recordPage(page);
  const network = trackNetwork(page);
  const responses: Response[] = [];
  page.on('response', (response) => responses.push(response));
  const url = urlOf(site, `reports/${report.slug}/`);
  await page.goto(url, { waitUntil: 'load' });
  await network.quiet();

  const rows: { kind: string; file: string; encoding: string; transferred: number; body: number; decoded: number }[] =
    [];
  for (const response of responses) {
    const sizes = await response.request().sizes();
    const decoded = (await response.body()).length;
    rows.push({
      kind: KIND[response.request().resourceType()] ?? response.request().resourceType(),
      file: new URL(response.url()).pathname,
      encoding: (await response.headerValue('content-encoding')) ?? 'identity',
      transferred: sizes.responseBodySize + sizes.responseHeadersSize,
      body: sizes.responseBodySize,
      decoded,
    });
  }
  const totals = new Map<string, { files: number; body: number; decoded: number; transferred: number }>();
  for (const row of rows) {
    const total = totals.get(row.kind) ?? { files: 0, body: 0, decoded: 0, transferred: 0 };
    totals.set(row.kind, {
      files: total.files + 1,
      body: total.body + row.body,
      decoded: total.decoded + row.decoded,
      transferred: total.transferred + row.transferred,
    });
  }
  const all = [...totals.values()].reduce(
    (a, t) => ({
      files: a.files + t.files,
      body: a.body + t.body,
      decoded: a.decoded + t.decoded,
      transferred: a.transferred + t.transferred,
    }),
    { files: 0, body: 0, decoded: 0, transferred: 0 },
  );
  console.log(
    `\nBytes for a first visit to ${url} (gzip when accepted; body = encoded bytes on the wire without headers):`,
  );
  console.table(rows);
  console.table(Object.fromEntries([...totals, ['total', all]]));

  expect(
    rows.some((row) => row.kind === 'HTML' && row.body > 0),
    'the measurement saw the HTML document',
  ).toBe(true);
  expect(logProblems(log), `${url} console`).toBe('');
  await context.close();
});
