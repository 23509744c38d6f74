/**
 * Figures grouped for the figure pages: by family, and within a family by
 * year, with the numbers a chart and a summary table need. Pure.
 */
import type { Figure } from '../../schemas/figure.ts';
import { familyOf, FIGURE_FAMILIES, type FigureFamily } from './families.ts';

/** A figure with the year and place of its report, for tables across reports. */
export interface PlacedFigure extends Figure {
  year: number;
  place: string;
  province: string;
}

export interface YearSummary {
  year: number;
  /** Figures of the year (a report may give several of one family). */
  count: number;
  /** Reports of the year with at least one figure of the family. */
  reports: number;
  min: number;
  /** Lower and upper quartile and median (linear interpolation between ranks). */
  q1: number;
  median: number;
  q3: number;
  max: number;
}

/**
 * A figure known by its report and its position in the report's list, with
 * what sorting and the summaries need: a family of 100,000 reports holds
 * hundreds of thousands, so only these few fields are kept for all of them.
 */
export interface FigureRef {
  report: string;
  /** Its index in the report's figures. */
  index: number;
  year: number;
  place: string;
  province: string;
  value: number;
}

/** One family across the archive: its counts and summaries, and the figures its page shows in full. */
export interface FamilyFigures {
  family: FigureFamily;
  /** Figures of the family in the whole archive. */
  count: number;
  years: YearSummary[];
  reports: number;
  places: number;
  /** The first figures, newest year first, then by place (at most the `listed` asked for). */
  listed: PlacedFigure[];
  /** Every figure of the years with at most `sparseUpTo` figures (the chart draws those as dots). */
  sparse: PlacedFigure[];
}

/** The q-quantile of sorted values, interpolating between ranks. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of no values');
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export function summarizeYear(year: number, figures: readonly Pick<FigureRef, 'value' | 'report'>[]): YearSummary {
  const values = figures.map((figure) => figure.value).sort((a, b) => a - b);
  return {
    year,
    count: values.length,
    reports: new Set(figures.map((figure) => figure.report)).size,
    min: values[0]!,
    q1: quantile(values, 0.25),
    median: quantile(values, 0.5),
    q3: quantile(values, 0.75),
    max: values.at(-1)!,
  };
}

/**
 * Figures by family, as the archive is read: `add` each report's figures in
 * turn, then `families` gives every family with at least one figure, in the
 * families' order, reading the few figures shown in full with `full`.
 */
export class FamilyGrouping {
  private readonly byFamily = new Map<FigureFamily, FigureRef[]>();

  add(report: { slug: string; year: number; place: string; province: string }, figures: readonly Figure[]): void {
    figures.forEach((figure, index) => {
      const family = familyOf(figure);
      if (family === undefined) return;
      const { slug, year, place, province } = report;
      const ref = { report: slug, index, year, place, province, value: figure.value };
      const list = this.byFamily.get(family);
      if (list) list.push(ref);
      else this.byFamily.set(family, [ref]);
    });
  }

  families(
    full: (ref: FigureRef) => PlacedFigure,
    { listed, sparseUpTo }: { listed: number; sparseUpTo: number },
  ): FamilyFigures[] {
    const collator = new Intl.Collator('zh-CN');
    return FIGURE_FAMILIES.flatMap((family) => {
      const list = this.byFamily.get(family);
      if (list === undefined) return [];
      list.sort((a, b) => b.year - a.year || collator.compare(a.place, b.place) || a.report.localeCompare(b.report));
      const byYear = Map.groupBy(list, (figure) => figure.year);
      const years = [...byYear].map(([year, ofYear]) => summarizeYear(year, ofYear)).sort((a, b) => a.year - b.year);
      const sparse = [...byYear.values()].filter((ofYear) => ofYear.length <= sparseUpTo).flat();
      return [
        {
          family,
          count: list.length,
          years,
          reports: new Set(list.map((figure) => figure.report)).size,
          places: new Set(list.map((figure) => `${figure.province}|${figure.place}`)).size,
          listed: list.slice(0, listed).map(full),
          sparse: sparse.map(full),
        },
      ];
    });
  }
}
