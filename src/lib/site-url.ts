/**
 * Absolute addresses of the site, only when a site URL is configured
 * (`SITE_URL` when building). Without one, pages leave out canonical links,
 * og:url, the sitemap and every other absolute URL rather than inventing a
 * host; the build warns once (src/integrations/site-url-warning.ts).
 */
import { absoluteAddress } from './routes.ts';
import { BASE } from './urls.ts';

/** The configured site URL (Astro's `site`), or undefined. */
export const SITE: string | undefined = import.meta.env.SITE;

/** The absolute URL of a route path ("reports/x/"), or undefined without a site URL. */
export function absoluteUrl(path: string, fragment?: string): string | undefined {
  return SITE === undefined ? undefined : absoluteAddress(SITE, BASE, path, fragment);
}
