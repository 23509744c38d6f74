/**
 * The bulk data under /data/, built from the five seed reports: every JSON
 * Lines record validates against the generated JSON Schema (Ajv), the CSV
 * parses (csv-parse) and agrees with the content, the files are split under
 * the size limit, and datapackage.json states the true sizes and SHA-256.
 * Expectations come from the content files, read with `yaml` and a line scan
 * (tests/e2e/support/content.ts), not from the code under test.
 */
import { Buffer } from 'node:buffer';
import { createHash, randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { buildReportRecord, type ReportRecord } from '../../src/lib/data/report-record.ts';
import { RECORD_FIELDS } from '../../src/lib/data/record-fields.ts';
import { METADATA_COLUMNS } from '../../src/lib/data/metadata-columns.ts';
import { splitCsvLines, splitGzipLines } from '../../src/lib/data/split-writer.ts';
import { buildBulkData, type DataFile } from '../../src/lib/data/write-bulk-data.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import {
  certainPart,
  expectedSectionIds,
  parseReport,
  reportsDir,
  type ContentReport,
} from '../e2e/support/content.ts';

interface Seed {
  content: ContentReport;
  frontmatter: Record<string, unknown>;
  record: ReportRecord;
}

let seeds: Seed[] = [];

beforeAll(async () => {
  const dir = reportsDir();
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  seeds = await Promise.all(
    names.map(async (name) => {
      const text = await readFile(join(dir, name), 'utf8');
      const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const frontmatter = parseYaml(yaml) as Record<string, unknown>;
      const content = parseReport(name, text);
      const record = buildReportRecord(reportSchema.parse(frontmatter), body, `reports/${content.slug}/`);
      return { content, frontmatter, record };
    }),
  );
});

const byName = (files: DataFile[], name: string): DataFile => {
  const file = files.find((f) => f.name === name);
  if (file === undefined) throw new Error(`no ${name} among ${files.map((f) => f.name).join(', ')}`);
  return file;
};

describe('report records', () => {
  it('carry the frontmatter unchanged, the text, and the ids the numbering gives', () => {
    expect(seeds).toHaveLength(5);
    for (const { content, frontmatter, record } of seeds) {
      for (const [key, value] of Object.entries(frontmatter)) expect(record[key as keyof ReportRecord]).toEqual(value);
      for (const paragraph of content.paragraphs.slice(0, 5)) {
        // The text is plain: Markdown escapes (\~) are gone.
        expect(record.text).toContain(paragraph.replaceAll('\\', ''));
      }
      const ids = record.sections.map((section) => section.id);
      for (const { id, heading } of expectedSectionIds(content)) {
        const section = record.sections.find((s) => s.id === id);
        expect(section?.title, `${content.slug} ${id}`).toBe(heading.text);
      }
      expect(new Set(ids).size).toBe(ids.length);
      expect(record.sections).toHaveLength(content.headings.filter((h) => h.depth >= 2 && h.depth <= 4).length);
      for (const section of record.sections.filter((s) => s.level === 1)) {
        const part = certainPart(section.title);
        if (part !== undefined) expect(section.part, section.title).toBe(part);
      }
    }
  });

  it('give each section the text up to the next heading', () => {
    const { record } = seeds.find((seed) => seed.record.sections.some((s) => s.level === 2)) ?? {};
    if (record === undefined) throw new Error('no seed has a level-2 section');
    const section = record.sections.find((s) => s.level === 2);
    const start = record.text.indexOf(`${section?.title}\n`) + `${section?.title}\n`.length;
    expect(record.text.slice(start).startsWith(section?.text ?? '?')).toBe(true);
    expect(section?.text.length).toBeGreaterThan(0);
  });
});

