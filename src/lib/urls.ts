/**
 * Base-aware links for pages and components: every internal href goes
 * through `href()`, so the site works under a sub-path such as /archive/.
 */
import { joinBase } from './routes.ts';

/** The site's base path, always ending in "/". */
export const BASE = joinBase(import.meta.env.BASE_URL, '');

/**
 * An absolute-path link to a route, e.g. `href(routes.year(2023))` →
 * "/archive/years/2023/", with an optional fragment.
 */
export function href(path: string, fragment?: string): string {
  const url = joinBase(BASE, path);
  return fragment === undefined ? url : `${url}#${fragment}`;
}
