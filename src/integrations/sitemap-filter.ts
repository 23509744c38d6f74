/**
 * Which pages the sitemap lists: every built page except those marked
 * `noindex` (the 404 page and the redirects left at old addresses), read
 * from the built HTML itself, so no list of exceptions can fall behind.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const NOINDEX = /<meta name="robots" content="noindex"/;

/** A filter for @astrojs/sitemap: `page` is an absolute URL under `site` + `base`; pages are in `outDir`. */
export function indexablePages(outDir: string, base: string): (page: string) => boolean {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return (page) => {
    const path = decodeURIComponent(new URL(page).pathname);
    const relative = path.startsWith(prefix) ? path.slice(prefix.length) : path.replace(/^\//, '');
    const file = join(outDir, relative, 'index.html');
    return !existsSync(file) || !NOINDEX.test(readFileSync(file, 'utf8'));
  };
}
