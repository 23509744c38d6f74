/**
 * The search index against the truth, on a generated archive of 2,000
 * reports (the benchmark's corpus generator, the real normalizer, the site's
 * Markdown pipeline and the page reader the build uses):
 *
 * - a build split into partitions (by province, fed in another order) and
 *   merged gives the same files, byte for byte, as a single build;
 * - the oracle: for a few hundred queries (2 to 8 characters: common, rare,
 *   absent, with marks inside, traditional, several words, with filters) the
 *   engine's results and every exact count equal a brute-force scan of the
 *   reports' text, and every bound is at least the truth.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Count, Counts } from '../../src/lib/search/engine.ts';
import { PartitionWriter, buildIndex, mergePartitions } from '../../src/lib/search/index-builder.ts';
import type { IndexedReport } from '../../src/lib/search/index-builder.ts';
import { BREAK, comparable, parseQuery } from '../../src/lib/search/search-text.ts';
import { POSTINGS_ABSENT, decodePostings, encodePostings } from '../../src/lib/search/index-format.ts';
import { StaticEngine } from '../../src/lib/search/static-engine.ts';
import { FILTER_KEYS, emptySelection } from '../../src/lib/search/url-state.ts';
import type { FilterSelection, SortOrder } from '../../src/lib/search/url-state.ts';
import { simplifyQuery } from '../../src/scripts/search/simplify-query.ts';
import { markdownReports } from '../../scripts/lib/bench/markdown-reports.ts';
import { readFiles } from '../e2e/support/site-files.ts';
import { makeSyntheticArchive } from '../e2e/support/synthetic-archive.ts';

const REPORTS = 2000;
const work = mkdtempSync(join(tmpdir(), 'search-index-test-'));
let reports: IndexedReport[] = [];

/** Reads the generated, normalized reports as the index build sees built pages. */
async function loadReports(dir: string): Promise<IndexedReport[]> {
  const loaded: IndexedReport[] = [];
  for await (const report of markdownReports(dir)) loaded.push(report);
  return loaded;
}

