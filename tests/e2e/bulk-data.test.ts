/**
 * The bulk data as served by both builds: the /data/ page links every file
 * datapackage.json lists, each is served with the size and SHA-256 stated
 * there, the JSON Lines hold one record per report of the content, and each
 * report's /reports/<slug>.json is the same record; the figures CSVs are
 * described there with their columns and row counts.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { builtSites, urlOf } from './support/context.ts';
import { loadReports } from './support/content.ts';

interface Resource {
  path: string;
  bytes: number;
  hash: string;
  description?: string;
  schema?: { fields: { name: string }[] };
}

const fetchBytes = async (url: string): Promise<Buffer> => {
  const response = await fetch(url);
  expect(response.status, url).toBe(200);
  return Buffer.from(await response.arrayBuffer());
};

describe.for(builtSites())('bulk data of the $name build', (site) => {
  test('the /data/ page links every file of datapackage.json, served with the stated size and SHA-256', async () => {
    const html = (await fetchBytes(urlOf(site, 'data/'))).toString('utf8');
    const linked = [...html.matchAll(/<a href="([^"]+)" download/g)].map((match) => match[1] ?? '');
    const descriptor = JSON.parse((await fetchBytes(urlOf(site, 'data/datapackage.json'))).toString('utf8')) as {
      resources: Resource[];
    };
    expect(linked).toEqual([
      ...descriptor.resources.map((resource) => `${site.base}data/${resource.path}`),
      `${site.base}data/datapackage.json`,
    ]);
    for (const resource of descriptor.resources) {
      const bytes = await fetchBytes(urlOf(site, `data/${resource.path}`));
      expect(bytes.length, resource.path).toBe(resource.bytes);
      expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, resource.path).toBe(resource.hash);
      expect(bytes.length).toBeLessThanOrEqual(25 * 1024 * 1024);
    }
  });

  test('the JSON Lines hold every report once, and /reports/<slug>.json is the same record', async () => {
    const descriptor = JSON.parse((await fetchBytes(urlOf(site, 'data/datapackage.json'))).toString('utf8')) as {
      resources: Resource[];
    };
    const records: { slug: string }[] = [];
    for (const resource of descriptor.resources.filter((r) => r.path.endsWith('.jsonl.gz'))) {
      const text = gunzipSync(await fetchBytes(urlOf(site, `data/${resource.path}`))).toString('utf8');
      records.push(
        ...text
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line) as { slug: string }),
      );
    }
    const reports = await loadReports();
    expect(records.map((record) => record.slug).sort()).toEqual(reports.map((report) => report.slug).sort());
    for (const record of records) {
      const single = JSON.parse(
        (await fetchBytes(urlOf(site, `reports/${record.slug}.json`))).toString('utf8'),
      ) as unknown;
      expect(single).toEqual(record);
    }
  });

  test('datapackage.json describes every figures CSV: its columns are the header, its count the rows', async () => {
    const descriptor = JSON.parse((await fetchBytes(urlOf(site, 'data/datapackage.json'))).toString('utf8')) as {
      resources: Resource[];
    };
    const figures = descriptor.resources.filter((r) => /^figures-\d{5}\.csv$/u.test(r.path));
    expect(figures.length).toBeGreaterThan(0);
    for (const resource of figures) {
      const rows: string[][] = parseCsv(await fetchBytes(urlOf(site, `data/${resource.path}`)), {
        bom: true,
        record_delimiter: '\r\n',
      });
      expect(resource.schema?.fields.map((field) => field.name)).toEqual(rows[0]);
      expect(resource.description).toMatch(new RegExp(`^${rows.length - 1} figures`, 'u'));
    }
  });
});
