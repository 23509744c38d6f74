/**
 * The search engine over the archive's own static index (index-format.ts).
 * It runs in the browser and, for the tests, in Node: files come through an
 * IndexLoader.
 *
 * A query's words give index keys (search-text.ts wordKeys); the reports
 * having every key are the candidates. When every word has one or two
 * characters the candidates are exactly the matching reports, so results
 * and counts are exact at once. Longer words can have candidates that hold
 * the pairs but not the word: each candidate's text is then checked before
 * it is shown, and counts are upper bounds (never below the truth) until
 * every candidate they cover has been checked. Small candidate sets are
 * checked at once, so their counts are exact from the start.
 */
import type { Count, Counts, EngineQuery, FoundReport, SearchCursor, SearchEngine } from './engine.ts';
import { matchReport } from './exact-match.ts';
import type { ReportBlock } from './exact-match.ts';
import {
  INDEX_FORMAT,
  PER_PROVINCE_FILTERS,
  SPLIT_FILTER,
  provinceFacetFile,
  decodePostings,
  expandRuns,
  findInShard,
  keyHash,
  metaFile,
  shardFile,
  shardOf,
} from './index-format.ts';
import type { FacetsFile, Manifest, ProvinceFacetsFile, ReportMeta, TextBlock, TextFile } from './index-format.ts';
import { blockWeight, orderCandidates } from './rank.ts';
import { BREAK, comparable, keysAreExact, wordKeys } from './search-text.ts';
import { FILTER_KEYS } from './url-state.ts';
import type { FilterKey, FilterSelection } from './url-state.ts';

/** Reads the index's files (paths relative to the index folder). */
export interface IndexLoader {
  bytes(path: string): Promise<Uint8Array>;
  json<T>(path: string): Promise<T>;
}

/** Candidates checked at once when a query has at most this many (its counts are then exact). */
export const CHECK_ALL_LIMIT = 24;
/** Candidates checked together, at least, while looking for more results. */
const CHECK_BATCH = 8;

/**
 * Per-province filters (place) are counted only when the reports of the
 * provinces involved are at most this many: their files are then small
 * (about 2 bytes a report), and the list of values short enough to show.
 */
export const LOCAL_FACET_REPORTS = 4000;

interface LoadedIndex {
  manifest: Manifest;
  /** Values of each filter; those of per-province filters grow as their files load. */
  values: Record<FilterKey, string[]>;
  /** Per filter, each report's value index (for per-province filters: index + 1, 0 while not loaded). */
  columns: Record<FilterKey, Uint32Array>;
  years: Int32Array;
  /** Per province value index: its first report id and its number of reports. */
  provinces: { first: number; reports: number }[];
  /** Per province value index, its per-province filters once loaded. */
  local: Map<number, Promise<void>>;
}

const LOCAL_KEYS = FILTER_KEYS.filter((key) => PER_PROVINCE_FILTERS.includes(key));
const GLOBAL_KEYS = FILTER_KEYS.filter((key) => !PER_PROVINCE_FILTERS.includes(key));
const isLocal = (key: FilterKey): boolean => LOCAL_KEYS.includes(key);

/** A candidate's verdict once checked: the result, or null when its text lacks a word. */
type Verdict = FoundReport | null;

const toReportBlock = ([id, level, part, text]: TextBlock): ReportBlock => ({
  text,
  id: id === '' ? undefined : id,
  heading: level >= 2,
  weight: blockWeight(level, part),
});

/** A report's text, read once: its blocks and their comparable form (a quick test before the full match). */
interface PreparedText {
  blocks: ReportBlock[];
  comparable: string;
}

/** Sorted ids present in both sorted lists. */
function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(Math.min(a.length, b.length));
  let length = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      out[length++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, length);
}

export class StaticEngine implements SearchEngine {
  private readonly loader: IndexLoader;
  private readonly reportUrl: (slug: string) => string;
  private loaded: Promise<LoadedIndex> | undefined;
  private readonly shards = new Map<number, Promise<Uint8Array>>();
  private readonly metas = new Map<number, Promise<ReportMeta[]>>();
  private readonly texts = new Map<string, Promise<PreparedText>>();

  private readonly localFacetReports: number;

  constructor(loader: IndexLoader, reportUrl: (slug: string) => string, localFacetReports = LOCAL_FACET_REPORTS) {
    this.loader = loader;
    this.reportUrl = reportUrl;
    this.localFacetReports = localFacetReports;
  }

