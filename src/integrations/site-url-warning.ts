/**
 * Warns once per build when no site URL is configured: the site still
 * builds, but without canonical links, og:url, absolute URLs in the
 * citation downloads and feeds, or a sitemap (see src/lib/site-url.ts).
 */
import type { AstroIntegration } from 'astro';

export default function siteUrlWarning(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'site-url-warning',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:start': ({ logger }) => {
        if (site === undefined) {
          logger.warn(
            'SITE_URL is not set: the build leaves out canonical links, og:url, the sitemap and absolute URLs in citations and feeds. Set SITE_URL=https://your.host to include them.',
          );
        }
      },
    },
  };
}
