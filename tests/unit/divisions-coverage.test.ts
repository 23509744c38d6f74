/**
 * The archive on the division list: counts and coverage per unit, checked
 * against the list itself (township counts by code prefix) and the reports.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/schemas/report.ts';
import { buildDivisionTree, formatShare } from '../../src/lib/divisions/coverage.ts';
import { Gazetteer } from '../../src/lib/divisions/gazetteer.ts';

const text = readFileSync(new URL('../../src/data/divisions.txt', import.meta.url), 'utf8');
const g = new Gazetteer(text);
const codes = text
  .split('\n')
  .filter((line) => /^\d/u.test(line))
  .map((line) => line.split('\t')[0]!);
const townshipsUnder = (prefix: string) => codes.filter((c) => c.length === 9 && c.startsWith(prefix)).length;

const report = (slug: string, divisionCode: string, year: number) => ({ slug, divisionCode, year }) as Report;
const reports = [
  report('a-2022', '530427203', 2022), // 老厂乡 (新平县)
  report('a-2023', '530427203', 2023),
  report('b-2023', '530427101', 2023), // another township of 新平县
  report('c-2023', '410421203', 2023), // 李庄乡 (宝丰县)
  report('d-2021', '431271', 2021), // 怀化市洪江管理区, a county-level report
  report('e-2023', '110101001', 2023), // 东华门街道, 北京市 东城区 (市辖区 left out)
];
const tree = buildDivisionTree(reports, g);

describe('the division tree', () => {
  it('counts the country and each unit against the list', () => {
    expect(tree.years).toEqual([2021, 2022, 2023]);
    expect(tree.country.townships).toBe(codes.filter((c) => c.length === 9).length);
    expect(tree.country.reports).toHaveLength(6);
    expect(tree.country.covered).toBe(4);
    expect(tree.country.coveredByYear).toEqual(
      new Map([
        [2022, 1],
        [2023, 4],
      ]),
    );
    for (const [code, summary] of tree.byCode) expect(summary.townships, code).toBe(townshipsUnder(code));
  });

  it('keeps the hierarchy of units with reports, groupings left out', () => {
    expect(tree.country.children.map((c) => c.unit.code)).toEqual(['11', '41', '43', '53']);
    expect(tree.byCode.get('11')!.children.map((c) => c.unit.code)).toEqual(['110101']);
    expect(tree.byCode.get('530427')!.above.map((u) => u.name)).toEqual(['云南省', '玉溪市']);
    expect(tree.byCode.get('530427')!.coveredByYear.get(2023)).toBe(2);
    expect(tree.byCode.get('431271')!.own.map((r) => r.slug)).toEqual(['d-2021']);
    expect(tree.byCode.get('530427')!.own).toEqual([]);
  });

  it('lists a county’s township-level units from the list, in code order', () => {
    const townships = tree.townshipsOf('530427').map((u) => u.code);
    expect(townships).toEqual(codes.filter((c) => c.length === 9 && c.startsWith('530427')));
  });

  it('gives each unit a slug of pinyin and code', () => {
    expect(tree.byCode.get('530427')!.unit.slug).toBe('xinpingyizudaizuzizhixian-530427');
  });

  it('formats a share with its counts', () => {
    expect(formatShare(4, 41352)).toBe('4/41,352（0.0097%）');
    expect(formatShare(0, 0)).toBe('—');
  });
});