  /** The manifest and the facet columns, loaded once (a failure can be retried). */
  index(): Promise<LoadedIndex> {
    this.loaded ??= (async () => {
      const [manifest, facets] = await Promise.all([
        this.loader.json<Manifest>('manifest.json'),
        this.loader.json<FacetsFile>('facets.json'),
      ]);
      if (manifest.format !== INDEX_FORMAT)
        throw new Error(`search index format ${manifest.format}, expected ${INDEX_FORMAT}`);
      const values = {} as Record<FilterKey, string[]>;
      const columns = {} as Record<FilterKey, Uint32Array>;
      for (const key of GLOBAL_KEYS) {
        const column = facets[key];
        if (column === undefined) throw new Error(`search index has no "${key}" filter`);
        values[key] = column.values;
        columns[key] = expandRuns(column.runs, manifest.reports);
      }
      for (const key of LOCAL_KEYS) {
        values[key] = [];
        columns[key] = new Uint32Array(manifest.reports);
      }
      const yearValues = values['year'].map(Number);
      const years = Int32Array.from(columns['year'], (index) => yearValues[index] ?? 0);
      const split = columns[SPLIT_FILTER as FilterKey];
      const provinces = values[SPLIT_FILTER as FilterKey].map(() => ({ first: 0, reports: 0 }));
      split.forEach((province, id) => {
        const range = provinces[province];
        if (range === undefined) return;
        if (range.reports === 0) range.first = id;
        range.reports++;
      });
      return { manifest, values, columns, years, provinces, local: new Map() };
    })();
    this.loaded.catch(() => {
      this.loaded = undefined;
    });
    return this.loaded;
  }

  /** Loads the per-province filters of some provinces (value indices), once each. */
  private async loadLocal(index: LoadedIndex, provinces: Iterable<number>): Promise<void> {
    const loads = [...provinces].map((province) =>
      this.cached(index.local, province, async () => {
        const file = await this.loader.json<ProvinceFacetsFile>(provinceFacetFile(province));
        const range = index.provinces[province] ?? { first: 0, reports: 0 };
        for (const key of LOCAL_KEYS) {
          const column = file[key];
          if (column === undefined) throw new Error(`search index has no "${key}" filter for province ${province}`);
          const values = index.values[key];
          const global = column.values.map((value) => {
            const known = values.indexOf(value);
            return known >= 0 ? known : values.push(value) - 1;
          });
          expandRuns(column.runs, range.reports).forEach((local, offset) => {
            index.columns[key][range.first + offset] = (global[local] ?? 0) + 1;
          });
        }
      }),
    );
    await Promise.all(loads);
  }

  /**
   * Loads what the counts of these candidates need: the per-province filters
   * of their provinces within the province filter, when a per-province
   * filter is selected (always), or when those provinces hold at most
   * LOCAL_FACET_REPORTS reports. Returns whether they are loaded (else those
   * filters are not counted).
   */
  private async prepareLocal(index: LoadedIndex, candidates: Uint32Array, filters: FilterSelection): Promise<boolean> {
    if (LOCAL_KEYS.length === 0) return true;
    const split = index.columns[SPLIT_FILTER as FilterKey];
    const provinces = new Set<number>();
    for (const id of candidates) provinces.add(split[id] ?? 0);
    const selected = selectedIndices(index, filters);
    const wanted = selected[SPLIT_FILTER as FilterKey];
    const counted = wanted === undefined ? [...provinces] : [...provinces].filter((p) => wanted.has(p));
    const reports = counted.reduce((sum, p) => sum + (index.provinces[p]?.reports ?? 0), 0);
    // A selected place needs the places of every candidate that may be a result: those of the selected
    // provinces (all when none is); the province counts of the others are then bounds.
    const needed = LOCAL_KEYS.some((key) => filters[key].length > 0);
    if (!needed && reports > this.localFacetReports) return false;
    await this.loadLocal(index, counted);
    return true;
  }

  private cached<K, V>(map: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
    let value = map.get(key);
    if (value === undefined) {
      value = load();
      map.set(key, value);
      value.catch(() => map.delete(key));
    }
    return value;
  }

  /** The sorted ids of the reports having an index key. */
  async postings(key: string): Promise<Uint32Array> {
    const { manifest } = await this.index();
    const shard = shardOf(keyHash(key), manifest.shardBits);
    const bytes = await this.cached(this.shards, shard, () =>
      this.loader.bytes(`shards/${shardFile(shard, manifest.shardBits)}`),
    );
    const entry = findInShard(bytes, key);
    return entry === undefined ? new Uint32Array(0) : decodePostings(entry.kind, entry.bytes, manifest.reports);
  }

  async meta(id: number): Promise<ReportMeta> {
    const { manifest } = await this.index();
    const chunk = Math.floor(id / manifest.metaChunk);
    const metas = await this.cached(this.metas, chunk, () => this.loader.json<ReportMeta[]>(`meta/${metaFile(chunk)}`));
    const meta = metas[id - chunk * manifest.metaChunk];
    if (meta === undefined) throw new Error(`search index has no report ${id}`);
    return meta;
  }

