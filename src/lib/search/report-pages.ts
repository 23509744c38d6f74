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

/** The built report pages under `<outDir>/reports/`, in slug order. */
export async function* reportPages(outDir: string): AsyncGenerator<IndexedReport> {
  const dir = join(outDir, 'reports');
  if (!existsSync(dir)) return;
  const slugs = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  for (const slug of slugs) {
    const file = join(dir, slug, 'index.html');
    if (!existsSync(file)) continue;
    yield reportFromPage(await readFile(file, 'utf8'), file);
  }
}
