/**
 * Writers that split a stream of lines into numbered files none of which
 * exceeds a byte limit (25 MiB by default: what common static hosts accept,
 * e.g. Cloudflare Pages), so the bulk data can be published at any size.
 *
 * - `splitGzipLines`: JSON Lines compressed with gzip, one gzip stream per
 *   file (any gzip reader opens it), cut before the compressed size could
 *   pass the limit;
 * - `splitCsvLines`: plain CSV (Excel cannot open compressed files), each
 *   file with the BOM and the header row, so every piece opens on its own.
 */
import { Buffer } from 'node:buffer';
import { constants, createGzip, type Gzip } from 'node:zlib';
import { recordTooLarge } from '../build-errors.ts';

/** 25 MiB, the largest file Cloudflare Pages serves; GitHub Pages and Netlify accept more. */
export const FILE_LIMIT = 25 * 1024 * 1024;

/** How much uncompressed text is written between two measurements of the compressed size. */
const FLUSH_EVERY = 1024 * 1024;

/** The most deflate can take for n bytes (stored blocks: 5 bytes per 16 KiB block), plus a sync marker and the gzip trailer. */
const worstCompressed = (bytes: number): number => bytes + 5 * Math.ceil(bytes / 16_383 + 1) + 5 + 8;

/** One file of a split: its bytes and how many lines (records) it holds. */
export interface SplitFile {
  bytes: Buffer;
  lines: number;
}

export interface SplitOptions {
  /** The largest a file may be, in bytes. */
  limit?: number;
}

/** "reports" + 1 + ".jsonl.gz" → "reports-00001.jsonl.gz". */
export const numberedName = (prefix: string, index: number, extension: string): string =>
  `${prefix}-${String(index).padStart(5, '0')}${extension}`;

class GzipFile {
  private readonly gzip: Gzip = createGzip({ level: 9 });
  private readonly chunks: Buffer[] = [];
  /** Bytes of compressed output so far (exact after a flush). */
  compressed = 0;
  /** Uncompressed bytes written since the last flush. */
  pending = 0;
  lines = 0;

  constructor() {
    this.gzip.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk);
      this.compressed += chunk.length;
    });
  }

  write(line: Buffer): void {
    this.gzip.write(line);
    this.pending += line.length;
    this.lines += 1;
  }

  flush(): Promise<void> {
    return new Promise((resolve) =>
      this.gzip.flush(constants.Z_SYNC_FLUSH, () => {
        this.pending = 0;
        resolve();
      }),
    );
  }

  async end(): Promise<SplitFile> {
    await new Promise<void>((resolve, reject) => {
      this.gzip.on('end', resolve);
      this.gzip.on('error', reject);
      this.gzip.end();
    });
    return { bytes: Buffer.concat(this.chunks), lines: this.lines };
  }
}

/**
 * JSON Lines in gzip files of at most `limit` bytes each. Each value is one
 * line; the files hold the lines in order.
 *
 * @throws when a single line could not fit in a file of its own.
 */
export async function splitGzipLines(lines: Iterable<string>, options: SplitOptions = {}): Promise<SplitFile[]> {
  const limit = options.limit ?? FILE_LIMIT;
  const files: SplitFile[] = [];
  let file = new GzipFile();
  let index = 0;
  for (const text of lines) {
    index += 1;
    const line = Buffer.from(`${text}\n`);
    if (file.lines > 0 && file.compressed + worstCompressed(file.pending + line.length) > limit - 20) {
      await file.flush();
      if (file.compressed + worstCompressed(line.length) > limit - 20) {
        files.push(await file.end());
        file = new GzipFile();
      }
    }
    if (worstCompressed(line.length) > limit - 20) {
      throw recordTooLarge('Line', index, line.length, limit);
    }
    file.write(line);
    if (file.pending >= FLUSH_EVERY) await file.flush();
  }
  files.push(await file.end());
  return files;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * CSV rows in files of at most `limit` bytes, each starting with the UTF-8
 * byte order mark and the header row. `rows` are complete CSV lines,
 * line ending included.
 */
export function splitCsvLines(header: string, rows: Iterable<string>, options: SplitOptions = {}): SplitFile[] {
  const limit = options.limit ?? FILE_LIMIT;
  const head = Buffer.concat([BOM, Buffer.from(header)]);
  const files: SplitFile[] = [];
  let parts: Buffer[] = [head];
  let size = head.length;
  let index = 0;
  for (const text of rows) {
    index += 1;
    const row = Buffer.from(text);
    if (head.length + row.length > limit) {
      throw recordTooLarge('CSV row', index, row.length, limit);
    }
    if (size + row.length > limit) {
      files.push({ bytes: Buffer.concat(parts), lines: parts.length - 1 });
      parts = [head];
      size = head.length;
    }
    parts.push(row);
    size += row.length;
  }
  files.push({ bytes: Buffer.concat(parts), lines: parts.length - 1 });
  return files;
}
