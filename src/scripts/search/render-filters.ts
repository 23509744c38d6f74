/**
 * The filter checkboxes (url-state.ts FILTERS) with their counts, rebuilt
 * after each search. They belong to the search form through the `form`
 * attribute, so the form's own data is the search state. A count is exact,
 * or marked as a bound (≤ n) while the search has unchecked candidates.
 */
import type { Counts } from '../../lib/search/engine.ts';
import { NARROW_FIRST_NOTE, countLabel } from '../../lib/search/messages.ts';
import { FILTERS } from '../../lib/search/url-state.ts';
import type { FilterDefinition, FilterKey, FilterSelection } from '../../lib/search/url-state.ts';
import { element } from './render-results.ts';

const collator = new Intl.Collator('zh-CN');

function orderValues(filter: FilterDefinition, values: string[]): string[] {
  return filter.order === 'descending'
    ? values.sort((a, b) => b.localeCompare(a))
    : values.sort((a, b) => collator.compare(a, b));
}

/**
 * Rebuilds the filters inside `container`: every value with a count, and
 * the selected ones. A checkbox that had the focus (the one just ticked)
 * gets it back, so keyboard users keep their place.
 */
export function renderFilters(
  container: HTMLElement,
  formId: string,
  selection: FilterSelection,
  counts: Counts,
): void {
  const active = document.activeElement;
  const focused =
    active instanceof HTMLInputElement && container.contains(active)
      ? { name: active.name, value: active.value }
      : undefined;
  const fieldsets = FILTERS.map((filter: FilterDefinition) => {
    const key = filter.key as FilterKey;
    const counted = counts.facets[key];
    const fieldset = element('fieldset', 'search-filter');
    fieldset.append(element('legend', undefined, filter.label));
    if (counted === undefined) {
      // Not counted for this search (thousands of values): the reader narrows it first.
      fieldset.append(element('p', 'search-filter-note', NARROW_FIRST_NOTE));
      return fieldset;
    }
    const values = orderValues(filter, [...new Set([...counted.keys(), ...selection[key]])]);
    fieldset.hidden = values.length === 0;
    const list = element('ul', 'search-filter-values');
    for (const value of values) {
      const count = counted.get(value) ?? { value: 0, exact: true };
      const checked = selection[key].includes(value);
      const input = element('input');
      input.type = 'checkbox';
      input.name = key;
      input.value = value;
      input.checked = checked;
      input.setAttribute('form', formId);
      // A value that would give nothing cannot be added (it stays usable to remove when selected).
      input.disabled = count.value === 0 && count.exact && !checked;
      const label = element('label');
      label.append(
        input,
        ` ${filter.display(value)} `,
        element('span', 'search-filter-count', countLabel(count.value, count.exact)),
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
