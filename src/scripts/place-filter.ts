/**
 * The places list's filter (see PlaceFilter.astro). Each item's
 * `data-filter-text` holds its names and their pinyin in lowercase; a place
 * shows when every word of the query is in it. Runs per keystroke over tens of
 * thousands of items, so it only toggles `hidden` and counts.
 */
import { matchesFilter } from '../lib/place-filter.ts';

function setUpPlaceFilter(): void {
  const box = document.querySelector<HTMLElement>('[data-place-filter]');
  const input = box?.querySelector('input');
  const status = box?.querySelector<HTMLElement>('[role="status"]');
  if (!box || !input || !status) return;
  const groups = [...document.querySelectorAll<HTMLElement>('[data-filter-group]')].map((group) => ({
    group,
    items: [...group.querySelectorAll<HTMLElement>('[data-filter-text]')].map((item) => ({
      item,
      text: item.dataset['filterText'] ?? '',
      shown: true,
    })),
  }));
  let pending = 0;
  const apply = (): void => {
    const query = input.value;
    let shown = 0;
    for (const { group, items } of groups) {
      let inGroup = 0;
      for (const entry of items) {
        const match = matchesFilter(entry.text, query);
        // Touch the DOM only where the state changes: tens of thousands of writes cost a relayout each time.
        if (match !== entry.shown) {
          entry.item.hidden = !match;
          entry.shown = match;
        }
        if (match) inGroup += 1;
      }
      if (group.hidden !== (inGroup === 0)) group.hidden = inGroup === 0;
      shown += inGroup;
    }
    status.textContent = query.trim() === '' ? '' : `找到 ${shown} 个地区`;
  };
  input.addEventListener('input', () => {
    window.cancelAnimationFrame(pending);
    pending = window.requestAnimationFrame(apply);
  });
  box.hidden = false;
  if (input.value !== '') apply();
}

setUpPlaceFilter();
