/**
 * Second step of `npm run build` (after `astro build`): indexes the built
 * site with Pagefind's Node API and writes the search bundle to
 * <OUT_DIR>/pagefind/, failing the build with a clear message when Pagefind
 * reports errors, indexes no page, misses a report page, or finds a report
 * without its place, year and province filters or without any text in an
 * element with an id (what exact search reads).
 *
 * Pagefind's Node API reports problems as `{ errors }` instead of throwing,
 * so every call's errors are collected and printed together.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir, rm, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';

/** The language every page is indexed as; the search page is <html lang="zh-CN"> too, so it loads this index. */
const LANGUAGE = 'zh-cn';

/** Filters every report page must carry, each with exactly one value. */
const REQUIRED_FILTERS = ['place', 'year', 'province'] as const;

/**
 * Files Pagefind writes that the site never loads: its ready-made UIs and
 * highlighter (the search page and the report-page highlighter are our own,
 * much smaller), and its web worker (the search page runs Pagefind on the
 * main thread, see src/scripts/search/pagefind-client.ts). Removed so they
 * are not deployed.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-worker.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** What a fragment file holds (the parts checked here). */
interface Fragment {
  url: string;
  filters: Record<string, string[]>;
  anchors: { element: string; id: string; text: string }[];
}

/** Reads a fragment file: gzip, then the "pagefind_dcd" signature, then JSON. */
function readFragment(content: Uint8Array): Fragment {
  const text = gunzipSync(content).toString('utf8');
  const signature = 'pagefind_dcd';
  if (!text.startsWith(signature)) throw new Error('not a Pagefind fragment (no pagefind_dcd signature)');
  return JSON.parse(text.slice(signature.length)) as Fragment;
}

/** Every fragment written (one per indexed page), read from disk one file at a time, keeping only what the checks need. */
async function readFragments(dir: string): Promise<Fragment[]> {
  if (!existsSync(dir)) return [];
  const fragments: Fragment[] = [];
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.pf_fragment')).sort()) {
    const { url, filters, anchors } = readFragment(await readFile(join(dir, name)));
    // Whether an anchor has text is all the checks need; the text itself is dropped.
    fragments.push({
      url,
      filters,
      anchors: anchors.map(({ element, id, text }) => ({ element, id, text: text === '' ? '' : '…' })),
    });
  }
  return fragments;
}

/** The report pages of the build, as site paths ("/reports/<slug>/"). */
async function reportPages(outDir: string): Promise<string[]> {
  const dir = join(outDir, 'reports');
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => `/reports/${entry.name}/`)
    .sort();
}

/** How to give a page its filters, printed once when a filter is wrong. */
const FILTER_HINT =
  'Pagefind reads only the last "key:value" of a data-pagefind-filter attribute literally; take each value from ' +
  'its own attribute instead: data-pagefind-filter="place[data-place], year[data-year], province[data-province]".';

/** Problems with the indexed pages: report pages left out, filters missing or malformed, no text with ids. */
function checkFragments(fragments: readonly Fragment[], reports: readonly string[]): string[] {
  const problems: string[] = [];
  let filterProblem = false;
  const indexed = new Set(fragments.map((fragment) => fragment.url));
  for (const report of reports) {
    if (!indexed.has(report))
      problems.push(`${report}: not indexed; the report page must have a data-pagefind-body element`);
  }
  for (const fragment of fragments) {
    for (const key of REQUIRED_FILTERS) {
      const values = fragment.filters[key] ?? [];
      if (values.length !== 1 || values[0]?.includes(':') === true) {
        problems.push(`${fragment.url}: filter "${key}" is ${JSON.stringify(values)}, expected exactly one value`);
        filterProblem = true;
      }
    }
    if (!fragment.anchors.some((anchor) => anchor.id !== '' && anchor.text !== '')) {
      problems.push(
        `${fragment.url}: no element with an id and text inside data-pagefind-body; exact search reads the text ` +
          'block by block from the ids of headings and paragraphs (src/scripts/search/README.md)',
      );
    }
  }
  if (filterProblem) problems.push(FILTER_HINT);
  return problems;
}

async function directorySize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

async function main(): Promise<number> {
  const outDir = resolve(process.env['OUT_DIR'] ?? 'dist');
  const shown = relative(process.cwd(), outDir) || '.';
  if (!existsSync(join(outDir, 'index.html'))) {
    console.error(
      `search index: ${shown}/index.html not found. Build the site first (astro build), with the same OUT_DIR.`,
    );
    return 1;
  }

  const problems: string[] = [];
  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: LANGUAGE });
  problems.push(...createErrors.map((error) => `createIndex: ${error}`));
  if (index === undefined) {
    console.error(`search index: Pagefind could not create an index:\n  ${problems.join('\n  ')}`);
    await pagefind.close();
    return 1;
  }

  const added = await index.addDirectory({ path: outDir });
  problems.push(...added.errors.map((error) => `addDirectory ${shown}: ${error}`));

  const outputPath = join(outDir, 'pagefind');
  const written = await index.writeFiles({ outputPath });
  problems.push(...written.errors.map((error) => `writeFiles ${outputPath}: ${error}`));
  await pagefind.close();

  // Checked from the written files, one at a time: getFiles() would hold the whole bundle in memory twice.
  const fragments = await readFragments(join(outputPath, 'fragment'));
  if (fragments.length === 0) {
    problems.push(
      `none of the ${added.page_count} pages of ${shown} was indexed; report pages must have a data-pagefind-body element`,
    );
  }
  problems.push(...checkFragments(fragments, await reportPages(outDir)));

  if (problems.length > 0) {
    console.error(`search index: ${problems.length} problem(s), the build fails:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  await Promise.all(UNUSED_BUNDLE_FILES.map((name) => rm(join(outputPath, name), { force: true })));
  const size = await directorySize(outputPath);
  console.log(
    `search index: ${fragments.length} of ${added.page_count} pages indexed (${LANGUAGE}), filters ${REQUIRED_FILTERS.join('/')}; ` +
      `${relative(process.cwd(), outputPath)}: ${size.files} files, ${(size.bytes / 1024).toFixed(0)} KiB`,
  );
  return 0;
}

process.exitCode = await main();
