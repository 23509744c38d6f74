import { fileURLToPath } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { offloadingStore } from './data/report-store.ts';
import { REPORTS_DIR } from './data/reports-dir.ts';
import { reportSchema } from './schemas/report.ts';

/**
 * The normalized reports. Each file's `slug` frontmatter becomes its entry id,
 * so the URL is ASCII and stable even though places are named in Chinese.
 * Astro's glob loader reads, validates and renders them; their bodies and
 * HTML are kept on disk rather than in the data store, so 100,000 reports fit
 * in memory (src/data/report-store.ts).
 */
const globReports = glob({
  pattern: '*.md',
  base: REPORTS_DIR,
  generateId: ({ data }) => String(data['slug']),
});

const reports = defineCollection({
  loader: {
    name: 'reports',
    load: (context) =>
      globReports.load({ ...context, store: offloadingStore(context.store, fileURLToPath(context.config.cacheDir)) }),
  },
  schema: reportSchema,
});

export const collections = { reports };
