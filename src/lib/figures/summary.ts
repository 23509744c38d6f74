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

export interface FamilyFigures {
  family: FigureFamily;
  figures: PlacedFigure[];
  years: YearSummary[];
  reports: number;
  places: number;
}

/** The q-quantile of sorted values, interpolating between ranks. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of no values');
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

export function summarizeYear(year: number, figures: readonly PlacedFigure[]): YearSummary {
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

/** Every family with at least one figure, in the families' order; figures newest year first, then by place. */
export function groupFamilies(figures: Iterable<PlacedFigure>): FamilyFigures[] {
  const byFamily = new Map<FigureFamily, PlacedFigure[]>();
  for (const figure of figures) {
    const family = familyOf(figure);
    if (family === undefined) continue;
    const list = byFamily.get(family);
    if (list) list.push(figure);
    else byFamily.set(family, [figure]);
  }
  const collator = new Intl.Collator('zh-CN');
  return FIGURE_FAMILIES.flatMap((family) => {
    const list = byFamily.get(family);
    if (list === undefined) return [];
    list.sort((a, b) => b.year - a.year || collator.compare(a.place, b.place) || a.report.localeCompare(b.report));
    const byYear = Map.groupBy(list, (figure) => figure.year);
    const years = [...byYear].map(([year, ofYear]) => summarizeYear(year, ofYear)).sort((a, b) => a.year - b.year);
    return [
      {
        family,
        figures: list,
        years,
        reports: new Set(list.map((figure) => figure.report)).size,
        places: new Set(list.map((figure) => `${figure.province}|${figure.place}`)).size,
      },
    ];
  });
}
