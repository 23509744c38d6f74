// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';

/**
 * The site can live under a sub-path (e.g. https://example.org/archive/):
 * set BASE_PATH=/archive/ when building. Every internal link goes through
 * `import.meta.env.BASE_URL`, so nothing else needs to change.
 */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://fazhi-reports.example.org',
  base,
  // OUT_DIR lets the tests build the site twice (root and sub-path) side by side.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({ remarkPlugins: [], rehypePlugins: [] }),
  },
});
