/**
 * Writes the archive's search index into the build (<outDir>/search-index/,
 * format in src/lib/search/index-format.ts) once Astro has written the pages:
 * each report page is read back from disk one at a time (parse5), so the ids
 * of its headings and paragraphs are exactly those of the page, and fed to
 * the bounded-memory builder (src/lib/search/index-builder.ts). The build
 * fails with the page's name when a report page lacks what search needs.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildIndex } from '../lib/search/index-builder.ts';
import type { IndexedReport } from '../lib/search/index-builder.ts';
import { INDEX_DIR } from '../lib/search/index-format.ts';
import { reportFromPage } from '../lib/search/page-blocks.ts';

/** The built report pages, one at a time. */
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

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = performance.now();
        logger.info('indexing the report pages');
        const summary = await buildIndex(
          reportPages(outDir),
          join(outDir, INDEX_DIR),
          join(outDir, '.search-index-work'),
        );
        if (summary.reports === 0) throw new Error('search index: the build has no report page under reports/');
        logger.info(
          `${summary.reports} reports, ${summary.keys} keys in ${summary.shards} shards, ${summary.files} files, ` +
            `${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
