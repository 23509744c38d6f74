/**
 * A small static chart of one family's figures, made at build time as SVG
 * markup (no charting code on the page): one column per year, a line from the
 * smallest to the largest value, a box from the lower to the upper quartile
 * and a tick at the median; with few figures, every value as a dot too.
 * The scale is logarithmic when the values span more than two orders of
 * magnitude. Text is escaped; the SVG has a title and a description.
 */
import type { PlacedFigure, YearSummary } from './summary.ts';

/** A year of a family's chart shows its figures as dots when it has at most this many. */
export const FIGURE_DOTS_UP_TO = 40;

export interface ChartOptions {
  width?: number;
  height?: number;
  /** Draw each value as a dot when a year has at most this many. */
  dotsUpTo?: number;
}

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const round = (n: number): string => (Math.round(n * 10) / 10).toString();

/** A value written for the axis: 12, 1.5万, 2亿. */
export function formatAxisValue(value: number): string {
  if (value >= 1e8) return `${round(value / 1e8)}亿`;
  if (value >= 1e4) return `${round(value / 1e4)}万`;
  return round(value);
}

export function figureChartSvg(
  label: string,
  unit: string,
  years: readonly YearSummary[],
  figures: readonly PlacedFigure[],
  options: ChartOptions = {},
): string {
  const { width = 640, height = 240, dotsUpTo = FIGURE_DOTS_UP_TO } = options;
  const margin = { top: 16, right: 16, bottom: 28, left: 56 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const min = Math.min(...years.map((y) => y.min));
  const max = Math.max(...years.map((y) => y.max));
  const logScale = min > 0 && max / min > 100;
  const low = logScale ? Math.log10(min) : Math.min(0, min);
  const high = logScale ? Math.log10(max) : max === low ? low + 1 : max;
  const y = (value: number): number => {
    const v = logScale ? Math.log10(Math.max(value, min)) : value;
    return margin.top + plotHeight - ((v - low) / (high - low || 1)) * plotHeight;
  };
  const step = plotWidth / Math.max(1, years.length);
  const x = (index: number): number => margin.left + step * (index + 0.5);
  const ticks = logScale
    ? Array.from({ length: Math.floor(high) - Math.ceil(low) + 1 }, (_, i) => 10 ** (Math.ceil(low) + i))
    : [0, 0.25, 0.5, 0.75, 1].map((f) => low + (high - low) * f);
  const parts: string[] = [];
  for (const tick of ticks) {
    const ty = round(y(tick));
    parts.push(
      `<line class="chart-grid" x1="${margin.left}" x2="${width - margin.right}" y1="${ty}" y2="${ty}"/>`,
      `<text class="chart-axis" x="${margin.left - 6}" y="${ty}" text-anchor="end" dominant-baseline="middle">${escapeXml(formatAxisValue(tick))}</text>`,
    );
  }
  const boxWidth = Math.min(28, step * 0.5);
  years.forEach((summary, index) => {
    const cx = round(x(index));
    parts.push(
      `<text class="chart-axis" x="${cx}" y="${height - 8}" text-anchor="middle">${summary.year}</text>`,
      `<line class="chart-range" x1="${cx}" x2="${cx}" y1="${round(y(summary.max))}" y2="${round(y(summary.min))}"/>`,
      `<rect class="chart-box" x="${round(x(index) - boxWidth / 2)}" y="${round(y(summary.q3))}" width="${round(boxWidth)}" height="${round(Math.max(1, y(summary.q1) - y(summary.q3)))}"/>`,
      `<line class="chart-median" x1="${round(x(index) - boxWidth / 2)}" x2="${round(x(index) + boxWidth / 2)}" y1="${round(y(summary.median))}" y2="${round(y(summary.median))}"/>`,
    );
    const ofYear = figures.filter((figure) => figure.year === summary.year);
    if (ofYear.length <= dotsUpTo)
      for (const figure of ofYear)
        parts.push(
          `<circle class="chart-dot" cx="${cx}" cy="${round(y(figure.value))}" r="3"><title>${escapeXml(`${figure.place} ${figure.year}年：${figure.written}`)}</title></circle>`,
        );
  });
  const description = years
    .map(
      (s) =>
        `${s.year}年 ${s.count} 项，中位数 ${formatAxisValue(s.median)}，最小 ${formatAxisValue(s.min)}，最大 ${formatAxisValue(s.max)}`,
    )
    .join('；');
  return (
    `<svg class="figure-chart" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="chart-title">${escapeXml(`${label}（${unit}）按年度分布${logScale ? '，对数刻度' : ''}`)}</title>` +
    `<desc id="chart-desc">${escapeXml(description)}</desc>` +
    parts.join('') +
    '</svg>'
  );
}
