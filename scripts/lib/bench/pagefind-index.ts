/**
 * The benchmark's baseline engine, Pagefind, indexing the same reports as the
 * archive's own index: run as a child process (so its memory is measured on
 * its own) with the built site's search-index/ folder and an output folder.
 * Each report becomes one Pagefind record (`zh-cn`): its blocks' text, its
 * title and its filters, read one at a time from the own index's files.
 *
 *   node scripts/lib/bench/pagefind-index.ts <site>/search-index <site>/pagefind
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { Manifest, ReportMeta, TextFile } from '../../../src/lib/search/index-format.ts';
import { metaFile } from '../../../src/lib/search/index-format.ts';

const [indexDir, outDir] = process.argv.slice(2);
if (indexDir === undefined || outDir === undefined) {
  console.error('usage: node scripts/lib/bench/pagefind-index.ts <site>/search-index <output folder>');
  process.exit(2);
}

const problems = (step: string, errors: string[]): void => {
  if (errors.length > 0) throw new Error(`Pagefind ${step}: ${errors.join('; ')}`);
};

const manifest = JSON.parse(await readFile(join(indexDir, 'manifest.json'), 'utf8')) as Manifest;
const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
problems('createIndex', errors);
if (index === undefined) throw new Error('Pagefind gave no index');
let added = 0;
for (let chunk = 0; chunk * manifest.metaChunk < manifest.reports; chunk++) {
  const metas = JSON.parse(await readFile(join(indexDir, 'meta', metaFile(chunk)), 'utf8')) as ReportMeta[];
  for (const meta of metas) {
    const text = JSON.parse(await readFile(join(indexDir, 'text', `${meta.slug}.json`), 'utf8')) as TextFile;
    const filters = Object.fromEntries(Object.entries(meta.filters).map(([key, value]) => [key, [value]]));
    const result = await index.addCustomRecord({
      url: `/reports/${meta.slug}/`,
      content: text.blocks.map(([, , , block]) => block).join('\n'),
      language: 'zh-cn',
      meta: { title: meta.title },
      filters,
    });
    problems(`addCustomRecord ${meta.slug}`, result.errors);
    added++;
  }
}
const written = await index.writeFiles({ outputPath: outDir });
problems('writeFiles', written.errors);
await pagefind.close();
console.log(`pagefind: indexed ${added} reports`);