  text(slug: string): Promise<PreparedText> {
    return this.cached(this.texts, slug, async () => {
      const file = await this.loader.json<TextFile>(`text/${slug}.json`);
      const blocks = file.blocks.map(toReportBlock);
      return { blocks, comparable: blocks.map((block) => comparable(block.text)).join(BREAK) };
    });
  }

  /** Checks one report against the words (none: it matches); null when it lacks one. */
  async check(id: number, words: readonly string[]): Promise<Verdict> {
    const meta = await this.meta(id);
    const url = this.reportUrl(meta.slug);
    if (words.length === 0) return { meta, url, match: undefined, score: 0, id };
    const text = await this.text(meta.slug);
    if (!words.every((word) => text.comparable.includes(word))) return null;
    const match = matchReport(text.blocks, words);
    if (!match.complete) return null;
    return { meta, url, match, score: match.score, id };
  }

  async totals(): Promise<Counts> {
    const index = await this.index();
    const all = Uint32Array.from({ length: index.manifest.reports }, (_, id) => id);
    // Before any search, the per-province filters (every place of the archive) are not counted.
    return countCandidates(index, all, emptyFilters(), () => 'match', false);
  }

  async search(query: EngineQuery): Promise<SearchCursor> {
    const index = await this.index();
    const keys = [...new Set(query.words.flatMap(wordKeys))];
    let candidates: Uint32Array;
    if (keys.length === 0) candidates = Uint32Array.from({ length: index.manifest.reports }, (_, id) => id);
    else {
      const lists = await Promise.all(keys.map((key) => this.postings(key)));
      lists.sort((a, b) => a.length - b.length);
      candidates = lists.reduce((a, b) => intersect(a, b));
    }
    const exact = query.words.every(keysAreExact);
    const local = await this.prepareLocal(index, candidates, query.filters);
    const cursor = new StaticCursor(this, index, query, candidates, exact, local);
    if (!exact && candidates.length <= CHECK_ALL_LIMIT) await cursor.checkAll();
    return cursor;
  }
}

const emptyFilters = (): FilterSelection =>
  Object.fromEntries(FILTER_KEYS.map((key) => [key, []])) as unknown as FilterSelection;

/** Per filter, the selected value indices (undefined: no selection). */
function selectedIndices(index: LoadedIndex, filters: FilterSelection): Record<FilterKey, Set<number> | undefined> {
  const selected = {} as Record<FilterKey, Set<number> | undefined>;
  for (const key of FILTER_KEYS) {
    const wanted = filters[key];
    // Per-province columns hold value index + 1 (0: not loaded).
    const shift = isLocal(key) ? 1 : 0;
    selected[key] =
      wanted.length === 0
        ? undefined
        : new Set(index.values[key].flatMap((value, i) => (wanted.includes(value) ? [i + shift] : [])));
  }
  return selected;
}

/**
 * Whether a report passes the filters (but `ignore`): 'yes', 'no', or
 * 'maybe' when it passes every filter whose value is known and a selected
 * per-province filter is not loaded for its province (counted as a bound).
 */
function passes(
  index: LoadedIndex,
  selected: Record<FilterKey, Set<number> | undefined>,
  id: number,
  ignore?: FilterKey,
): 'yes' | 'no' | 'maybe' {
  let verdict: 'yes' | 'maybe' = 'yes';
  for (const key of FILTER_KEYS) {
    const wanted = selected[key];
    if (key === ignore || wanted === undefined) continue;
    const value = index.columns[key][id] ?? 0;
    if (isLocal(key) && value === 0) verdict = 'maybe';
    else if (!wanted.has(value)) return 'no';
  }
  return verdict;
}

/** What is known of a candidate: it matches, it does not, or it is not checked yet. */
type Status = 'match' | 'reject' | 'unknown';

/**
 * Counts over candidates: a rejected candidate is left out, an unchecked
 * one is counted and makes its count a bound.
 */
