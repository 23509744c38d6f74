/**
 * Values shared by the global setup (main process) and the test files
 * (workers). Kept apart from context.ts, which imports `vitest` for `inject`
 * and so belongs to the workers only.
 */

/** The site URL both builds are made with, so absolute links to it can be checked as internal. */
export const SITE_URL = 'https://fazhi-reports.example.org';

/** The base path of the second build. */
export const ARCHIVE_BASE = '/archive/';

/** One build of the site, served by the static server of the global setup. */
export interface BuiltSite {
  /** Short name for failure messages: "root" or "archive". */
  name: string;
  /** Absolute path of the build output folder. */
  dist: string;
  /** The base path it was built for: "/" or "/archive/". */
  base: string;
  /** Where it is served, ending with the base, e.g. http://127.0.0.1:40123/archive/ */
  url: string;
}
