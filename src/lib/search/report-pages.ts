/**
 * The built report pages of a site, read back from disk one at a time
 * (parse5), so the index holds exactly the ids of each page's headings and
 * paragraphs; the index is built from them after `astro build` by
 * scripts/search-index.ts.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { IndexedReport } from './index-builder.ts';
import { reportFromPage } from './page-blocks.ts';

/** The slugs of the built report pages under `<outDir>/reports/`, sorted. */
export async function reportPageSlugs(outDir: string): Promise<string[]> {
  const dir = join(outDir, 'reports');
  if (!existsSync(dir)) return [];
  return (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

/** The report pages of `slugs` (all of them by default), in that order. */
export async function* reportPages(outDir: string, slugs?: readonly string[]): AsyncGenerator<IndexedReport> {
  for (const slug of slugs ?? (await reportPageSlugs(outDir))) {
    const file = join(outDir, 'reports', slug, 'index.html');
    yield reportFromPage(await readFile(file, 'utf8'), file);
  }
}
