/**
 * The search page: reads the search from the URL, runs it, shows the results
 * and the filters, and keeps the URL in step, so a search can be shared and
 * the back button walks back through searches.
 *
 * A query is answered exactly (see README.md): Pagefind finds candidate
 * reports that cannot miss a match, each candidate's text is checked for
 * every word, and only reports containing every word are listed, each with
 * its best section. Filters alone list every report that passes them.
 */
import { countFacets, passesFilters } from '../../lib/search/facets.ts';
import {
  IDLE_STATUS,
  NO_LOOSE_MATCHES,
  SEARCHING_STATUS,
  conversionNote,
  errorStatus,
  exactStatus,
  filterStatus,
  looseIntro,
} from '../../lib/search/messages.ts';
import { isEmptyQuery, parseQuery } from '../../lib/search/query.ts';
import {
  FILTER_KEYS,
  hasFilters,
  readSearchState,
  sameSearch,
  searchStateToParams,
} from '../../lib/search/url-state.ts';
import type { FilterKey, FilterSelection, SearchState, SortOrder } from '../../lib/search/url-state.ts';
import { findCandidates } from './candidates.ts';
import { loadPagefind, searchPagefind } from './pagefind-client.ts';
import type { Pagefind, PagefindFilters, PagefindResult, PagefindSearchOptions } from './pagefind-client.ts';
import { renderFilters } from './render-filters.ts';
import type { FilterCounts } from './render-filters.ts';
import { exactResultItem, filterResultItem, looseResultItem } from './render-results.ts';
import { simplifyQuery } from './simplify-query.ts';
import { checkCandidates, summarize } from './verify.ts';
import type { CheckedReport, ReportSummary } from './verify.ts';

/**
 * Results added per step when a search is too large to check at once: as
 * many as Pagefind's own UI first shows, since each costs a fragment
 * download (about 10 kB).
 */
const PAGE_SIZE = 5;
/** A query with at most this many candidates is checked at once, so its results and counts are complete. */
const CHECK_ALL_LIMIT = 5;
/** At most this many candidates are checked per step of a larger search (each costs a fragment download). */
const CHECK_PER_STEP = 40;
/** Looser matches offered when nothing matches exactly. */
const LOOSE_LIMIT = 5;
/** Pause after the last keystroke before searching. */
const TYPING_DELAY_MS = 120;

interface Page {
  form: HTMLFormElement;
  query: HTMLInputElement;
  sort: HTMLSelectElement;
  filters: HTMLElement;
  status: HTMLElement;
  conversion: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  loose: HTMLElement;
  looseIntro: HTMLElement;
  looseList: HTMLOListElement;
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
    filters: byId('search-filters', HTMLElement),
    status: byId('search-status', HTMLElement),
    conversion: byId('search-conversion', HTMLElement),
    results: byId('search-results', HTMLOListElement),
    more: byId('search-more', HTMLButtonElement),
    loose: byId('search-loose', HTMLElement),
    looseIntro: byId('search-loose-intro', HTMLElement),
    looseList: byId('search-loose-results', HTMLOListElement),
    noScript: byId('search-no-js', HTMLElement),
  };
  return Object.values(page).every((value) => value !== undefined) ? (page as Page) : undefined;
}

const sortOption = (sort: SortOrder): Record<string, 'asc' | 'desc'> => ({
  year: sort === 'year-asc' ? 'asc' : 'desc',
});

/**
 * Search options for a selection; `ignore` leaves one filter out (for its
 * counts). No filters means no `filters` option: Pagefind 1.6 answers an
 * empty one with empty counts.
 */
function withFilters(
  options: PagefindSearchOptions,
  selection: FilterSelection,
  ignore?: FilterKey,
): PagefindSearchOptions {
  const filters: PagefindFilters = {};
  for (const key of FILTER_KEYS)
    if (key !== ignore && selection[key].length > 0) filters[key] = { any: selection[key] };
  return Object.keys(filters).length === 0 ? options : { ...options, filters };
}

/** Newest (or oldest) year first, then place name, then address, so the order is stable. */
function sortReports<T extends ReportSummary>(reports: T[], sort: SortOrder): T[] {
  const collator = new Intl.Collator('zh-CN');
  const direction = sort === 'year-asc' ? 1 : -1;
  return reports.sort(
    (a, b) =>
      direction * a.year.localeCompare(b.year) || collator.compare(a.place, b.place) || a.url.localeCompare(b.url),
  );
}

function emptyCounts(): Record<FilterKey, Map<string, number>> {
  return { year: new Map(), province: new Map(), place: new Map() };
}

