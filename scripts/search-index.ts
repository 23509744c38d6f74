/**
 * Rebuilds a built site's search index from its report pages, the way the
 * build's last step does (src/integrations/search-index.ts), in a process of
 * its own: for re-indexing without rebuilding, and for the benchmark, which
 * measures the index's time and memory apart from Astro's.
 *
 *   node scripts/search-index.ts [dist]
 */
import { join, resolve } from 'node:path';
import { reportPages } from '../src/integrations/search-index.ts';
import { buildIndex } from '../src/lib/search/index-builder.ts';
import { INDEX_DIR } from '../src/lib/search/index-format.ts';

const site = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
const summary = await buildIndex(reportPages(site), join(site, INDEX_DIR), join(site, '.search-index-work'));
if (summary.reports === 0) {
  console.error(`${site}: no report page under reports/; build the site first (npm run build)`);
  process.exit(1);
}
console.log(
  `search index: ${summary.reports} reports, ${summary.keys} keys in ${summary.shards} shards, ${summary.files} files, ${Math.round(performance.now() - started)} ms`,
);
