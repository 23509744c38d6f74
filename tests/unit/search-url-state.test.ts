/** The search in the URL: read, written in a stable order, defaults left out; facet counts. */
import { describe, expect, it } from 'vitest';
import {
  emptySelection,
  hasFilters,
  highlightParams,
  readSearchState,
  sameSearch,
  searchStateToParams,
} from '../../src/lib/search/url-state.ts';

describe('url state', () => {
  it('reads query, repeated filters and sort', () => {
    const state = readSearchState(
      new URLSearchParams('q=%E6%B3%95%E5%BE%8B&year=2023&year=2022&place=%E8%80%81%E5%8E%82%E4%B9%A1&sort=year-asc'),
    );
    expect(state).toEqual({
      q: '法律',
      filters: { year: ['2022', '2023'], province: [], place: ['老厂乡'] },
      sort: 'year-asc',
    });
  });

  it('ignores unknown sorts, empty values and duplicates', () => {
    const state = readSearchState(new URLSearchParams('sort=random&year=&year=2023&year=2023&other=1'));
    expect(state).toEqual({ q: '', filters: { year: ['2023'], province: [], place: [] }, sort: 'relevance' });
  });

  it('round-trips and writes the same URL for the same search', () => {
    const params = 'q=%E7%BA%A0%E7%BA%B7&year=2022&year=2023&province=%E4%BA%91%E5%8D%97%E7%9C%81&sort=year-asc';
    expect(searchStateToParams(readSearchState(new URLSearchParams(params))).toString()).toBe(params);
    const a = readSearchState(new URLSearchParams('year=2023&year=2022&q=x'));
    const b = readSearchState(new URLSearchParams('q=x&year=2022&year=2023&sort=relevance'));
    expect(sameSearch(a, b)).toBe(true);
    expect(searchStateToParams(b).toString()).toBe('q=x&year=2022&year=2023');
  });

  it('knows when filters are selected', () => {
    expect(hasFilters(emptySelection())).toBe(false);
    expect(hasFilters({ ...emptySelection(), place: ['老厂乡'] })).toBe(true);
  });

  it('writes highlight words as repeated hl parameters', () => {
    expect(highlightParams(['法律', '顾问']).getAll('hl')).toEqual(['法律', '顾问']);
  });
});