beforeAll(async () => {
  const normalized = await makeSyntheticArchive(work, REPORTS);
  reports = await loadReports(normalized);
  await buildIndex(reports, join(work, 'index'), join(work, 'build'));
}, 600_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('partitioned build', () => {
  test('partitions by province, built apart and merged, give the single build byte for byte', async () => {
    const provinces = [...new Set(reports.map((r) => r.filters['province'] ?? ''))].sort();
    const groups = [0, 1, 2].map((g) => provinces.filter((_, i) => i % 3 === g));
    const dirs: string[] = [];
    for (const [g, group] of groups.entries()) {
      const dir = join(work, `partition-${g}`);
      const writer = new PartitionWriter(dir);
      await writer.start();
      // Fed in reverse order: the order of arrival must not matter.
      for (const report of [...reports].reverse())
        if (group.includes(report.filters['province'] ?? '')) await writer.add(report);
      await writer.finish();
      dirs.push(dir);
    }
    await mergePartitions(dirs.reverse(), join(work, 'merged'));
    const single = await readFiles(join(work, 'index'));
    const merged = await readFiles(join(work, 'merged'));
    expect([...merged.keys()].sort()).toEqual([...single.keys()].sort());
    const different = [...single].filter(([path, bytes]) => !bytes.equals(merged.get(path) ?? Buffer.alloc(0)));
    expect(different.map(([path]) => path)).toEqual([]);
    expect(single.size).toBeGreaterThan(REPORTS);
  }, 300_000);
});

/** A small deterministic random source (mulberry32), so the queries are the same on every run. */
function randomSource(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface OracleQuery {
  kind: string;
  q: string;
  filters: FilterSelection;
  sort: SortOrder;
}

/** Phrases of the real reports, some written with marks inside in the text. */
const COMMON = [
  '法治',
  '法治政府',
  '依法行政',
  '法律明白人',
  '枫桥经验',
  '行政执法',
  '矛盾纠纷',
  '法律顾问',
  '一站式',
  '普法',
  '合法性审查',
  '行政复议',
  '营商环境',
  '八五普法',
  '十四五规划',
  '放管服改革',
  '12345政务服务',
  '法治宣传教育',
  '调解委员会',
  '综合执法',
];

function makeQueries(): OracleQuery[] {
  const random = randomSource(12);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const none = (): FilterSelection => emptySelection();
  const span = (): string => {
    const report = pick(reports);
    const [, , , text] = pick(report.blocks);
    const characters = [...text];
    const length = 2 + Math.floor(random() * 7);
    const start = Math.floor(random() * Math.max(1, characters.length - length));
    return characters.slice(start, start + length).join('');
  };
  const queries: OracleQuery[] = [];
  const add = (kind: string, q: string, filters = none(), sort: SortOrder = 'relevance'): void => {
    if (parseQuery(q).words.length > 0) queries.push({ kind, q, filters, sort });
  };
  for (const phrase of COMMON) add('common', phrase);
  for (let i = 0; i < 150; i++) add('span of the text (marks and sentence ends as they fall)', span());
  for (let i = 0; i < 25; i++) add('rare: a place name', pick(reports).filters['place'] ?? '');
  for (const phrase of COMMON.slice(0, 20)) add('absent: characters reversed', [...phrase].reverse().join(''));
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  for (let i = 0; i < 15; i++) add('traditional', toTraditional(i < 8 ? (COMMON[i] ?? '') : span()));
  for (let i = 0; i < 20; i++) add('several words', `${pick(COMMON)} ${span()}`);
  const years = [...new Set(reports.map((r) => r.filters['year'] ?? ''))];
  const provinces = [...new Set(reports.map((r) => r.filters['province'] ?? ''))];
  for (let i = 0; i < 30; i++) {
    const filters = none();
    filters.year = i % 2 === 0 ? [pick(years)] : [];
    filters.province = i % 3 === 0 ? [pick(provinces), pick(provinces)] : i % 2 === 0 ? [] : [pick(provinces)];
    add('with filters', i % 4 === 0 ? pick(COMMON) : span(), filters, i % 2 === 0 ? 'year-asc' : 'year-desc');
  }
  return queries;
}

/** The truth by brute force: every report whose text (block by block) contains every word, within the filters. */
function bruteForce(
  texts: readonly string[][],
  words: readonly string[],
  filters: FilterSelection,
): { slugs: string[]; counts: Counts } {
  const passes = (report: IndexedReport, ignore?: string): boolean =>
    FILTER_KEYS.every((key) => {
      const wanted = filters[key];
      return key === ignore || wanted.length === 0 || wanted.includes(report.filters[key] ?? '');
    });
  const matching = reports.filter((_, i) => words.every((word) => (texts[i] ?? []).some((b) => b.includes(word))));
  const facets = {} as Counts['facets'];
  for (const key of FILTER_KEYS) {
    const tally = new Map<string, Count>();
    for (const report of matching.filter((r) => passes(r, key))) {
      const value = report.filters[key] ?? '';
      const count = tally.get(value) ?? { value: 0, exact: true };
      count.value++;
      tally.set(value, count);
    }
    facets[key] = tally;
  }
  const within = matching.filter((r) => passes(r));
  return { slugs: within.map((r) => r.slug).sort(), counts: { total: { value: within.length, exact: true }, facets } };
}

/** Problems of shown counts against the truth: an exact count must equal it, a bound must not be below it. */
function countProblems(label: string, shown: Counts, truth: Counts): string[] {
  const problems: string[] = [];
  const check = (what: string, count: Count | undefined, real: number): void => {
    const value = count?.value ?? 0;
    const exact = count?.exact ?? true;
    if (exact ? value !== real : value < real)
      problems.push(`${label}: ${what} shown ${exact ? '' : '≤'}${value}, truth ${real}`);
  };
  check('total', shown.total, truth.total.value);
  for (const key of FILTER_KEYS) {
    const counted = shown.facets[key];
    // 2,000 reports are below LOCAL_FACET_REPORTS: every filter is counted.
    if (counted === undefined) {
      problems.push(`${label}: ${key} not counted`);
      continue;
    }
    const values = new Set([...counted.keys(), ...(truth.facets[key]?.keys() ?? [])]);
    for (const value of values) check(`${key}=${value}`, counted.get(value), truth.facets[key]?.get(value)?.value ?? 0);
  }
  return problems;
}

describe('oracle', () => {
  test('results and counts equal a brute-force scan; bounds are never below the truth', async () => {
    const engine = new StaticEngine(
      {
        bytes: async (path) => new Uint8Array(await readFile(join(work, 'index', path))),
        json: async <T>(path: string): Promise<T> => JSON.parse(await readFile(join(work, 'index', path), 'utf8')) as T,
      },
      (slug) => `/reports/${slug}/`,
    );
    const texts = reports.map((report) => report.blocks.flatMap(([, , , text]) => comparable(text).split(BREAK)));
    const queries = makeQueries();
    expect(queries.length).toBeGreaterThanOrEqual(250);
    const problems: string[] = [];
    const tally = { queries: 0, withResults: 0, boundedAtFirst: 0, results: 0 };
    for (const query of queries) {
      const words = parseQuery((await simplifyQuery(query.q)).text).words;
      const label = `${query.kind} "${query.q}"${query.filters.year.length + query.filters.province.length > 0 ? ` ${JSON.stringify(query.filters)}` : ''}`;
      const truth = bruteForce(texts, words, query.filters);
      const cursor = await engine.search({ words, filters: query.filters, sort: query.sort });
      const first = cursor.counts();
      if (!first.total.exact) tally.boundedAtFirst++;
      problems.push(...countProblems(`${label} (first counts)`, first, truth.counts));
      const found: string[] = [];
      while (!cursor.done()) found.push(...(await cursor.next(50)).map((r) => r.meta.slug));
      if (new Set(found).size !== found.length) problems.push(`${label}: a report returned twice`);
      const got = [...found].sort();
      if (JSON.stringify(got) !== JSON.stringify(truth.slugs))
        problems.push(`${label}: ${got.length} results, truth ${truth.slugs.length}`);
      const last = cursor.counts();
      if (!last.total.exact) problems.push(`${label}: total still a bound once every candidate was checked`);
      problems.push(...countProblems(`${label} (final counts)`, last, truth.counts));
      tally.queries++;
      tally.results += truth.slugs.length;
      if (truth.slugs.length > 0) tally.withResults++;
    }
    console.log(
      `search oracle: ${tally.queries} queries on ${reports.length} reports, ${tally.withResults} with results ` +
        `(${tally.results} in all), ${tally.boundedAtFirst} shown with a bound at first; ${problems.length} problems`,
    );
    expect(problems).toEqual([]);
  }, 900_000);
});

describe('places, stored per province', () => {
  const indexLoader = {
    bytes: async (path: string) => new Uint8Array(await readFile(join(work, 'index', path))),
    json: async <T>(path: string): Promise<T> => JSON.parse(await readFile(join(work, 'index', path), 'utf8')) as T,
  };
  const withPlaces = (limit: number): StaticEngine =>
    new StaticEngine(indexLoader, (slug) => `/reports/${slug}/`, limit);

  test('place counts are left out above the limit, exact within a province, and a place filter is exact', async () => {
    const texts = reports.map((report) => report.blocks.flatMap(([, , , text]) => comparable(text).split(BREAK)));
    const byProvince = new Map<string, number>();
    for (const report of reports) {
      const province = report.filters['province'] ?? '';
      byProvince.set(province, (byProvince.get(province) ?? 0) + 1);
    }
    const [province, size] = [...byProvince].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    // Just enough for the largest province, not for the archive.
    const engine = withPlaces(size);
    expect((await engine.totals()).facets.place).toBeUndefined();
    const words = parseQuery('法治').words;
    const all = await engine.search({ words, filters: emptySelection(), sort: 'relevance' });
    expect(all.counts().facets.place).toBeUndefined();
    expect(all.counts().facets.year).toBeDefined();

    const inProvince = { ...emptySelection(), province: [province] };
    const narrowed = await engine.search({ words, filters: inProvince, sort: 'relevance' });
    expect(
      countProblems('法治 in one province', narrowed.counts(), bruteForce(texts, words, inProvince).counts),
    ).toEqual([]);

    const place = reports.find((r) => r.filters['province'] === province)?.filters['place'] ?? '';
    const inPlace = { ...emptySelection(), place: [place] };
    const truth = bruteForce(texts, words, inPlace);
    const cursor = await engine.search({ words, filters: inPlace, sort: 'year-asc' });
    const found: string[] = [];
    while (!cursor.done()) found.push(...(await cursor.next(50)).map((r) => r.meta.slug));
    expect(found.sort()).toEqual(truth.slugs);
    expect(truth.slugs.length).toBeGreaterThan(0);
    expect(cursor.counts().total).toEqual({ value: truth.slugs.length, exact: true });

    // A place ticked within a province: only that province's places are fetched; exact results
    // and total, and the other provinces' counts are bounds never below the truth.
    const fresh = withPlaces(size);
    const both = { ...emptySelection(), province: [province], place: [place] };
    const bothTruth = bruteForce(texts, words, both);
    const narrow = await fresh.search({ words, filters: both, sort: 'relevance' });
    const shown: string[] = [];
    while (!narrow.done()) shown.push(...(await narrow.next(50)).map((r) => r.meta.slug));
    expect(shown.sort()).toEqual(bothTruth.slugs);
    const counts = narrow.counts();
    expect(counts.total).toEqual({ value: bothTruth.slugs.length, exact: true });
    expect(countProblems('法治 in one place of one province', counts, bothTruth.counts)).toEqual([]);
    expect(counts.facets.province?.get(province)).toEqual({ value: bothTruth.slugs.length, exact: true });
  }, 300_000);
});

describe('postings', () => {
  test('ids round-trip in every form; a key in every report costs no payload', () => {
    const random = randomSource(7);
    for (const share of [0, 0.001, 0.05, 0.5, 0.95, 0.999, 1]) {
      const ids = Array.from({ length: 5000 }, (_, id) => id).filter(() => share === 1 || random() < share);
      const { kind, bytes } = encodePostings(ids, 5000);
      expect([...decodePostings(kind, bytes, 5000)]).toEqual(ids);
    }
    const everyReport = encodePostings(
      Array.from({ length: 5000 }, (_, id) => id),
      5000,
    );
    expect(everyReport).toEqual({ kind: POSTINGS_ABSENT, bytes: new Uint8Array(0) });
  });
});
