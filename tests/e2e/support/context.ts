/**
 * What the global setup hands to every end-to-end test file: where the two
 * production builds are and where they are served.
 */
import { inject } from 'vitest';
import type { BuiltSite } from './constants.ts';

export { ARCHIVE_BASE, SITE_URL } from './constants.ts';
export type { BuiltSite } from './constants.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    sites: BuiltSite[];
    /** Which Chromium the run uses, e.g. "/tmp/chromium (@sparticuz/chromium)". */
    chromium: string;
  }
}

/** Both builds: the root-base one first, then the one under {@link ARCHIVE_BASE}. */
export function builtSites(): BuiltSite[] {
  return inject('sites');
}

/** The build served at the root path, the one most tests use. */
export function rootSite(): BuiltSite {
  const site = builtSites().find((s) => s.name === 'root');
  if (site === undefined) throw new Error('global setup provided no root build');
  return site;
}

/** The build served under /archive/. */
export function archiveSite(): BuiltSite {
  const site = builtSites().find((s) => s.name === 'archive');
  if (site === undefined) throw new Error('global setup provided no /archive/ build');
  return site;
}

/** Full URL of a site path such as "reports/x/" (leading slash optional). */
export function urlOf(site: BuiltSite, path: string): string {
  return site.url + path.replace(/^\/+/, '');
}
