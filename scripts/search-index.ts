/**
 * Rebuilds a built site's search index from its report pages, the way the
 * build's last step does (src/integrations/search-index.ts), in a process of
 * its own: for re-indexing without rebuilding, and for the benchmark, which
 * measures the index's time and memory apart from Astro's.
 *
 *   node scripts/search-index.ts [dist]
 *   node scripts/search-index.ts --markdown <reports folder> <index folder>
 *
 * With --markdown it indexes normalized reports without building the site
 * (their Markdown rendered by the site's pipeline, as the unit tests do): for
 * measuring the index and the search page at sizes the site build is slow at.
 */
import { join, resolve } from 'node:path';
import { reportPages } from '../src/integrations/search-index.ts';
import { buildIndex } from '../src/lib/search/index-builder.ts';
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
  const site = resolve(process.argv[2] ?? 'dist');
  summary = await buildIndex(reportPages(site), join(site, INDEX_DIR), join(site, '.search-index-work'));
  if (summary.reports === 0) {
    console.error(`${site}: no report page under reports/; build the site first (npm run build)`);
    process.exit(1);
  }
}
console.log(
  `search index: ${summary.reports} reports, ${summary.keys} keys in ${summary.shards} shards, ${summary.files} files, ${Math.round(performance.now() - started)} ms`,
);
