/**
 * Measures the search page of an already built site in headless Chromium,
 * the way `npm run bench` does (scripts/lib/bench/measure-search.ts): fresh
 * visits, each with a cold and a warm query; medians. With
 * `scripts/search-index.ts --markdown` it measures the search at sizes whose
 * site build would take long: index the normalized reports into
 * <site>/search-index/ and copy a small build's pages beside it.
 *
 *   node scripts/bench-search.ts <site> [visits] [cold,queries] [warm,queries]
 */
import { launchBrowser } from './lib/browser/browser.ts';
import { startStaticServer } from './lib/browser/server.ts';
import { measureSearch } from './lib/bench/measure-search.ts';

const [site, visitsArg, coldArg, warmArg] = process.argv.slice(2);
if (site === undefined) {
  console.error('usage: node scripts/bench-search.ts <site> [visits] [cold,queries] [warm,queries]');
  process.exit(2);
}
const visits = Number(visitsArg ?? 5);
const cold = (coldArg ?? '法律明白人,枫桥经验,一站式,行政复议,营商环境').split(',');
const warm = (warmArg ?? '合法性审查,跨省通办,法律顾问,矛盾纠纷,普法宣传').split(',');
const browser = await launchBrowser();
const server = await startStaticServer({ root: site });
try {
  const pairs = Array.from({ length: visits }, (_, i): [string, string] => [
    cold[i % cold.length] ?? '',
    warm[i % warm.length] ?? '',
  ]);
  const figures = await measureSearch(browser, server.urlFor('search/'), pairs);
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `page ${kb(figures.pageBytes)}, first query ${kb(figures.firstQueryBytes)}, page + first query ${kb(figures.firstSearchBytes)}, later query ${kb(figures.laterQueryBytes)}`,
  );
  console.log(
    `query to first results (median of ${visits}): cold ${Math.round(figures.coldMs)} ms, warm ${Math.round(figures.warmMs)} ms`,
  );
  for (const run of figures.runs)
    console.log(
      `  ${run.cold.query} ${Math.round(run.cold.ms)} ms ${kb(run.cold.bytes)} (${run.cold.exact === false ? '≤ ' : ''}${run.cold.total ?? '?'}); ` +
        `${run.warm.query} ${Math.round(run.warm.ms)} ms ${kb(run.warm.bytes)}`,
    );
  console.log(
    `first search by kind: ${Object.entries(figures.firstSearchByKind)
      .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
      .join(', ')}`,
  );
} finally {
  await server.close();
  await browser.close();
}
