import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema } from './schemas/report.ts';

/**
 * The normalized reports. Each file's `slug` frontmatter becomes its entry id,
 * so the URL is ASCII and stable even though places are named in Chinese.
 */
const reports = defineCollection({
  loader: glob({
    pattern: '*.md',
    // REPORTS_DIR lets the benchmark build the site from a synthetic corpus.
    base: process.env['REPORTS_DIR'] ?? './content/reports',
    generateId: ({ data }) => String(data['slug']),
  }),
  schema: reportSchema,
});

export const collections = { reports };
