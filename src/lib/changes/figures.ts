/**
 * The figures that changed between two reports of one place: figures with the
 * same indicator as written and the same unit in both, whose values differ.
 * Indicators that occur more than once in a report are paired in order.
 */
import type { Figure } from '../../schemas/figure.ts';

export interface FigureChange {
  indicator: string;
  unit: string;
  before: Pick<Figure, 'value' | 'written' | 'block'>;
  after: Pick<Figure, 'value' | 'written' | 'block'>;
}

export interface FigureComparison {
  changed: FigureChange[];
  /** Figures with the same indicator, unit and value in both. */
  unchanged: number;
  /** Figures of the later report with no counterpart in the earlier, and the other way round. */
  onlyAfter: number;
  onlyBefore: number;
}

const key = (figure: Pick<Figure, 'indicator' | 'unit'>): string => `${figure.indicator}\u0000${figure.unit}`;

export function compareFigures(before: readonly Figure[], after: readonly Figure[]): FigureComparison {
  const open = new Map<string, Figure[]>();
  for (const figure of before) {
    if (figure.indicator === '') continue;
    const list = open.get(key(figure));
    if (list) list.push(figure);
    else open.set(key(figure), [figure]);
  }
  const changed: FigureChange[] = [];
  let unchanged = 0;
  let onlyAfter = 0;
  let matched = 0;
  for (const figure of after) {
    const earlier = figure.indicator === '' ? undefined : open.get(key(figure))?.shift();
    if (earlier === undefined) {
      onlyAfter += 1;
      continue;
    }
    matched += 1;
    if (earlier.value === figure.value) unchanged += 1;
    else
      changed.push({
        indicator: figure.indicator,
        unit: figure.unit,
        before: { value: earlier.value, written: earlier.written, block: earlier.block },
        after: { value: figure.value, written: figure.written, block: figure.block },
      });
  }
  return { changed, unchanged, onlyAfter, onlyBefore: before.length - matched };
}
