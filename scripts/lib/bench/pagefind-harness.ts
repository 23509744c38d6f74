/**
 * A plain Pagefind search page for the benchmark's baseline, written into the
 * built site at bench-pagefind/: Pagefind's own search (not exact for
 * Chinese), showing the first 10 results with their fragments, with the
 * contract the benchmark drives (#search-input, #search-results with
 * data-state). It loads Pagefind as soon as the page opens, as the archive's
 * page loads its manifest.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Pagefind baseline</title><link rel="icon" href="data:,"></head>
<body><input id="search-input" type="search"><ol id="search-results" data-state="idle"></ol>
<script type="module" src="harness.js"></script></body></html>
`;

const SCRIPT = `const input = document.getElementById('search-input');
const results = document.getElementById('search-results');
let loading;
const load = () => (loading ??= import('/pagefind/pagefind.js').then(async (pagefind) => {
  await pagefind.options({ basePath: '/pagefind/', noWorker: true });
  await pagefind.init();
  return pagefind;
}));
let generation = 0;
input.addEventListener('input', async () => {
  const query = input.value;
  const run = ++generation;
  results.dataset.state = 'searching';
  const pagefind = await load();
  const response = await pagefind.search(query);
  const top = await Promise.all(response.results.slice(0, 10).map((result) => result.data()));
  if (run !== generation) return;
  results.replaceChildren(...top.map((data) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title;
    item.append(link);
    return item;
  }));
  results.dataset.total = String(response.results.length);
  results.dataset.state = 'done';
});
void load();
`;

/** Writes the page into `<siteDir>/bench-pagefind/`; the site must be served at its root. */
export function writePagefindHarness(siteDir: string): string {
  const dir = join(siteDir, 'bench-pagefind');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), HTML);
  writeFileSync(join(dir, 'harness.js'), SCRIPT);
  return 'bench-pagefind/';
}
