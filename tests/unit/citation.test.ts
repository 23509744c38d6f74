/**
 * The citation formats of a report: GB/T 7714-2015 against references
 * written out by hand from the standard's pattern, and BibTeX, RIS and
 * CSL-JSON read back with citation-js's parsers, for every seed report and
 * for text full of the characters each format treats specially.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { formatBibtex } from '../../src/lib/citation/bibtex.ts';
import { citationOf, type Citation } from '../../src/lib/citation/citation.ts';
import { formatCslJson } from '../../src/lib/citation/csl-json.ts';
import { formatGbt7714 } from '../../src/lib/citation/gbt7714.ts';
import { formatRis } from '../../src/lib/citation/ris.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { reportsDir } from '../e2e/support/content.ts';

interface CslRead {
  title?: string;
  author?: { literal?: string; family?: string }[];
  issued?: { 'date-parts': number[][] };
  URL?: string;
  type?: string;
}

/** What citation-js reads from a text in one of the formats. */
const readBack = (text: string): CslRead[] => new Cite(text).data as CslRead[];

/** A corporate author as citation-js reads it: a literal, or the whole name as family name. */
const authorName = (item: CslRead): string | undefined => item.author?.[0]?.literal ?? item.author?.[0]?.family;

const seeds: Citation[] = await (async () => {
  const dir = reportsDir();
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (name) => {
      const [, yaml = ''] = /^---\n([\s\S]*?)\n---\n/.exec(await readFile(join(dir, name), 'utf8')) ?? [];
      const report = reportSchema.parse(parseYaml(yaml));
      return citationOf(report, `https://archive.example.org/reports/${report.slug}/`);
    }),
  );
})();

const HOSTILE: Citation = {
  id: 'hostile-2023',
  title: '关于{2023}年 50% 完成_率 & #1 $x ~a^b \\c 的报告',
  issuer: 'A&B {镇} 人民政府 %',
  published: '2024-01-05',
  year: 2023,
  place: '老厂乡',
  province: '云南省',
  url: 'https://archive.example.org/reports/hostile-2023/',
};

describe('GB/T 7714-2015', () => {
  it('writes issuer, title [EB/OL], (publication date)[access date] and the URL', () => {
    expect(
      formatGbt7714(
        {
          title: '新平县老厂乡2023年法治政府建设情况报告',
          issuer: '新平县老厂乡人民政府',
          published: '2023-11-29',
          url: 'https://archive.example.org/reports/laochangxiang-2023/#s1-2',
        },
        '2026-12-04',
      ),
    ).toBe(
      '新平县老厂乡人民政府. 新平县老厂乡2023年法治政府建设情况报告[EB/OL]. (2023-11-29)[2026-12-04]. https://archive.example.org/reports/laochangxiang-2023/#s1-2.',
    );
  });

  it('leaves out an unknown issuer and an unknown date instead of guessing them', () => {
    expect(
      formatGbt7714({ title: '巩留镇2024年法治政府建设情况报告', url: 'https://a.example/r/' }, '2026-12-04'),
    ).toBe('巩留镇2024年法治政府建设情况报告[EB/OL]. [2026-12-04]. https://a.example/r/.');
    expect(formatGbt7714({ title: '报告' })).toBe('报告[EB/OL].');
  });
});

describe.for([...seeds, HOSTILE])('citation downloads of $id', (citation) => {
  it('BibTeX reads back with its title, issuer, date and URL', () => {
    const text = formatBibtex(citation);
    expect(text.startsWith(`@online{${citation.id},`)).toBe(true);
    const [item] = readBack(text);
    expect(item?.title).toBe(citation.title);
    expect(item && authorName(item)).toBe(citation.issuer);
    expect(item?.URL).toBe(citation.url);
    expect(item?.issued?.['date-parts'][0]).toEqual(citation.published?.split('-').map(Number));
  });

  it('RIS reads back with its title, issuer, date and URL', () => {
    const text = formatRis(citation);
    expect(text.split('\r\n').every((line) => line === '' || /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    const [item] = readBack(text);
    expect(item?.title).toBe(citation.title);
    expect(item && authorName(item)).toBe(citation.issuer);
    expect(item?.URL).toBe(citation.url);
    expect(item?.issued?.['date-parts'][0]).toEqual(citation.published?.split('-').map(Number));
  });

  it('CSL-JSON reads back as a web page with its title, issuer, date and URL', () => {
    const [item] = readBack(formatCslJson(citation));
    expect(item?.type).toBe('webpage');
    expect(item?.title).toBe(citation.title);
    expect(item && authorName(item)).toBe(citation.issuer);
    expect(item?.URL).toBe(citation.url);
    expect(item?.issued?.['date-parts'][0]).toEqual(citation.published?.split('-').map(Number));
  });
});
