/**
 * Builds the search index (index-format.ts) in bounded memory, in two
 * steps that may run on different machines:
 *
 * 1. Partitions. Reports are fed to a PartitionWriter one at a time, in any
 *    order. Each report's text file is written at once; its index keys are
 *    gathered for at most BATCH_REPORTS reports, then written to a run file
 *    sorted by key hash, with the offsets of 256 hash buckets in its head.
 *    An archive can be split into partitions (by province, say), each built
 *    separately.
 * 2. Merge. mergePartitions reads every partition's report list, gives each
 *    report its id (reportOrder), writes the metadata and facet files, then
 *    goes through the 256 hash buckets: for each, it reads that bucket's
 *    slice of every run file, maps partition ids to report ids, and writes
 *    the shards. Memory holds one bucket, never the whole index.
 *
 * The output depends only on the set of reports: one partition or many give
 * the same bytes (tested).
 */
import { cp, mkdir, open, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import varint from 'varint';
import {
  INDEX_FORMAT,
  META_CHUNK,
  PER_PROVINCE_FILTERS,
  SPLIT_FILTER,
  encodePostings,
  encodeShardEntry,
  keyHash,
  metaFile,
  provinceFacetFile,
  reportOrder,
  shardBitsFor,
  shardFile,
  shardOf,
} from './index-format.ts';
import type { FacetsFile, Manifest, ProvinceFacetsFile, ReportMeta, TextBlock, TextFile } from './index-format.ts';
import { comparable, textKeys } from './search-text.ts';
import { FILTER_KEYS } from './url-state.ts';

/** Reports whose keys are gathered in memory before a run file is written. */
export const BATCH_REPORTS = 256;
const BUCKETS = 256;

/** A report to index: its metadata and its text blocks in reading order (title first). */
export interface IndexedReport extends ReportMeta {
  blocks: TextBlock[];
}

/** The index keys of a report: those of every block, each block on its own. */
export function reportKeys(blocks: readonly TextBlock[]): Set<string> {
  const keys = new Set<string>();
  for (const [, , , text] of blocks) textKeys(comparable(text), keys);
  return keys;
}

const encoder = new TextEncoder();

/** Writes one partition: text files, the report list and run files. */
export class PartitionWriter {
  private readonly dir: string;
  private readonly reports: ReportMeta[] = [];
  private readonly slugs = new Set<string>();
  private keys = new Map<string, number[]>();
  private batchReports = 0;
  private runs = 0;

  constructor(dir: string) {
    this.dir = dir;
  }

  async start(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
    await mkdir(join(this.dir, 'text'), { recursive: true });
    await mkdir(join(this.dir, 'runs'), { recursive: true });
  }

  async add(report: IndexedReport): Promise<void> {
    if (this.slugs.has(report.slug)) throw new Error(`search index: report "${report.slug}" was added twice`);
    this.slugs.add(report.slug);
    const id = this.reports.length;
    const { blocks, ...meta } = report;
    this.reports.push(meta);
    const text: TextFile = { blocks };
    await writeFile(join(this.dir, 'text', `${report.slug}.json`), JSON.stringify(text));
    for (const key of reportKeys(blocks)) {
      const ids = this.keys.get(key);
      if (ids === undefined) this.keys.set(key, [id]);
      else ids.push(id);
    }
    if (++this.batchReports >= BATCH_REPORTS) await this.flush();
  }

  /** Writes the gathered keys as a run file: bucket offsets (257 × u32), then entries sorted by hash and key. */
  private async flush(): Promise<void> {
    if (this.keys.size === 0) return;
    const entries = [...this.keys].map(([key, ids]) => ({ key, hash: keyHash(key), ids }));
    this.keys = new Map();
    this.batchReports = 0;
    entries.sort((a, b) => a.hash - b.hash || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const chunks: Uint8Array[] = [];
    const offsets = new Uint32Array(BUCKETS + 1);
    let size = 0;
    let bucket = 0;
    for (const entry of entries) {
      const entryBucket = entry.hash >>> 24;
      while (bucket < entryBucket) offsets[++bucket] = size;
      const key = encoder.encode(entry.key);
      const bytes: number[] = [...varint.encode(key.length), ...key, ...varint.encode(entry.ids.length)];
      let previous = -1;
      for (const id of entry.ids) {
        bytes.push(...varint.encode(id - previous - 1));
        previous = id;
      }
      const chunk = Uint8Array.from(bytes);
      chunks.push(chunk);
      size += chunk.length;
    }
    while (bucket < BUCKETS) offsets[++bucket] = size;
    const head = new Uint8Array(offsets.buffer);
    await writeFile(join(this.dir, 'runs', `${this.runs++}.bin`), Buffer.concat([head, ...chunks]));
  }

  /** Writes what is left and the report list. */
  async finish(): Promise<void> {
    await this.flush();
    await writeFile(join(this.dir, 'reports.json'), JSON.stringify(this.reports));
  }
}

/** A partition as the merge reads it. */
interface OpenPartition {
  dir: string;
  reports: ReportMeta[];
  runs: string[];
  /** Partition id → report id. */
  ids: Uint32Array;
}

/** Run-length codes a column of value indices. */
function runsOf(column: readonly number[]): number[] {
  const runs: number[] = [];
  for (const value of column) {
    if (runs.length > 0 && runs[runs.length - 2] === value) runs[runs.length - 1] = (runs.at(-1) ?? 0) + 1;
    else runs.push(value, 1);
  }
  return runs;
}

/** The columns of some filters over some reports: each filter's values (sorted) and each report's, run-length coded. */
function columnsOf(reports: readonly ReportMeta[], keys: readonly string[]): FacetsFile {
  const facets: FacetsFile = {};
  for (const key of keys) {
    const values = [...new Set(reports.map((report) => report.filters[key] ?? ''))].sort();
    const index = new Map(values.map((value, i) => [value, i]));
    facets[key] = { values, runs: runsOf(reports.map((report) => index.get(report.filters[key] ?? '') ?? 0)) };
  }
  return facets;
}

/** Writes facets.json (archive-wide filters) and facets/<n>.json (per-province filters of the n-th province). */
async function writeFacets(out: string, reports: readonly ReportMeta[]): Promise<number> {
  const facets = columnsOf(
    reports,
    FILTER_KEYS.filter((key) => !PER_PROVINCE_FILTERS.includes(key)),
  );
  await writeFile(join(out, 'facets.json'), JSON.stringify(facets));
  const provinces = facets[SPLIT_FILTER]?.values ?? [];
  await mkdir(join(out, 'facets'), { recursive: true });
  for (const [index, province] of provinces.entries()) {
    const within = reports.filter((report) => (report.filters[SPLIT_FILTER] ?? '') === province);
    const file: ProvinceFacetsFile = columnsOf(within, PER_PROVINCE_FILTERS);
    await writeFile(join(out, provinceFacetFile(index)), JSON.stringify(file));
  }
  return provinces.length + 1;
}

/** Reads one bucket of a run file: its entries with partition ids. */
async function readBucket(file: string, bucket: number): Promise<{ key: string; ids: number[] }[]> {
  const handle = await open(file, 'r');
  try {
    const head = new Uint8Array(8);
    await handle.read(head, 0, 8, bucket * 4);
    const view = new DataView(head.buffer);
    const start = view.getUint32(0, true);
    const end = view.getUint32(4, true);
    const bytes = new Uint8Array(end - start);
    if (bytes.length > 0) await handle.read(bytes, 0, bytes.length, (BUCKETS + 1) * 4 + start);
    const entries: { key: string; ids: number[] }[] = [];
    let offset = 0;
    const read = (): number => {
      const value = varint.decode(bytes, offset);
      offset += varint.decode.bytes ?? 1;
      return value;
    };
    const decoder = new TextDecoder();
    while (offset < bytes.length) {
      const keyLength = read();
      const key = decoder.decode(bytes.subarray(offset, offset + keyLength));
      offset += keyLength;
      const count = read();
      const ids: number[] = [];
      let previous = -1;
      for (let i = 0; i < count; i++) {
        previous += read() + 1;
        ids.push(previous);
      }
      entries.push({ key, ids });
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/** What the merge wrote. */
export interface MergeSummary {
  reports: number;
  shards: number;
  keys: number;
  files: number;
}

/** Merges partitions (folders written by PartitionWriter) into the index folder `out`. */
export async function mergePartitions(partitionDirs: readonly string[], out: string): Promise<MergeSummary> {
  const partitions: OpenPartition[] = [];
  for (const dir of partitionDirs) {
    const reports = JSON.parse(await readFile(join(dir, 'reports.json'), 'utf8')) as ReportMeta[];
    const runs = (await readdir(join(dir, 'runs')))
      .filter((name) => name.endsWith('.bin'))
      .sort((a, b) => parseInt(a, 10) - parseInt(b, 10))
      .map((name) => join(dir, 'runs', name));
    partitions.push({ dir, reports, runs, ids: new Uint32Array(reports.length) });
  }
  // Report ids: every report of every partition in reportOrder.
  const all = partitions.flatMap((partition, p) =>
    partition.reports.map((report, local) => ({ order: reportOrder(report), p, local, report })),
  );
  all.sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  all.forEach((entry, id) => {
    const previous = all[id - 1];
    if (previous !== undefined && previous.report.slug === entry.report.slug)
      throw new Error(`search index: report "${entry.report.slug}" is in two partitions`);
    const partition = partitions[entry.p];
    if (partition !== undefined) partition.ids[entry.local] = id;
  });
  const reports = all.map((entry) => entry.report);
  const total = reports.length;
  const bits = shardBitsFor(total);

  await rm(out, { recursive: true, force: true });
  for (const sub of ['meta', 'shards', 'text']) await mkdir(join(out, sub), { recursive: true });
  let files = 0;
  for (let chunk = 0; chunk * META_CHUNK < total; chunk++) {
    const slice = reports.slice(chunk * META_CHUNK, (chunk + 1) * META_CHUNK);
    await writeFile(join(out, 'meta', metaFile(chunk)), JSON.stringify(slice));
    files++;
  }
  files += await writeFacets(out, reports);
  const manifest: Manifest = { format: INDEX_FORMAT, reports: total, shardBits: bits, metaChunk: META_CHUNK };
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifest));
  files += 1;

  // Shards, bucket by bucket; shards follow hash order, so each is written once, when the next one starts.
  let shard = 0;
  let pending: Uint8Array[] = [];
  const writeShard = async (): Promise<void> => {
    await writeFile(join(out, 'shards', shardFile(shard, bits)), Buffer.concat(pending));
    pending = [];
    shard++;
    files++;
  };
  let keys = 0;
  for (let bucket = 0; bucket < BUCKETS; bucket++) {
    const merged = new Map<string, number[]>();
    for (const partition of partitions) {
      for (const run of partition.runs) {
        for (const { key, ids } of await readBucket(run, bucket)) {
          const target = merged.get(key) ?? [];
          for (const local of ids) target.push(partition.ids[local] ?? 0);
          merged.set(key, target);
        }
      }
    }
    const entries = [...merged].map(([key, ids]) => ({ key, hash: keyHash(key), ids }));
    entries.sort((a, b) => a.hash - b.hash || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    for (const entry of entries) {
      const target = shardOf(entry.hash, bits);
      while (shard < target) await writeShard();
      entry.ids.sort((a, b) => a - b);
      const { kind, bytes } = encodePostings(entry.ids, total);
      pending.push(encodeShardEntry({ key: entry.key, kind, count: entry.ids.length, bytes }));
      keys++;
    }
  }
  while (shard < 2 ** bits) await writeShard();

  for (const partition of partitions) {
    await cp(join(partition.dir, 'text'), join(out, 'text'), { recursive: true });
    files += partition.reports.length;
  }
  return { reports: total, shards: 2 ** bits, keys, files };
}

/** Writes `reports` as one partition in `dir`. */
export async function writePartition(
  reports: AsyncIterable<IndexedReport> | Iterable<IndexedReport>,
  dir: string,
): Promise<void> {
  const writer = new PartitionWriter(dir);
  await writer.start();
  for await (const report of reports) await writer.add(report);
  await writer.finish();
}

/** Builds an index from reports in one partition (a temporary folder) and merges it into `out`. */
export async function buildIndex(
  reports: AsyncIterable<IndexedReport> | Iterable<IndexedReport>,
  out: string,
  workDir: string,
): Promise<MergeSummary> {
  await writePartition(reports, join(workDir, 'partition-0'));
  const summary = await mergePartitions([join(workDir, 'partition-0')], out);
  await rm(workDir, { recursive: true, force: true });
  return summary;
}