function countCandidates(
  index: LoadedIndex,
  candidates: Uint32Array,
  filters: FilterSelection,
  status: (id: number) => Status,
  local: boolean,
): Counts {
  const selected = selectedIndices(index, filters);
  // Per filter: its bit, its column, the selected value indices; tallies by value index in typed arrays.
  const checks = FILTER_KEYS.map((key, i) => ({
    key,
    bit: 1 << i,
    column: index.columns[key],
    wanted: selected[key],
    local: isLocal(key),
  })).filter((check) => check.wanted !== undefined);
  const keys = local ? FILTER_KEYS : GLOBAL_KEYS;
  const tallies = keys.map((key) => {
    const size = index.values[key].length + (isLocal(key) ? 1 : 0);
    return {
      key,
      bit: 1 << FILTER_KEYS.indexOf(key),
      column: index.columns[key],
      counts: new Uint32Array(size),
      inexact: new Uint8Array(size),
    };
  });
  let total = 0;
  let totalExact = true;
  for (const id of candidates) {
    const state = status(id);
    // The filters this report fails, and those not known for it (a per-province filter not loaded).
    let fails = 0;
    let maybe = 0;
    for (const check of checks) {
      const value = check.column[id] ?? 0;
      if (check.local && value === 0) maybe |= check.bit;
      else if (!(check.wanted?.has(value) ?? true)) fails |= check.bit;
    }
    if (fails === 0) {
      if (state !== 'reject') total++;
      if (state === 'unknown' || maybe !== 0) totalExact = false;
    }
    for (const tally of tallies) {
      if ((fails & ~tally.bit) !== 0) continue;
      const value = tally.column[id] ?? 0;
      if (state !== 'reject') tally.counts[value] = (tally.counts[value] ?? 0) + 1;
      if (state === 'unknown' || (maybe & ~tally.bit) !== 0) tally.inexact[value] = 1;
    }
  }
  const facets = {} as Counts['facets'];
  for (const key of FILTER_KEYS) facets[key] = undefined;
  for (const tally of tallies) {
    const shift = isLocal(tally.key) ? 1 : 0;
    const counted = new Map<string, Count>();
    tally.counts.forEach((value, index_) => {
      if (index_ < shift) return; // 0 in a per-province column: not loaded (such reports fail another filter)
      const exact = tally.inexact[index_] === 0;
      if (value > 0 || !exact) counted.set(index.values[tally.key][index_ - shift] ?? '', { value, exact });
    });
    facets[tally.key] = counted;
  }
  return { total: { value: total, exact: totalExact }, facets };
}

class StaticCursor implements SearchCursor {
  private readonly engine: StaticEngine;
  private readonly index: LoadedIndex;
  private readonly query: EngineQuery;
  private readonly candidates: Uint32Array;
  /** Whether the candidates are exactly the matches (no check needed). */
  private readonly exact: boolean;
  /** Whether the per-province filters are loaded for these candidates (else not counted). */
  private readonly local: boolean;
  /** The candidates within the filters, in the order they are checked and returned. */
  private readonly order: number[];
  private position = 0;
  private readonly verdicts = new Map<number, Verdict>();
  /** Results checked beyond what the last call asked for, returned first by the next. */
  private readonly pending: FoundReport[] = [];

  constructor(
    engine: StaticEngine,
    index: LoadedIndex,
    query: EngineQuery,
    candidates: Uint32Array,
    exact: boolean,
    local: boolean,
  ) {
    this.engine = engine;
    this.local = local;
    this.index = index;
    this.query = query;
    this.candidates = candidates;
    this.exact = exact;
    const selected = selectedIndices(index, query.filters);
    // A candidate whose filters are not all known ('maybe') is not a result (prepareLocal loads what results need).
    const within = FILTER_KEYS.some((key) => selected[key] !== undefined)
      ? candidates.filter((id) => passes(index, selected, id) === 'yes')
      : candidates;
    this.order = orderCandidates(within, query.sort, (id) => index.years[id] ?? 0);
  }

  /** Checks every candidate, within the filters or not, so every count is exact. */
  async checkAll(): Promise<void> {
    const verdicts = await Promise.all([...this.candidates].map((id) => this.engine.check(id, this.query.words)));
    [...this.candidates].forEach((id, i) => this.verdicts.set(id, verdicts[i] ?? null));
  }

  private status(id: number): Status {
    if (this.exact) return 'match';
    const verdict = this.verdicts.get(id);
    return verdict === undefined ? 'unknown' : verdict === null ? 'reject' : 'match';
  }

  counts(): Counts {
    return countCandidates(this.index, this.candidates, this.query.filters, (id) => this.status(id), this.local);
  }

  done(): boolean {
    return this.position >= this.order.length && this.pending.length === 0;
  }

  async next(count: number): Promise<FoundReport[]> {
    const found = this.pending.splice(0, count);
    while (found.length < count && this.position < this.order.length) {
      // Claim the batch before awaiting it: a call overlapping this one takes the candidates after it.
      // As many as still wanted (longer words rarely have candidates that fail), at least CHECK_BATCH.
      const wanted = count - found.length;
      const size = this.exact || this.query.words.length === 0 ? wanted : Math.max(wanted, CHECK_BATCH);
      const ids = this.order.slice(this.position, this.position + size);
      this.position += ids.length;
      const verdicts = await Promise.all(
        ids.map(async (id) => {
          const known = this.verdicts.get(id);
          if (known !== undefined) return known;
          const verdict = await this.engine.check(id, this.query.words);
          this.verdicts.set(id, verdict);
          return verdict;
        }),
      );
      for (const verdict of verdicts) if (verdict !== null) found.push(verdict);
    }
    this.pending.push(...found.splice(count));
    return found;
  }
}
