/**
 * robots.txt: everything may be crawled; the sitemap is named when the site
 * URL is known (without one there is no sitemap). Crawlers read robots.txt
 * at the host's root only: under a base path, copy it there.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site-url.ts';

export const GET: APIRoute = () => {
  const sitemap = absoluteUrl('sitemap-index.xml');
  const lines = ['User-agent: *', 'Allow: /', ...(sitemap ? ['', `Sitemap: ${sitemap}`] : [])];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
