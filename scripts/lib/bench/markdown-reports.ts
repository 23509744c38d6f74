/**
 * Normalized reports (Markdown with YAML frontmatter) read as the search
 * index reads built report pages: rendered by the site's own Markdown
 * pipeline, then split into blocks by the same page reader. For measuring
 * and testing the search index without building the site.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import type { IndexedReport } from '../../../src/lib/search/index-builder.ts';
import { blocksFromBodyHtml } from '../../../src/lib/search/page-blocks.ts';
import { reportMeta } from '../../../src/lib/search/report-meta.ts';
import { reportMarkdownOptions } from '../../../src/plugins/report-pipeline.ts';
import { reportSchema } from '../../../src/schemas/report.ts';

/** The reports of a folder of normalized Markdown, one at a time, in file-name order. */
export async function* markdownReports(dir: string): AsyncGenerator<IndexedReport> {
  const processor = await createMarkdownProcessor(reportMarkdownOptions('/'));
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text);
    if (match === null) throw new Error(`${join(dir, name)}: no YAML frontmatter; run npm run normalize`);
    const report = reportSchema.parse(parseYaml(match[1] ?? ''));
    const { code } = await processor.render(match[2] ?? '', { frontmatter: { slug: report.slug, year: report.year } });
    yield { ...reportMeta(report), blocks: [['', 1, '', report.title], ...blocksFromBodyHtml(code)] };
  }
}