describe('bulk data files', () => {
  let files: DataFile[] = [];
  const LIMIT = 40 * 1024;

  beforeAll(async () => {
    files = await buildBulkData(
      seeds.map((seed) => seed.record),
      { limit: LIMIT },
    );
  });

  it('split the reports into gzip files under the limit whose records validate against the generated schema', () => {
    const parts = files.filter((file) => file.kind === 'reports');
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((file) => file.name)).toEqual(
      parts.map((_, i) => `reports-${String(i + 1).padStart(5, '0')}.jsonl.gz`),
    );
    const schema = JSON.parse(byName(files, 'report.schema.json').bytes.toString('utf8')) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const lines: unknown[] = [];
    for (const file of parts) {
      expect(file.bytes.length).toBeLessThanOrEqual(LIMIT);
      const text = gunzipSync(file.bytes).toString('utf8');
      expect(text.endsWith('\n')).toBe(true);
      const records = text
        .slice(0, -1)
        .split('\n')
        .map((line) => JSON.parse(line) as unknown);
      expect(records).toHaveLength(file.reports ?? -1);
      lines.push(...records);
    }
    expect(lines).toEqual(seeds.map((seed) => seed.record));
    for (const line of lines) expect(validate(line), JSON.stringify(validate.errors)).toBe(true);
    // The schema is strict: an unknown or missing field is refused.
    expect(validate({ ...(lines[0] as object), extra: 1 })).toBe(false);
    const { text: _text, ...withoutText } = lines[0] as ReportRecord;
    expect(validate(withoutText)).toBe(false);
  });

  it('write a CSV with a BOM and a header that parses and agrees with the content', () => {
    const parts = files.filter((file) => file.kind === 'metadata');
    const rows: Record<string, string>[] = [];
    for (const file of parts) {
      expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const parsed = parseCsv<Record<string, string>>(file.bytes, { bom: true, columns: true });
      expect(parsed).toHaveLength(file.reports ?? -1);
      rows.push(...parsed);
    }
    expect(Object.keys(rows[0] ?? {})).toEqual(METADATA_COLUMNS.map((column) => column.name));
    expect(rows.map((row) => row['slug'])).toEqual(seeds.map((seed) => seed.content.slug));
    for (const { content, frontmatter } of seeds) {
      const row = rows.find((r) => r['slug'] === content.slug);
      expect(row?.['title']).toBe(content.title);
      expect(row?.['place']).toBe(content.place);
      expect(row?.['province']).toBe(content.province);
      expect(row?.['county']).toBe(content.county ?? '');
      expect(row?.['city']).toBe(content.city ?? '');
      expect(row?.['year']).toBe(String(content.year));
      expect(row?.['divisionCode']).toBe(frontmatter['divisionCode']);
      expect(row?.['published']).toBe(frontmatter['published'] ?? '');
      expect(row?.['issuer']).toBe(frontmatter['issuer'] ?? '');
      const source = frontmatter['source'] as Record<string, unknown>;
      expect(row?.['sourceSha256']).toBe(source['sha256']);
      expect(row?.['sourceBytes']).toBe(String(source['bytes']));
      expect(row?.['sections']).toBe(String(content.headings.filter((h) => h.depth >= 2 && h.depth <= 4).length));
    }
  });

  it('list every file in datapackage.json with its true size and SHA-256', () => {
    const descriptor = JSON.parse(byName(files, 'datapackage.json').bytes.toString('utf8')) as {
      licenses: { name: string }[];
      resources: { path: string; bytes: number; hash: string }[];
    };
    expect(descriptor.licenses[0]?.name).toBe('CC0-1.0');
    const others = files.filter((file) => file.name !== 'datapackage.json');
    expect(descriptor.resources.map((r) => r.path)).toEqual(others.map((file) => file.name));
    for (const resource of descriptor.resources) {
      const file = byName(files, resource.path);
      expect(resource.bytes).toBe(file.bytes.length);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(file.bytes).digest('hex')}`);
    }
  });

  it('describe on the /data/ page exactly the fields of the schema', () => {
    const schema = JSON.parse(byName(files, 'report.schema.json').bytes.toString('utf8')) as {
      properties: Record<string, unknown>;
    };
    expect(Object.keys(RECORD_FIELDS).sort()).toEqual(Object.keys(schema.properties).sort());
  });

  it('are byte-identical when built twice', async () => {
    const again = await buildBulkData(
      seeds.map((seed) => seed.record),
      { limit: LIMIT },
    );
    expect(again.map((file) => file.bytes)).toEqual(files.map((file) => file.bytes));
  });
});

describe('splitCsvLines', () => {
  it('starts every piece with the BOM and the header, and keeps each under the limit', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `r${i},巩留镇\r\n`);
    const parts = splitCsvLines('slug,place\r\n', rows, { limit: 200 });
    expect(parts.length).toBeGreaterThan(1);
    const parsed = parts.flatMap((part) => {
      expect(part.bytes.length).toBeLessThanOrEqual(200);
      expect(part.bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
      return parseCsv<Record<string, string>>(part.bytes, { bom: true, columns: true });
    });
    expect(parsed.map((row) => row['slug'])).toEqual(rows.map((_, i) => `r${i}`));
    expect(parts.reduce((sum, part) => sum + part.lines, 0)).toBe(50);
  });
});

describe('splitGzipLines', () => {
  it('keeps every file under the limit even for incompressible lines', async () => {
    const lines = Array.from({ length: 300 }, (_, i) => randomBytes(2000 + (i % 7) * 500).toString('base64'));
    const limit = 100 * 1024;
    const parts = await splitGzipLines(lines, { limit });
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) expect(part.bytes.length).toBeLessThanOrEqual(limit);
    const joined = Buffer.concat(parts.map((part) => gunzipSync(part.bytes))).toString('utf8');
    expect(joined).toBe(`${lines.join('\n')}\n`);
  });

  it('refuses a line that cannot fit in a file of its own', async () => {
    await expect(splitGzipLines(['short', 'x'.repeat(2000)], { limit: 1000 })).rejects.toThrow(/Line 2 is 2001 bytes/);
  });
});
