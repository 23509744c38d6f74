/**
 * The search page: reads the search from the URL, runs it through the
 * search engine (engine-client.ts, the only module that knows which one),
 * shows the results a batch at a time with their counts and the filters,
 * and keeps the URL in step, so a search can be shared and the back button
 * walks back through searches.
 *
 * Every result shown contains every word (the engine checks it); counts are
 * exact, or shown as a bound ("至多 n 份", "≤ n") while the engine still has
 * candidates to check. "继续查找" runs one step at a time: while a step runs
 * the button is disabled and the results are marked busy.
 */
import type { FoundReport, SearchCursor } from '../../lib/search/engine.ts';
import {
  IDLE_STATUS,
  SEARCHING_STATUS,
  conversionNote,
  cutNote,
  errorStatus,
  exactStatus,
  filterStatus,
  splitSuggestion,
} from '../../lib/search/messages.ts';
import { sortResults } from '../../lib/search/rank.ts';
import { MAX_QUERY_CHARACTERS, parseQuery } from '../../lib/search/search-text.ts';
import { hasFilters, readSearchState, sameSearch, searchStateToParams } from '../../lib/search/url-state.ts';
import type { SearchState } from '../../lib/search/url-state.ts';
import { searchEngine } from './engine-client.ts';
import { renderFilters } from './render-filters.ts';
import { exactResultItem } from './render-results.ts';
import { simplifyQuery } from './simplify-query.ts';

/** Results added per step. */
const PAGE_SIZE = 10;
/** The page's title without a query (BaseLayout's). */
const SITE_TITLE_SEPARATOR = ' · ';

interface Page {
  form: HTMLFormElement;
  query: HTMLInputElement;
  sort: HTMLSelectElement;
  facets: HTMLDetailsElement;
  filters: HTMLElement;
  status: HTMLElement;
  notes: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  split: HTMLElement;
  noScript: HTMLElement;
}

function byId<T extends HTMLElement>(id: string, type: new () => T): T | undefined {
  const found = document.getElementById(id);
  return found instanceof type ? found : undefined;
}

/** The page's elements, or undefined when one is missing (then the script does nothing). */
function findPage(): Page | undefined {
  const page = {
    form: byId('search-form', HTMLFormElement),
    query: byId('search-input', HTMLInputElement),
    sort: byId('search-sort', HTMLSelectElement),
    facets: byId('search-facets', HTMLDetailsElement),
    filters: byId('search-filters', HTMLElement),
    status: byId('search-status', HTMLElement),
    notes: byId('search-notes', HTMLElement),
    results: byId('search-results', HTMLOListElement),
    more: byId('search-more', HTMLButtonElement),
    split: byId('search-split', HTMLElement),
    noScript: byId('search-no-js', HTMLElement),
  };
  return Object.values(page).every((value) => value !== undefined) ? (page as Page) : undefined;
}

/** The search state held by the form (query, sort, checked filters). */
function stateFromForm(page: Page): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(page.form)) if (typeof value === 'string') params.append(key, value);
  return readSearchState(params);
}

/** One half and the other of a word, by characters. */
function halves(word: string): string[] {
  const characters = [...word];
  const middle = Math.ceil(characters.length / 2);
  return [characters.slice(0, middle).join(''), characters.slice(middle).join('')];
}

/** The current search and what it has shown. */
interface Run {
  generation: number;
  state: SearchState;
  /** The words as typed (after any conversion), for the status line. */
  typed: string[];
  words: string[];
  cursor: SearchCursor;
  found: FoundReport[];
}

