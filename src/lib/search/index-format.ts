/**
 * The archive's own search index, as written by index-builder.ts (Node) and
 * read by static-engine.ts (browser): plain static files under
 * <site>/search-index/, fetched only as a query needs them.
 *
 * - manifest.json: format version, number of reports, shard bits, chunk size.
 * - facets.json: the values of the archive-wide filters (year, province) and,
 *   in report-id order, each report's value (run-length coded: ids follow
 *   province, then year, so both are a few hundred runs at any size).
 * - facets/<n>.json: the filters stored per province (place: thousands of
 *   values at national scale), for the reports of the n-th province only,
 *   fetched when a search needs them.
 * - meta/<n>.json: title, slug and facts of reports n·32 … n·32+31.
 * - shards/<hex>.bin: the postings. Each index key (a character, or two
 *   adjacent characters, of the comparable text: search-text.ts) lists the
 *   ids of the reports that have it; the key's FNV-1a hash picks its shard.
 * - text/<slug>.json: a report's blocks (title, headings, paragraphs with
 *   their ids), fetched to check candidates of longer words and to cut
 *   excerpts.
 *
 * Report ids follow the order of reportOrder(): province, year, place, slug.
 */
import varint from 'varint';

/** Folder of the index inside the built site. */
export const INDEX_DIR = 'search-index';

/** Bumped when the files change shape; the page refuses an index of another format. */
export const INDEX_FORMAT = 2;

/** Reports per metadata chunk: small, as a rare word's results each fetch one (about 1.2 KB gzip). */
export const META_CHUNK = 32;

export interface Manifest {
  format: number;
  reports: number;
  /** Shards are named by the top `shardBits` bits of a key's hash. */
  shardBits: number;
  metaChunk: number;
}

/** One filter's values, and each report's value as runs over report ids: [value index, run length, …]. */
export interface FacetColumn {
  values: string[];
  runs: number[];
}

/** The filter whose values split the archive (report ids are grouped by it). */
export const SPLIT_FILTER = 'province';
/** Filters stored per province (facets/<n>.json), not in facets.json. */
export const PER_PROVINCE_FILTERS: readonly string[] = ['place'];

/** facets.json: the archive-wide filters' columns over all report ids. */
export type FacetsFile = Record<string, FacetColumn>;

/** facets/<n>.json: the per-province filters' columns over the ids of the n-th province (its values' order). */
export type ProvinceFacetsFile = Record<string, FacetColumn>;

/** The per-province facet file of a province's value index. */
export function provinceFacetFile(index: number): string {
  return `facets/${index}.json`;
}

/** A report as the result list shows it. */
export interface ReportMeta {
  slug: string;
  title: string;
  /** The report's value for each filter (url-state.ts FILTERS). */
  filters: Record<string, string>;
  county?: string;
  city?: string;
}

/**
 * One block of a report's text: [id, level, part, text]. Level 1 is the
 * title (id ''), 2–6 a heading h2–h6, 0 a paragraph; part is the report part
 * (parts.ts) the block belongs to, '' before the first one.
 */
export type TextBlock = [id: string, level: number, part: string, text: string];

export interface TextFile {
  blocks: TextBlock[];
}

/**
 * The order of report ids: province, year, place, slug (code-unit order, the
 * same on every machine). Province and year then change a few hundred times
 * over all ids, and the newest reports of a province sit together.
 */
export function reportOrder(report: ReportMeta): string {
  const f = report.filters;
  return [f['province'] ?? '', f['year'] ?? '', f['place'] ?? '', report.slug].join('\u0000');
}

