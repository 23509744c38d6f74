/**
 * Compare pages: the reader chooses how many excerpts stand side by side on a
 * wide screen (1, 2 or 3; remembered in localStorage). Without JavaScript the
 * stylesheet's default holds (two side by side from 64em, one below).
 */
const STORAGE_KEY = 'compare-columns';
const CHOICES = new Set(['1', '2', '3']);

function readChoice(): string | undefined {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored !== null && CHOICES.has(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function setUpColumns(): void {
  const grid = document.querySelector<HTMLElement>('[data-compare-grid]');
  const fieldset = document.querySelector<HTMLFieldSetElement>('[data-compare-columns]');
  if (!grid || !fieldset) return;
  const apply = (choice: string): void => {
    grid.dataset['columns'] = choice;
    for (const input of fieldset.querySelectorAll<HTMLInputElement>('input')) input.checked = input.value === choice;
  };
  apply(readChoice() ?? '2');
  fieldset.addEventListener('change', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !CHOICES.has(input.value)) return;
    apply(input.value);
    try {
      window.localStorage.setItem(STORAGE_KEY, input.value);
    } catch {
      // Private browsing may refuse storage; the choice still holds for this page.
    }
  });
  fieldset.hidden = false;
}

setUpColumns();
