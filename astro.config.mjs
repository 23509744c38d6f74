// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import reportFiles from './src/integrations/report-files.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import siteUrlWarning from './src/integrations/site-url-warning.ts';
import { indexablePages } from './src/integrations/sitemap-filter.ts';
import { pipelineDigest } from './src/plugins/pipeline-digest.ts';
import { reportMarkdownOptions } from './src/plugins/report-pipeline.ts';

/**
 * The site can live under a sub-path (e.g. https://example.org/archive/):
 * set BASE_PATH=/archive/ when building. Every internal link goes through
 * `import.meta.env.BASE_URL`, so nothing else needs to change.
 */
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  // No invented host: without SITE_URL, absolute URLs are left out (src/lib/site-url.ts).
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  // OUT_DIR lets the tests build the site twice (root and sub-path) side by side.
  outDir,
  trailingSlash: 'always',
  // The sitemap needs absolute URLs: only with a site URL (robots.txt names it then).
  integrations: [
    reportFiles(),
    securityHeaders(),
    siteUrlWarning(),
    ...(process.env.SITE_URL ? [sitemap({ filter: indexablePages(outDir, base) })] : []),
  ],
  build: {
    format: 'directory',
    // A strict Content-Security-Policy without 'unsafe-inline' is planned:
    // small stylesheets must stay external files instead of <style> blocks.
    inlineStylesheets: 'never',
  },
  // Likewise for scripts: Astro inlines a module script smaller than Vite's
  // assetsInlineLimit (4 kB); 0 keeps every script an external file.
  vite: { build: { assetsInlineLimit: 0 } },
  markdown: {
    // Report ids, parts and section links: see src/plugins/report-pipeline.ts.
    processor: unified(reportMarkdownOptions(base, pipelineDigest())),
  },
});
