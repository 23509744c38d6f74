/** The bounded browse pages' groupings (src/lib/browse.ts), on made-up reports. */
import { describe, expect, it } from 'vitest';
import {
  BROWSE_PAGE_SIZE,
  browsePageSize,
  listUnit,
  unitRuns,
  pairsByProvince,
  provinceYears,
  yearProvinces,
} from '../../src/lib/browse.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { yearPairs } from '../../src/lib/changes/pairs.ts';
import type { Report } from '../../src/schemas/report.ts';

/** A report with just the fields the groupings read; places fall into three prefectures. */
function report(place: string, divisionCode: string, province: string, year: number, city: string): Report {
  return {
    division: { province, city, county: '某县', township: place },
    title: `${place}${year}年法治政府建设情况报告`,
    slug: `${divisionCode}-${year}`,
    place,
    level: '乡',
    province,
    divisionCode,
    year,
  } as Report;
}

const PROVINCES = ['云南省', '河南省', '陕西省', '山西省'];
/** 4 provinces × 30 places × some of 5 years: every place reports in 2021, and in the later years when its number allows. */
const REPORTS = PROVINCES.flatMap((province, p) =>
  Array.from({ length: 30 }, (_, i) => `${p + 1}${String(i).padStart(8, '0')}`).flatMap((code, i) =>
    [2021, 2022, 2023, 2024, 2025]
      .filter((year) => year === 2021 || (i + year) % 3 !== 0)
      .map((year) => report(`地方${i}`, code, province, year, ['乙市', '甲市', '丙市'][i % 3] ?? '')),
  ),
);
const catalog = buildCatalog(REPORTS);
const years = yearProvinces(catalog);

describe('yearProvinces', () => {
  it('puts every report on exactly one year × province list, under its own year and province', () => {
    const listed = years.flatMap((year) => year.provinces.flatMap((group) => group.reports));
    expect(listed.map((r) => r.slug).sort()).toEqual(REPORTS.map((r) => r.slug).sort());
    for (const year of years)
      for (const group of year.provinces)
        for (const r of group.reports) expect([r.year, r.province]).toEqual([year.year, group.province]);
  });

  it('counts each year, its places, and uses the province pages’ slugs', () => {
    const slugs = new Map(catalog.provinces.map((group) => [group.province, group.slug]));
    for (const year of years) {
      const reports = REPORTS.filter((r) => r.year === year.year);
      expect(year.count).toBe(reports.length);
      expect(year.places).toBe(new Set(reports.map((r) => r.divisionCode)).size);
      expect(year.provinces.map((g) => g.slug)).toEqual(year.provinces.map((g) => slugs.get(g.province)));
      expect(new Set(year.provinces.map((g) => g.province)).size, 'one group per province').toBe(year.provinces.length);
    }
    expect(years.map((y) => y.year)).toEqual([2025, 2024, 2023, 2022, 2021]);
  });

  it('gives a province its years with counts, newest first', () => {
    const yunnan = catalog.provinces.find((group) => group.province === '云南省');
    expect(yunnan).toBeDefined();
    const expected = [2025, 2024, 2023, 2022, 2021].map((year) => ({
      year,
      reports: REPORTS.filter((r) => r.province === '云南省' && r.year === year).length,
    }));
    expect(provinceYears(yunnan!, years)).toEqual(expected);
  });
});

describe('a year × province list', () => {
  // 2021: every place reports, so all three prefectures are there.
  const list = years.at(-1)?.provinces[0]?.reports ?? [];

  it('orders its reports by prefecture, then place', () => {
    const collator = new Intl.Collator('zh-CN');
    const keys = list.map((r) => [listUnit(r), r.place] as const);
    const sortedKeys = [...keys].sort((a, b) => collator.compare(a[0], b[0]) || collator.compare(a[1], b[1]));
    expect(keys).toEqual(sortedKeys);
    expect(new Set(keys.map(([unit]) => unit)).size).toBe(3);
  });

  it('splits a page into runs of one prefecture, marking the run that began on the page before', () => {
    const firstUnit = list.filter((r) => listUnit(r) === listUnit(list[0]!)).length;
    // A page that starts one report into the first prefecture and runs into the second.
    const page = list.slice(1, firstUnit + 2);
    const runs = unitRuns(page, list[0]);
    expect(runs.map((run) => [run.unit, run.continued, run.reports.length])).toEqual([
      [listUnit(list[0]!), true, firstUnit - 1],
      [listUnit(list[firstUnit]!), false, 2],
    ]);
    expect(unitRuns(page, undefined)[0]?.continued).toBe(false);
  });
});

describe('pairsByProvince', () => {
  it('puts every comparison under the province of its place, newest first', () => {
    const pairs = yearPairs(catalog);
    const groups = pairsByProvince(pairs, catalog.provinces);
    expect(groups.flatMap((g) => g.pairs).length).toBe(pairs.length);
    for (const group of groups) {
      expect(group.pairs.every((pair) => pair.after.province === group.province)).toBe(true);
      const afterYears = group.pairs.map((pair) => pair.after.year);
      expect(afterYears).toEqual([...afterYears].sort((a, b) => b - a));
    }
    expect(groups.map((g) => g.province)).toEqual(catalog.provinces.map((g) => g.province));
  });
});

describe('page size', () => {
  it('is the default unless a positive whole number is given, and refuses anything else', () => {
    expect(browsePageSize(undefined)).toBe(BROWSE_PAGE_SIZE);
    expect(browsePageSize('')).toBe(BROWSE_PAGE_SIZE);
    expect(browsePageSize('1')).toBe(1);
    for (const bad of ['0', '-3', '2.5', 'abc', ' 10'])
      expect(() => browsePageSize(bad), bad).toThrow(/BROWSE_PAGE_SIZE/);
  });
});
