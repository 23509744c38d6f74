/**
 * The archive on the division list: for the country and every province,
 * prefecture and county-level unit with reports, its reports, the units
 * below it that have reports, and coverage — how many of its township-level
 * units have a report for each year. Computed once per build from the
 * reports and the gazetteer; pages take only the rows they show.
 */
import type { Report } from '../../schemas/report.ts';
import { pinyinSlug } from '../text/slug.ts';
import type { Gazetteer, UnitLevel } from './gazetteer.ts';

export interface DivisionUnit {
  code: string;
  /** The official name, as the division list gives it. */
  name: string;
  level: UnitLevel;
  /** URL slug of its division page: pinyin of the name and the code, "xinpingyizudaizuzizhixian-530427". */
  slug: string;
}

export interface UnitSummary {
  unit: DivisionUnit;
  /** The units above it, outermost first (groupings such as 市辖区 left out). */
  above: DivisionUnit[];
  /** Every report in the unit or below it, in the order given. */
  reports: Report[];
  /** Reports on the unit itself (a county-level unit's own reports). */
  own: Report[];
  /** Units directly below with reports, by code. */
  children: UnitSummary[];
  /** Township-level units of the division list in it. */
  townships: number;
  /** Township-level units with a report, per year. */
  coveredByYear: Map<number, number>;
  /** Township-level units with a report for any year. */
  covered: number;
}

export interface DivisionTree {
  /** Every year with a report, ascending. */
  years: number[];
  /** The country: its children are the provinces with reports. */
  country: UnitSummary;
  /** Provinces, prefectures and county-level units with reports, by code. */
  byCode: Map<string, UnitSummary>;
  /** Every listed township-level unit of a county, by county code (only counties with reports). */
  townshipsOf: (countyCode: string) => DivisionUnit[];
}

export function divisionSlug(name: string, code: string): string {
  return `${pinyinSlug(name)}-${code}`;
}

export function buildDivisionTree(reports: readonly Report[], g: Gazetteer): DivisionTree {
  // Township-level units per unit above them, in one pass over the list.
  const townshipCounts = new Int32Array(g.size);
  let allTownships = 0;
  for (let u = 0; u < g.size; u++) {
    if (g.level(u) !== 'township') continue;
    allTownships++;
    for (let p = g.parents[u]!; p >= 0; p = g.parents[p]!) townshipCounts[p]!++;
  }
  const unitOf = (index: number): DivisionUnit => {
    const code = g.codes[index]!;
    const name = g.names[index]!;
    return { code, name, level: g.level(index), slug: divisionSlug(name, code) };
  };
  const summaryOf = (unit: DivisionUnit, above: DivisionUnit[], townships: number): UnitSummary => ({
    unit,
    above,
    reports: [],
    own: [],
    children: [],
    townships,
    coveredByYear: new Map(),
    covered: 0,
  });

  const country = summaryOf({ code: '', name: '全国', level: 'province', slug: '' }, [], allTownships);
  const byCode = new Map<string, UnitSummary>();
  const coveredSets = new Map<UnitSummary, Map<number, Set<number>>>();
  const everCovered = new Map<UnitSummary, Set<number>>();
  const years = new Set<number>();

  for (const report of reports) {
    years.add(report.year);
    const listed = g.indexOf(report.divisionCode);
    // A unit newer than the list (declared in its .yaml) hangs under its nearest listed parent.
    const anchor = listed ?? nearestListed(g, report.divisionCode);
    const chain = anchor === undefined ? [] : g.chain(anchor).filter((u) => g.level(u) !== 'township');
    const township = listed !== undefined && g.level(listed) === 'township' ? listed : undefined;
    const path: UnitSummary[] = [country];
    let parent = country;
    chain.forEach((index, depth) => {
      const unit = unitOf(index);
      let summary = byCode.get(unit.code);
      if (!summary) {
        summary = summaryOf(
          unit,
          chain.slice(0, depth).map((u) => unitOf(u)),
          townshipCounts[index]!,
        );
        byCode.set(unit.code, summary);
        parent.children.push(summary);
      }
      path.push(summary);
      parent = summary;
    });
    for (const summary of path) {
      summary.reports.push(report);
      if (township === undefined) continue;
      const perYear = coveredSets.get(summary) ?? new Map<number, Set<number>>();
      coveredSets.set(summary, perYear);
      const set = perYear.get(report.year) ?? new Set<number>();
      perYear.set(report.year, set.add(township));
      everCovered.set(summary, (everCovered.get(summary) ?? new Set<number>()).add(township));
    }
    if (listed !== undefined && listed === chain.at(-1)) parent.own.push(report);
  }
  for (const [summary, perYear] of coveredSets)
    for (const [year, set] of perYear) summary.coveredByYear.set(year, set.size);
  for (const [summary, set] of everCovered) summary.covered = set.size;
  const byCodeOrder = (a: UnitSummary, b: UnitSummary): number => a.unit.code.localeCompare(b.unit.code);
  for (const summary of [country, ...byCode.values()]) summary.children.sort(byCodeOrder);

  return {
    years: [...years].sort((a, b) => a - b),
    country,
    byCode,
    townshipsOf: (countyCode) => {
      const county = g.indexOf(countyCode);
      if (county === undefined) return [];
      const out: DivisionUnit[] = [];
      // Sorted by code: a county's townships follow it directly.
      for (let u = county + 1; u < g.size && g.codes[u]!.startsWith(countyCode); u++)
        if (g.level(u) === 'township') out.push(unitOf(u));
      return out;
    },
  };
}

function nearestListed(g: Gazetteer, code: string): number | undefined {
  for (const length of [6, 4, 2]) {
    if (length >= code.length) continue;
    const index = g.indexOf(code.slice(0, length));
    if (index !== undefined) return index;
  }
  return undefined;
}

/** "4/41,352 (0.0097%)": covered of all, with the share to two significant digits. */
export function formatShare(covered: number, total: number): string {
  if (total === 0) return '—';
  const share = (covered / total) * 100;
  const percent = share.toLocaleString('zh-CN', { maximumSignificantDigits: 2 });
  return `${covered.toLocaleString('zh-CN')}/${total.toLocaleString('zh-CN')}（${percent}%）`;
}
