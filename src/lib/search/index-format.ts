/**
 * The archive's own search index, as written by index-builder.ts (Node) and
 * read by static-engine.ts (browser): plain static files under
 * <site>/search-index/, fetched only as a query needs them.
 *
 * - manifest.json: format version, number of reports, shard bits, chunk size.
 * - facets.json: every filter's values and, in report-id order, each
 *   report's value (run-length coded), so counts need no per-report download.
 * - meta/<n>.json: title, slug and facts of reports n·128 … n·128+127.
 * - shards/<hex>.bin: the postings. Each index key (a character, or two
 *   adjacent characters, of the comparable text: search-text.ts) lists the
 *   ids of the reports that have it; the key's FNV-1a hash picks its shard.
 * - text/<slug>.json: a report's blocks (title, headings, paragraphs with
 *   their ids), fetched to check candidates of longer words and to cut
 *   excerpts.
 *
 * Report ids follow the order of reportOrder(): province, place, year, slug.
 */
import varint from 'varint';

/** Folder of the index inside the built site. */
export const INDEX_DIR = 'search-index';

/** Bumped when the files change shape; the page refuses an index of another format. */
export const INDEX_FORMAT = 1;

/** Reports per metadata chunk. */
export const META_CHUNK = 128;

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

export type FacetsFile = Record<string, FacetColumn>;

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

/** The order of report ids: province, place, year, slug (code-unit order, the same on every machine). */
export function reportOrder(report: ReportMeta): string {
  const f = report.filters;
  return [f['province'] ?? '', f['place'] ?? '', f['year'] ?? '', report.slug].join('\u0000');
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

/** Encodes sorted report ids: a bitmap of all reports when smaller, else the first id and the gaps as varints. */
export function encodePostings(ids: readonly number[], reports: number): { kind: number; bytes: Uint8Array } {
  let listLength = 0;
  let previous = -1;
  for (const id of ids) {
    listLength += varint.encodingLength(id - previous - 1);
    previous = id;
  }
  const bitmapLength = Math.ceil(reports / 8);
  if (bitmapLength < listLength) {
    const bitmap = new Uint8Array(bitmapLength);
    for (const id of ids) bitmap[id >>> 3] = (bitmap[id >>> 3] ?? 0) | (1 << (id & 7));
    return { kind: POSTINGS_BITMAP, bytes: bitmap };
  }
  const bytes = new Uint8Array(listLength);
  let offset = 0;
  previous = -1;
  for (const id of ids) {
    varint.encode(id - previous - 1, bytes, offset);
    offset += varint.encode.bytes ?? 0;
    previous = id;
  }
  return { kind: POSTINGS_LIST, bytes };
}

/** Decodes a postings list into sorted report ids. */
export function decodePostings(kind: number, bytes: Uint8Array): Uint32Array {
  if (kind === POSTINGS_BITMAP) {
    const ids: number[] = [];
    bytes.forEach((byte, index) => {
      for (let bit = 0; bit < 8; bit++) if ((byte & (1 << bit)) !== 0) ids.push(index * 8 + bit);
    });
    return Uint32Array.from(ids);
  }
  const ids: number[] = [];
  let offset = 0;
  let previous = -1;
  while (offset < bytes.length) {
    previous += varint.decode(bytes, offset) + 1;
    offset += varint.decode.bytes ?? 1;
    ids.push(previous);
  }
  return Uint32Array.from(ids);
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
