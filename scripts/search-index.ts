/**
 * Writes a built site's search index (<site>/search-index/, format in
 * src/lib/search/index-format.ts) from its report pages: the second half of
 * `npm run build`, run after `astro build` in a process of its own, as
 * Pagefind is, so the index's memory never adds to Astro's (at 100,000
 * reports each needs gigabytes). Each report page is read back from disk one
 * at a time (src/lib/search/report-pages.ts) and fed to the bounded-memory
 * builder (src/lib/search/index-builder.ts), one partition per core, merged
 * at the end (src/lib/search/parallel-build.ts); a report page that lacks
 * what search needs stops it with the page's name.
 *
 *   node scripts/search-index.ts [site]     the site folder: OUT_DIR, or dist/
 *   node scripts/search-index.ts --markdown <reports folder> <index folder>
 *
 * With --markdown it indexes normalized reports without building the site
 * (their Markdown rendered by the site's pipeline, as the unit tests do): for
 * measuring the index and the search page at sizes the site build is slow at.
 */
import { join, resolve } from 'node:path';
import { buildIndex } from '../src/lib/search/index-builder.ts';
import { buildSiteIndex } from '../src/lib/search/parallel-build.ts';
import { INDEX_DIR } from '../src/lib/search/index-format.ts';
import { markdownReports } from './lib/bench/markdown-reports.ts';

const started = performance.now();
let summary;
if (process.argv[2] === '--markdown') {
  const [from, to] = process.argv.slice(3).map((path) => resolve(path));
  if (from === undefined || to === undefined) {
    console.error('usage: node scripts/search-index.ts --markdown <reports folder> <index folder>');
    process.exit(2);
  }
  summary = await buildIndex(markdownReports(from), to, `${to}.work`);
  if (summary.reports === 0) {
    console.error(`${from}: no .md report; give a folder of normalized reports (npm run normalize)`);
    process.exit(1);
  }
} else {
  const site = resolve(process.argv[2] ?? process.env['OUT_DIR'] ?? 'dist');
  console.log('[search-index] indexing the report pages');
  try {
    summary = await buildSiteIndex(site, join(site, INDEX_DIR), join(site, '.search-index-work'));
  } catch (error) {
    console.error(`search index not written: ${(error as Error).message}`);
    process.exit(1);
  }
  if (summary.reports === 0) {
    console.error(`${site}: no report page under reports/; build the site first (npm run build)`);
    process.exit(1);
  }
}
console.log(
  `[search-index] ${summary.reports} reports, ${summary.keys} keys in ${summary.shards} shards, ${summary.files} files, ${Math.round(performance.now() - started)} ms`,
);
