/**
 * The filter checkboxes (year, province, place) with their counts, rebuilt
 * after each search. They belong to the search form through the `form`
 * attribute, so the form's own data is the search state.
 */
import { FILTER_KEYS, FILTER_LABELS } from '../../lib/search/url-state.ts';
import type { FilterKey, FilterSelection } from '../../lib/search/url-state.ts';
import { element } from './render-results.ts';

/** Counts per value of each filter; `partial` when more reports may still match (the search is not finished). */
export interface FilterCounts {
  counts: Record<FilterKey, Map<string, number>>;
  partial: boolean;
}

/** Newest year first; names in Chinese collation order. */
function orderValues(key: FilterKey, values: string[]): string[] {
  const collator = new Intl.Collator('zh-CN');
  return key === 'year' ? values.sort((a, b) => b.localeCompare(a)) : values.sort((a, b) => collator.compare(a, b));
}

/**
 * Rebuilds the filters inside `container` for every known value. A checkbox
 * that had the focus (the one just ticked) gets it back, so keyboard users
 * keep their place.
 */
export function renderFilters(
  container: HTMLElement,
  formId: string,
  known: Record<FilterKey, string[]>,
  selection: FilterSelection,
  { counts, partial }: FilterCounts,
): void {
  const active = document.activeElement;
  const focused =
    active instanceof HTMLInputElement && container.contains(active)
      ? { name: active.name, value: active.value }
      : undefined;
  const fieldsets = FILTER_KEYS.map((key) => {
    const fieldset = element('fieldset', 'search-filter');
    fieldset.append(element('legend', undefined, FILTER_LABELS[key]));
    const list = element('ul', 'search-filter-values');
    const values = orderValues(key, [...new Set([...known[key], ...selection[key]])]);
    for (const value of values) {
      const count = counts[key].get(value) ?? 0;
      const checked = selection[key].includes(value);
      const input = element('input');
      input.type = 'checkbox';
      input.name = key;
      input.value = value;
      input.checked = checked;
      input.setAttribute('form', formId);
      // A value that would give nothing cannot be added (it stays usable to remove when selected).
      input.disabled = count === 0 && !checked && !partial;
      const label = element('label');
      label.append(
        input,
        ` ${key === 'year' ? `${value}年` : value} `,
        element('span', 'search-filter-count', `（${count}${partial ? '+' : ''}）`),
      );
      const item = element('li');
      item.append(label);
      list.append(item);
    }
    fieldset.append(list);
    return fieldset;
  });
  container.replaceChildren(...fieldsets);
  if (focused !== undefined) {
    for (const input of container.querySelectorAll('input')) {
      if (input.name === focused.name && input.value === focused.value && !input.disabled) input.focus();
    }
  }
}
