/**
 * The reports collection keeps each report's Markdown body and rendered HTML
 * on disk, one file per report, instead of in Astro's data store.
 *
 * Why: Astro holds the whole data store in memory during a build and every
 * page's `getCollection()` hands out its entries. With the body and the HTML
 * a report weighs about 80 KB of heap, so 100,000 reports need some 8 GB
 * before a page is rendered; the frontmatter alone is a few KB. The glob
 * loader still reads, validates and renders every report (so the HTML is
 * exactly what Astro's Markdown pipeline makes); `offloadingStore` only
 * changes where the body and the HTML are kept, and the pages that need them
 * read one report at a time (`readReportContent`).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { MarkdownHeading } from 'astro';
import type { DataStore } from 'astro/loaders';
import { noReportContent } from '../lib/build-errors.ts';

/** What is kept on disk for one report. */
export interface ReportContent {
  /** The Markdown body, as in the file after its frontmatter. */
  body: string;
  /** The HTML Astro's Markdown pipeline rendered from it. */
  html: string;
  /** The headings the pipeline collected (depth, slug, text). */
  headings: MarkdownHeading[];
}

/** The folder of the files, inside Astro's cache folder (node_modules/.astro/ by default). */
export const REPORT_CONTENT_DIR = 'report-content';

/** Where Astro's cache folder is when pages render: the build runs from the project root. */
const defaultCacheDir = (): string => resolve(process.cwd(), 'node_modules/.astro');

/** The file of one version of a report: a new digest is a new file, so a stale file is never read. */
function contentFile(cacheDir: string, id: string, digest: string | number | undefined): string {
  return join(cacheDir, REPORT_CONTENT_DIR, `${id}.${String(digest ?? 'none')}.json`);
}

/**
 * A data store that writes each entry's body and rendered HTML to its own
 * file and stores the rest. An entry whose file is missing reads as absent,
 * so the glob loader renders it again instead of keeping a body-less entry.
 */
export function offloadingStore(store: DataStore, cacheDir: string): DataStore {
  mkdirSync(join(cacheDir, REPORT_CONTENT_DIR), { recursive: true });
  const hasContent = (id: string): boolean => {
    const entry = store.get(id);
    return entry !== undefined && existsSync(contentFile(cacheDir, id, entry.digest));
  };
  return {
    ...store,
    get: (id) => (hasContent(id) ? store.get(id) : undefined),
    has: (id) => hasContent(id),
    set: (entry) => {
      const { body, rendered, ...rest } = entry;
      if (body === undefined || rendered === undefined) {
        throw new Error(`report "${entry.id}" (${entry.filePath ?? 'unknown file'}) was not rendered`);
      }
      const previous = store.get(entry.id);
      if (previous !== undefined && previous.digest !== entry.digest) {
        rmSync(contentFile(cacheDir, entry.id, previous.digest), { force: true });
      }
      const content: ReportContent = { body, html: rendered.html, headings: rendered.metadata?.headings ?? [] };
      writeFileSync(contentFile(cacheDir, entry.id, entry.digest), JSON.stringify(content));
      return store.set(rest);
    },
    delete: (id) => {
      const entry = store.get(id);
      if (entry !== undefined) rmSync(contentFile(cacheDir, id, entry.digest), { force: true });
      store.delete(id);
    },
  };
}

/** The body, HTML and headings of a report of the collection, read from its file. */
export function readReportContent(
  entry: { id: string; digest?: string | number | undefined; filePath?: string | undefined },
  cacheDir: string = defaultCacheDir(),
): ReportContent {
  const file = contentFile(cacheDir, entry.id, entry.digest);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw noReportContent(entry.id, entry.filePath, file);
  }
  return JSON.parse(text) as ReportContent;
}
