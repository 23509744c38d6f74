/** How the compare pages divide the archive: pages per part and year, the reports without the part, provinces. */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { buildCompareLayout, paginateEntries, type SizedSection } from '../../src/lib/compare/layout.ts';
import { pageWindow } from '../../src/lib/compare/pagination.ts';
import type { Part } from '../../src/lib/parts.ts';
import type { Report } from '../../src/schemas/report.ts';

function report(slug: string, year: number, province: string, place: string): Report {
  return { slug, year, province, place, title: `${place}${year}年报告`, level: '乡' } as Report;
}

interface Section extends SizedSection {
  id: string;
}

const section = (id: string, part: Part, bytes = 100): Section => ({ id, part, bytes });
const entry = (slug: string, bytes: number) => ({
  report: report(slug, 2023, '云南省', slug),
  sections: [section('s1', 'measures', bytes)],
});

describe('paginateEntries', () => {
  it('starts a new page after the most reports a page may hold', () => {
    const entries = Array.from({ length: 7 }, (_, index) => entry(`r${index}`, 10));
    const pages = paginateEntries(entries, { reports: 3, bytes: 1_000 });
    expect(pages.map((page) => page.map((e) => e.report.slug))).toEqual([
      ['r0', 'r1', 'r2'],
      ['r3', 'r4', 'r5'],
      ['r6'],
    ]);
  });

  it('starts a new page before a report that would make the page too big, but never leaves a page empty', () => {
    const pages = paginateEntries([entry('a', 60), entry('b', 30), entry('c', 20), entry('d', 500), entry('e', 1)], {
      reports: 50,
      bytes: 100,
    });
    expect(pages.map((page) => page.map((e) => e.report.slug))).toEqual([['a', 'b'], ['c'], ['d'], ['e']]);
  });

  it('keeps all sections of one report together', () => {
    const two = {
      report: report('x', 2023, '云南省', 'x'),
      sections: [section('s1', 'measures', 60), section('s2', 'measures', 60)],
    };
    expect(paginateEntries([two, entry('y', 10)], { reports: 50, bytes: 100 }).map((page) => page.length)).toEqual([
      1, 1,
    ]);
  });
});

describe('buildCompareLayout', () => {
  // Newest year first; within a year by province (pinyin: 河南 before 云南), then place.
  const reports = [
    report('a-2023', 2023, '云南省', '安宁乡'),
    report('b-2023', 2023, '云南省', '北山乡'),
    report('c-2023', 2023, '河南省', '城关镇'),
    report('d-2023', 2023, '云南省', '东河乡'),
    report('e-2023', 2023, '云南省', '峨山乡'),
    report('f-2022', 2022, '云南省', '富民乡'),
  ];
  const sections: Record<string, Section[]> = {
    'a-2023': [section('s1', 'measures'), section('s2', 'problems')],
    'b-2023': [section('s1', 'measures')],
    'c-2023': [section('s1', 'measures'), section('s2', 'problems'), section('s3', 'problems')],
    'd-2023': [section('s1', 'measures'), section('s2', 'problems')],
    'e-2023': [section('s1', 'measures')],
    'f-2022': [section('s1', 'plans')],
  };
  const catalog = buildCatalog(reports);
  const layout = buildCompareLayout(
    catalog.years,
    (slug) => sections[slug] ?? [],
    (r) => (r.province === '云南省' ? 'yunnan' : 'henan'),
    { reports: 2, bytes: 10_000 },
  );

  it('lists every year for every part, with counts, and pages only where some report has the part', () => {
    expect(layout.years('problems').map((y) => [y.year, y.reportCount, y.entryCount, y.pages.length])).toEqual([
      [2023, 5, 3, 2],
      [2022, 1, 0, 0],
    ]);
    expect(layout.years('other').every((y) => y.pages.length === 0)).toBe(true);
  });

  it('keeps the archive’s order across pages, a report’s sections of one part together', () => {
    const pages = layout.years('problems')[0]?.pages ?? [];
    expect(pages.map((page) => page.entries.map((e) => [e.report.slug, e.sections.map((s) => s.id)]))).toEqual([
      [
        ['c-2023', ['s2', 's3']],
        ['a-2023', ['s2']],
      ],
      [['d-2023', ['s2']]],
    ]);
  });

  it('names each report without the part once, on the page of the report before it', () => {
    const pages = layout.years('problems')[0]?.pages ?? [];
    expect(pages.map((page) => page.missing.map((r) => r.slug))).toEqual([['b-2023'], ['e-2023']]);
  });

  it('tells the page of each report, and nothing for a report without the part', () => {
    expect(['a-2023', 'c-2023', 'd-2023', 'b-2023'].map((slug) => layout.pageOf('problems', slug))).toEqual([
      1,
      1,
      2,
      undefined,
    ]);
    expect(layout.pageOf('measures', 'e-2023')).toBe(3);
    expect(layout.reportsWith('problems')).toBe(3);
    expect(layout.reportsWith('plans')).toBe(1);
  });

  it('counts each province’s reports and the page where they start', () => {
    expect(layout.years('measures')[0]?.provinces).toEqual([
      { province: '河南省', slug: 'henan', reports: 1, page: 1 },
      { province: '云南省', slug: 'yunnan', reports: 4, page: 1 },
    ]);
    expect(layout.years('problems')[0]?.provinces.map((p) => [p.slug, p.reports, p.page])).toEqual([
      ['henan', 1, 1],
      ['yunnan', 2, 1],
    ]);
  });
});

describe('pageWindow', () => {
  it('shows every page when there are few', () => {
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 1)).toEqual([1]);
  });

  it('shows the first, the last and two on each side, with gaps', () => {
    expect(pageWindow(6, 20)).toEqual([1, undefined, 4, 5, 6, 7, 8, undefined, 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, undefined, 20]);
    expect(pageWindow(20, 20)).toEqual([1, undefined, 18, 19, 20]);
  });

  it('shows a single page instead of a gap that would hide only it', () => {
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, 6, undefined, 20]);
  });
});
