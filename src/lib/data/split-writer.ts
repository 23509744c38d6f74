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
 * JSON Lines in gzip files of at most `limit` bytes each, fed one line at a
 * time, so the lines need never be in memory together (at 100,000 reports
 * they hold every report's whole text).
 */
export class GzipLineSplitter {
  private readonly limit: number;
  private readonly files: SplitFile[] = [];
  private file = new GzipFile();
  private index = 0;

  constructor(options: SplitOptions = {}) {
    this.limit = options.limit ?? FILE_LIMIT;
  }

  /** @throws when the line could not fit in a file of its own. */
  async add(text: string): Promise<void> {
    this.index += 1;
    const line = Buffer.from(`${text}\n`);
    const { file, limit } = this;
    if (file.lines > 0 && file.compressed + worstCompressed(file.pending + line.length) > limit - 20) {
      await file.flush();
      if (file.compressed + worstCompressed(line.length) > limit - 20) {
        this.files.push(await file.end());
        this.file = new GzipFile();
      }
    }
    if (worstCompressed(line.length) > limit - 20) {
      throw recordTooLarge('Line', this.index, line.length, limit);
    }
    this.file.write(line);
    if (this.file.pending >= FLUSH_EVERY) await this.file.flush();
  }

  /** The files, in order (the last one maybe holding no line). */
  async finish(): Promise<SplitFile[]> {
    this.files.push(await this.file.end());
    return this.files;
  }
}

/**
 * JSON Lines in gzip files of at most `limit` bytes each. Each value is one
 * line; the files hold the lines in order.
 *
 * @throws when a single line could not fit in a file of its own.
 */
export async function splitGzipLines(lines: Iterable<string>, options: SplitOptions = {}): Promise<SplitFile[]> {
  const splitter = new GzipLineSplitter(options);
  for (const line of lines) await splitter.add(line);
  return splitter.finish();
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * CSV rows in files of at most `limit` bytes, each starting with the UTF-8
 * byte order mark and the header row, fed one row at a time. Rows are
 * complete CSV lines, line ending included.
 */
export class CsvLineSplitter {
  private readonly limit: number;
  private readonly head: Buffer;
  private readonly files: SplitFile[] = [];
  private parts: Buffer[];
  private size: number;
  private index = 0;

  constructor(header: string, options: SplitOptions = {}) {
    this.limit = options.limit ?? FILE_LIMIT;
    this.head = Buffer.concat([BOM, Buffer.from(header)]);
    this.parts = [this.head];
    this.size = this.head.length;
  }

  /** @throws when the row could not fit in a file of its own. */
  add(text: string): void {
    this.index += 1;
    const row = Buffer.from(text);
    if (this.head.length + row.length > this.limit) {
      throw recordTooLarge('CSV row', this.index, row.length, this.limit);
    }
    if (this.size + row.length > this.limit) {
      this.files.push(this.cut());
      this.parts = [this.head];
      this.size = this.head.length;
    }
    this.parts.push(row);
    this.size += row.length;
  }

  /** The files, in order (the last one maybe holding the header only). */
  finish(): SplitFile[] {
    this.files.push(this.cut());
    return this.files;
  }

  private cut(): SplitFile {
    return { bytes: Buffer.concat(this.parts), lines: this.parts.length - 1 };
  }
}

/** CSV rows in files of at most `limit` bytes (see CsvLineSplitter). */
export function splitCsvLines(header: string, rows: Iterable<string>, options: SplitOptions = {}): SplitFile[] {
  const splitter = new CsvLineSplitter(header, options);
  for (const row of rows) splitter.add(row);
  return splitter.finish();
}