function countsFrom(
  values: Record<string, Record<string, number> | undefined>,
): Record<FilterKey, Map<string, number>> {
  const counts = emptyCounts();
  for (const key of FILTER_KEYS)
    for (const [value, count] of Object.entries(values[key] ?? {})) counts[key].set(value, count);
  return counts;
}

/** The values that have a count. */
function valuesOf({ counts }: FilterCounts): Record<FilterKey, string[]> {
  return { year: [...counts.year.keys()], province: [...counts.province.keys()], place: [...counts.place.keys()] };
}

/** The search state held by the form (query, sort, checked filters). */
function stateFromForm(page: Page): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(page.form)) if (typeof value === 'string') params.append(key, value);
  return readSearchState(params);
}

class SearchPage {
  /** Increases with every search; an older search that finishes late shows nothing. */
  private generation = 0;
  /** Continues the current search when it was too large to check at once. */
  private continueSearch: (() => Promise<void>) | undefined;
  /** Every value of every filter, from the index. */
  private knownValues: Promise<Record<FilterKey, string[]>> | undefined;
  /** Whether the current history entry belongs to the query being typed (typing replaces it). */
  private typing = false;
  private typingTimer: number | undefined;

  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  start(): void {
    const { page } = this;
    page.noScript.hidden = true;
    page.form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.typing = false;
      this.commit(stateFromForm(page), 'push');
    });
    page.query.addEventListener('input', () => {
      window.clearTimeout(this.typingTimer);
      this.typingTimer = window.setTimeout(() => {
        this.commit(stateFromForm(page), this.typing ? 'replace' : 'push');
        this.typing = true;
      }, TYPING_DELAY_MS);
    });
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
    page.more.addEventListener('click', () => void this.continueSearch?.());
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

  private known(pagefind: Pagefind): Promise<Record<FilterKey, string[]>> {
    this.knownValues ??= pagefind.filters().then((all) => {
      const values = { year: [], province: [], place: [] } as Record<FilterKey, string[]>;
      for (const key of FILTER_KEYS) values[key] = Object.keys(all[key] ?? {});
      return values;
    });
    return this.knownValues;
  }

  /**
   * Draws the filters. Without a query every value of the index is listed
   * (Pagefind's filter files, whose size grows with the archive); with one,
   * the values of the reports found, which cost nothing more.
   */
  private async renderFilters(pagefind: Pagefind | undefined, state: SearchState, counts: FilterCounts): Promise<void> {
    const known = pagefind === undefined ? valuesOf(counts) : await this.known(pagefind);
    renderFilters(this.page.filters, this.page.form.id, known, state.filters, counts);
  }

  /** Runs a search and shows its outcome. */
  async run(state: SearchState): Promise<void> {
    const run = ++this.generation;
    const stale = (): boolean => run !== this.generation;
    const { page } = this;
    this.continueSearch = undefined;
    this.setState('searching');
    page.status.textContent = SEARCHING_STATUS;
    page.results.replaceChildren();
    page.results.dataset['query'] = state.q;
    page.more.hidden = true;
    page.loose.hidden = true;
    page.conversion.hidden = true;
    try {
      const pagefind = await loadPagefind().catch((error: unknown) => {
        throw new Error('无法加载搜索索引', { cause: error });
      });
      const simplified = await simplifyQuery(state.q).catch((error: unknown) => {
        throw new Error('无法加载繁简转换', { cause: error });
      });
      if (stale()) return;
      if (simplified.convertedFrom !== undefined) {
        page.conversion.textContent = conversionNote(simplified.convertedFrom, simplified.text);
        page.conversion.hidden = false;
      }
      const query = parseQuery(simplified.text);
      if (!isEmptyQuery(query)) await this.runExact(pagefind, state, query.words, stale);
      else if (hasFilters(state.filters)) await this.runFiltersOnly(pagefind, state, stale);
      else await this.runIdle(pagefind, state, stale);
      if (!stale()) this.setState('done');
    } catch (error) {
      if (stale()) return;
      console.warn('search failed:', error);
      page.status.textContent = errorStatus(error instanceof Error ? error.message : String(error));
      this.setState('error');
    }
  }

  private async runIdle(pagefind: Pagefind, state: SearchState, stale: () => boolean): Promise<void> {
    await this.known(pagefind);
    const totals = await pagefind.filters();
    if (stale()) return;
    await this.renderFilters(pagefind, state, { counts: countsFrom(totals), partial: false });
    this.page.status.textContent = IDLE_STATUS;
  }

  /** Filters alone: every report passing them, listed a page at a time. */
  private async runFiltersOnly(pagefind: Pagefind, state: SearchState, stale: () => boolean): Promise<void> {
    // Loads every filter file once: Pagefind counts only the filters it has loaded.
    await this.known(pagefind);
    const sort = sortOption(state.sort);
    const [response, ...perFilter] = await Promise.all([
      searchPagefind(pagefind, null, withFilters({ sort }, state.filters)),
      ...FILTER_KEYS.map((key) => searchPagefind(pagefind, null, withFilters({ sort }, state.filters, key))),
    ]);
    if (stale()) return;
    const counts = emptyCounts();
    FILTER_KEYS.forEach((key, index) => {
      counts[key] = countsFrom(perFilter[index]?.filters ?? {})[key];
    });
    await this.renderFilters(pagefind, state, { counts, partial: false });
    this.page.status.textContent = filterStatus(response.results.length);
    let shown = 0;
    const step = async (): Promise<void> => {
      const batch = response.results.slice(shown, shown + PAGE_SIZE);
      const summaries = await Promise.all(batch.map(summarize));
      if (stale()) return;
      shown += batch.length;
      this.page.results.append(...summaries.map(filterResultItem));
      this.page.more.hidden = shown >= response.results.length;
    };
    this.continueSearch = step;
    await step();
  }

  /** A query: candidates from Pagefind, each checked for every word. */
  private async runExact(pagefind: Pagefind, state: SearchState, words: string[], stale: () => boolean): Promise<void> {
    const sort = sortOption(state.sort);
    const candidates = await findCandidates(pagefind, words, { sort });
    if (stale()) return;
    if (candidates.length <= CHECK_ALL_LIMIT) {
      // Small enough to check everything: exact results and exact counts for every filter value.
      const checked = await checkCandidates(candidates, words);
      if (stale()) return;
      const matching = checked.filter((report) => report.match.complete);
      const shown = sortReports(
        matching.filter((report) => passesFilters(report.filters, state.filters)),
        state.sort,
      );
      await this.renderFilters(undefined, state, {
        counts: countFacets(
          matching.map((r) => r.filters),
          state.filters,
        ),
        partial: false,
      });
      this.showExact(state, words, shown, candidates.length, candidates.length);
      if (shown.length === 0) await this.showLoose(pagefind, state, words, stale);
      return;
    }
    // Larger: check the candidates within the filters a step at a time, in sort order.
    const filtered = await findCandidates(pagefind, words, withFilters({ sort }, state.filters));
    const found: CheckedReport[] = [];
    let next = 0;
    const step = async (): Promise<void> => {
      const wanted = found.length + PAGE_SIZE;
      const limit = next + CHECK_PER_STEP;
      while (found.length < wanted && next < filtered.length && next < limit) {
        const batch = filtered.slice(next, Math.min(next + PAGE_SIZE, limit));
        const checked = await checkCandidates(batch, words);
        if (stale()) return;
        next += batch.length;
        found.push(...checked.filter((report) => report.match.complete));
      }
      const partial = next < filtered.length;
      await this.renderFilters(undefined, state, {
        counts: countFacets(
          found.map((r) => r.filters),
          state.filters,
        ),
        partial,
      });
      this.showExact(state, words, sortReports([...found], state.sort), next, filtered.length);
      this.page.more.hidden = !partial;
      if (!partial && found.length === 0) await this.showLoose(pagefind, state, words, stale);
    };
    this.continueSearch = step;
    await step();
  }

  private showExact(
    state: SearchState,
    words: string[],
    reports: CheckedReport[],
    checked: number,
    candidates: number,
  ): void {
    this.page.results.replaceChildren(...reports.map((report) => exactResultItem(report, words)));
    this.page.status.textContent = exactStatus({
      words,
      found: reports.length,
      filtered: hasFilters(state.filters),
      checked,
      candidates,
    });
  }

  /** When no report contains the words: Pagefind's own, looser results, labelled as such. */
  private async showLoose(
    pagefind: Pagefind,
    state: SearchState,
    words: string[],
    stale: () => boolean,
  ): Promise<void> {
    const response = await searchPagefind(pagefind, words.join(' '), withFilters({}, state.filters));
    const top: PagefindResult[] = response.results.slice(0, LOOSE_LIMIT);
    const items = await Promise.all(
      top.map(async (result) => {
        const [summary, fragment] = await Promise.all([summarize(result), result.data()]);
        const sub = fragment.sub_results[0];
        return looseResultItem(summary, sub?.url ?? fragment.url, sub?.excerpt ?? fragment.excerpt);
      }),
    );
    if (stale()) return;
    this.page.looseIntro.textContent = items.length === 0 ? NO_LOOSE_MATCHES : looseIntro(words);
    this.page.looseList.replaceChildren(...items);
    this.page.loose.hidden = false;
  }
}

const page = findPage();
if (page !== undefined) {
  const searchPage = new SearchPage(page);
  searchPage.start();
  // Warm up while the reader types: the index loads once, in the background.
  void loadPagefind().catch(() => undefined);
}