class SearchPage {
  /** Increases with every search; an older search that finishes late shows nothing. */
  private generation = 0;
  private current: Run | undefined;
  /** The step of "继续查找" under way, if any. */
  private stepping: Promise<void> | undefined;
  /** Whether the current history entry belongs to the query being typed (typing replaces it). */
  private typing = false;
  private readonly baseTitle = document.title;

  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  start(): void {
    const { page } = this;
    page.noScript.hidden = true;
    // Filters are open beside the results on wide screens, folded above them on phones.
    if (window.matchMedia('(min-width: 50rem)').matches) page.facets.open = true;
    page.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.typing = false;
      this.commit(stateFromForm(page), 'push');
    });
    // Each keystroke searches at once (a newer search makes an older one show nothing); an input
    // method's composition searches when it ends, not on the letters typed to compose.
    const typed = (): void => {
      this.commit(stateFromForm(page), this.typing ? 'replace' : 'push');
      this.typing = true;
    };
    page.query.addEventListener('input', (event) => {
      if (!(event instanceof InputEvent && event.isComposing)) typed();
    });
    page.query.addEventListener('compositionend', typed);
    // Checkboxes live outside the form element (tied to it by their form attribute), so listen on the document.
    document.addEventListener('change', (event) => {
      const target = event.target;
      if (
        !(target instanceof HTMLInputElement || target instanceof HTMLSelectElement) ||
        target.form !== page.form ||
        target === page.query
      )
        return;
      this.typing = false;
      this.commit(stateFromForm(page), 'push');
    });
    page.more.addEventListener('click', () => void this.more());
    window.addEventListener('popstate', () => {
      this.typing = false;
      this.show(readSearchState(new URLSearchParams(window.location.search)));
    });
    this.show(readSearchState(new URLSearchParams(window.location.search)));
  }

  /** Puts a search in the address bar (a new history entry, or replacing the current one) and runs it. */
  private commit(state: SearchState, mode: 'push' | 'replace'): void {
    const current = readSearchState(new URLSearchParams(window.location.search));
    const params = searchStateToParams(state).toString();
    const url = `${window.location.pathname}${params === '' ? '' : `?${params}`}`;
    if (sameSearch(state, current)) return;
    if (mode === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
    void this.run(state);
  }

  /** Shows a search read from the URL: fills the form, then runs it. */
  private show(state: SearchState): void {
    if (this.page.query.value.trim() !== state.q) this.page.query.value = state.q;
    this.page.sort.value = state.sort;
    void this.run(state);
  }

  private setState(value: 'idle' | 'searching' | 'done' | 'error'): void {
    this.page.results.dataset['state'] = value;
    this.page.results.setAttribute('aria-busy', value === 'searching' ? 'true' : 'false');
  }

  private note(text: string): void {
    const line = document.createElement('p');
    line.textContent = text;
    this.page.notes.append(line);
    this.page.notes.hidden = false;
  }

  /** Runs a search and shows its first results. */
  async run(state: SearchState): Promise<void> {
    const generation = ++this.generation;
    const stale = (): boolean => generation !== this.generation;
    const { page } = this;
    this.current = undefined;
    this.stepping = undefined;
    this.setState('searching');
    document.title = state.q === '' ? this.baseTitle : `“${state.q}”${SITE_TITLE_SEPARATOR}${this.baseTitle}`;
    page.status.textContent = SEARCHING_STATUS;
    page.results.replaceChildren();
    page.results.dataset['query'] = state.q;
    delete page.results.dataset['total'];
    delete page.results.dataset['exact'];
    page.more.hidden = true;
    page.split.hidden = true;
    page.notes.replaceChildren();
    page.notes.hidden = true;
    try {
      const engine = searchEngine();
      const simplified = await simplifyQuery(state.q).catch((error: unknown) => {
        throw new Error('无法加载繁简转换', { cause: error });
      });
      if (stale()) return;
      if (simplified.convertedFrom !== undefined) this.note(conversionNote(simplified.convertedFrom, simplified.text));
      const query = parseQuery(simplified.text);
      if (query.cut) this.note(cutNote(MAX_QUERY_CHARACTERS));
      if (query.words.length === 0 && !hasFilters(state.filters)) {
        const totals = await engine.totals();
        if (stale()) return;
        renderFilters(page.filters, page.form.id, state.filters, totals);
        page.status.textContent = IDLE_STATUS;
        page.results.dataset['total'] = String(totals.total.value);
        page.results.dataset['exact'] = 'true';
        this.setState('done');
        return;
      }
      const cursor = await engine.search({ words: query.words, filters: state.filters, sort: state.sort });
      if (stale()) return;
      this.current = { generation, state, typed: query.typed, words: query.words, cursor, found: [] };
      await this.step(this.current);
      if (stale()) return;
      await this.suggestSplit(this.current);
      if (!stale()) this.setState('done');
    } catch (error) {
      if (stale()) return;
      console.warn('search failed:', error);
      page.status.textContent = errorStatus(error instanceof Error ? error.message : String(error));
      this.setState('error');
    }
  }

  /** "继续查找": one more step of the current search; ignored while a step runs. */
  private async more(): Promise<void> {
    const run = this.current;
    if (run === undefined || this.stepping !== undefined) return;
    this.setState('searching');
    this.stepping = this.step(run);
    try {
      await this.stepping;
      if (run.generation === this.generation) this.setState('done');
    } catch (error) {
      if (run.generation !== this.generation) return;
      console.warn('search failed:', error);
      this.page.status.textContent = errorStatus(error instanceof Error ? error.message : String(error));
      this.setState('error');
    } finally {
      this.stepping = undefined;
    }
  }

  /** Takes the next results of a run and shows them with the counts. */
  private async step(run: Run): Promise<void> {
    const { page } = this;
    page.more.disabled = true;
    const batch = await run.cursor.next(PAGE_SIZE);
    if (run.generation !== this.generation) return;
    run.found.push(...batch);
    sortResults(run.found, run.state.sort);
    page.results.replaceChildren(...run.found.map((report) => exactResultItem(report, run.words)));
    const counts = run.cursor.counts();
    renderFilters(page.filters, page.form.id, run.state.filters, counts);
    page.status.textContent =
      run.words.length === 0
        ? filterStatus(counts.total.value)
        : exactStatus({
            words: run.typed,
            found: run.found.length,
            total: counts.total.value,
            exact: counts.total.exact,
            filtered: hasFilters(run.state.filters),
          });
    page.results.dataset['total'] = String(counts.total.value);
    page.results.dataset['exact'] = String(counts.total.exact);
    page.more.hidden = run.cursor.done();
    page.more.disabled = false;
  }

  /** When no report contains a single long word: how many contain its halves, with a link to them. */
  private async suggestSplit(run: Run): Promise<void> {
    const counts = run.cursor.counts();
    const word = run.words[0];
    if (!counts.total.exact || counts.total.value > 0 || run.words.length !== 1 || word === undefined) return;
    if ([...word].length < 3) return;
    const parts = halves(word);
    const cursor = await searchEngine().search({ words: parts, filters: run.state.filters, sort: run.state.sort });
    if (run.generation !== this.generation) return;
    const total = cursor.counts().total;
    const { split } = this.page;
    split.replaceChildren(splitSuggestion(run.typed[0] ?? word, parts, total.value, total.exact));
    if (total.value > 0) {
      const link = document.createElement('a');
      link.href = `?${searchStateToParams({ ...run.state, q: parts.join(' ') }).toString()}`;
      link.textContent = '查看这些报告';
      split.append(' ', link);
    }
    split.hidden = false;
  }
}

const page = findPage();
if (page !== undefined) {
  const searchPage = new SearchPage(page);
  searchPage.start();
  // Warm up while the reader types: the manifest and facets load once, in the background.
  void searchEngine()
    .totals()
    .catch(() => undefined);
}