/** 32-bit FNV-1a of a key's UTF-16 code units. */
export function keyHash(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Shards for an archive: about one per four reports, a power of two from 16 to 65,536. */
export function shardBitsFor(reports: number): number {
  let bits = 4;
  while (bits < 16 && 2 ** bits < reports / 4) bits++;
  return bits;
}

/** The shard of a hash. */
export function shardOf(hash: number, bits: number): number {
  return hash >>> (32 - bits);
}

/** A shard's file name (hex, fixed width). */
export function shardFile(shard: number, bits: number): string {
  return `${shard.toString(16).padStart(Math.ceil(bits / 4), '0')}.bin`;
}

/** The metadata chunk of a report id. */
export function metaFile(chunk: number): string {
  return `${chunk}.json`;
}

/** How a postings list is stored. */
export const POSTINGS_LIST = 0;
export const POSTINGS_BITMAP = 1;
/** The ids of the reports that lack the key, as a list: for keys nearly every report has (法治). */
export const POSTINGS_ABSENT = 2;

/** Bytes of sorted ids as the first id and the gaps, in varints. */
function gapsLength(ids: Iterable<number>): number {
  let length = 0;
  let previous = -1;
  for (const id of ids) {
    length += varint.encodingLength(id - previous - 1);
    previous = id;
  }
  return length;
}

function encodeGaps(ids: Iterable<number>, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let offset = 0;
  let previous = -1;
  for (const id of ids) {
    varint.encode(id - previous - 1, bytes, offset);
    offset += varint.encode.bytes ?? 0;
    previous = id;
  }
  return bytes;
}

/** The ids from 0 to reports − 1 that are not in sorted `ids`. */
function* missingIds(ids: readonly number[], reports: number): Generator<number> {
  let next = 0;
  for (const id of ids) {
    for (; next < id; next++) yield next;
    next = id + 1;
  }
  for (; next < reports; next++) yield next;
}

/**
 * Encodes sorted report ids in the smallest of three forms: the ids (first
 * id and gaps, varints), a bitmap of all reports, or the ids of the reports
 * that lack the key (so a key in every report costs nothing).
 */
export function encodePostings(ids: readonly number[], reports: number): { kind: number; bytes: Uint8Array } {
  const listLength = gapsLength(ids);
  const bitmapLength = Math.ceil(reports / 8);
  const absentLength = ids.length * 2 > reports ? gapsLength(missingIds(ids, reports)) : Infinity;
  if (absentLength < listLength && absentLength <= bitmapLength)
    return { kind: POSTINGS_ABSENT, bytes: encodeGaps(missingIds(ids, reports), absentLength) };
  if (bitmapLength < listLength) {
    const bitmap = new Uint8Array(bitmapLength);
    for (const id of ids) bitmap[id >>> 3] = (bitmap[id >>> 3] ?? 0) | (1 << (id & 7));
    return { kind: POSTINGS_BITMAP, bytes: bitmap };
  }
  return { kind: POSTINGS_LIST, bytes: encodeGaps(ids, listLength) };
}

/** Decodes a postings list into sorted report ids (`reports`: the archive's number of reports). */
export function decodePostings(kind: number, bytes: Uint8Array, reports: number): Uint32Array {
  if (kind === POSTINGS_BITMAP) {
    const ids = new Uint32Array(reports);
    let length = 0;
    for (let index = 0; index < bytes.length; index++) {
      const byte = bytes[index] ?? 0;
      if (byte === 0) continue;
      for (let bit = 0; bit < 8; bit++) if ((byte & (1 << bit)) !== 0) ids[length++] = index * 8 + bit;
    }
    return ids.slice(0, length);
  }
  const listed: number[] = [];
  let offset = 0;
  let previous = -1;
  while (offset < bytes.length) {
    previous += varint.decode(bytes, offset) + 1;
    offset += varint.decode.bytes ?? 1;
    listed.push(previous);
  }
  if (kind !== POSTINGS_ABSENT) return Uint32Array.from(listed);
  const ids = new Uint32Array(reports - listed.length);
  let length = 0;
  let next = 0;
  for (const absent of [...listed, reports]) {
    for (; next < absent; next++) ids[length++] = next;
    next = absent + 1;
  }
  return ids;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** One key of a shard. */
export interface ShardEntry {
  key: string;
  kind: number;
  /** Number of reports. */
  count: number;
  bytes: Uint8Array;
}

/** Appends a shard entry: key length and key (UTF-8), kind, count, payload length, payload. */
export function encodeShardEntry(entry: ShardEntry): Uint8Array {
  const key = encoder.encode(entry.key);
  const head = [
    ...varint.encode(key.length),
    ...key,
    ...varint.encode(entry.kind),
    ...varint.encode(entry.count),
    ...varint.encode(entry.bytes.length),
  ];
  const out = new Uint8Array(head.length + entry.bytes.length);
  out.set(head, 0);
  out.set(entry.bytes, head.length);
  return out;
}

/** Finds a key in a shard file; undefined when no report has it. */
export function findInShard(shard: Uint8Array, key: string): ShardEntry | undefined {
  let offset = 0;
  const read = (): number => {
    const value = varint.decode(shard, offset);
    offset += varint.decode.bytes ?? 1;
    return value;
  };
  while (offset < shard.length) {
    const keyLength = read();
    const entryKey = decoder.decode(shard.subarray(offset, offset + keyLength));
    offset += keyLength;
    const kind = read();
    const count = read();
    const length = read();
    if (entryKey === key) return { key, kind, count, bytes: shard.subarray(offset, offset + length) };
    offset += length;
  }
  return undefined;
}

/** Expands run-length coded values into one value index per report id. */
export function expandRuns(runs: readonly number[], reports: number): Uint32Array {
  const column = new Uint32Array(reports);
  let id = 0;
  for (let i = 0; i + 1 < runs.length; i += 2) {
    const value = runs[i] ?? 0;
    const length = runs[i + 1] ?? 0;
    column.fill(value, id, id + length);
    id += length;
  }
  return column;
}
