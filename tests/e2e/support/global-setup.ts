/**
 * Global setup of the e2e project: builds the production site twice (at the
 * root and under /archive/), serves both on 127.0.0.1, finds Chromium, and
 * provides all of it to the test files through `inject`.
 *
 * E2E_SKIP_BUILD=1 reuses the previous builds (fast iteration on tests).
 * E2E_ARCHIVE_DIR overrides where the /archive/ build goes; by default it is
 * a folder in the system temp directory, so it never shows up in git.
 * E2E_ROOT_DIR overrides dist/ for the root build, for when another process
 * (a dev build in the same checkout) may rewrite dist/ during the run.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../../scripts/lib/browser/browser.ts';
import { buildSite, repoRoot } from './build-site.ts';
import { ARCHIVE_BASE, SITE_URL } from './constants.ts';
import type { BuiltSite } from './constants.ts';
// Type-only: brings in the ProvidedContext declaration without loading vitest's runtime here.
import type {} from './context.ts';
import { startStaticServer } from '../../../scripts/lib/browser/server.ts';
import type { StaticServer } from '../../../scripts/lib/browser/server.ts';

/** The root build's folder: dist/ unless E2E_ROOT_DIR says otherwise. */
function rootDir(): string {
  const fromEnv = process.env['E2E_ROOT_DIR'];
  return fromEnv !== undefined && fromEnv !== '' ? resolve(fromEnv) : join(repoRoot, 'dist');
}

/** The /archive/ build's folder: per checkout, so two clones on one machine do not collide. */
function archiveDir(): string {
  const fromEnv = process.env['E2E_ARCHIVE_DIR'];
  if (fromEnv !== undefined && fromEnv !== '') return resolve(fromEnv);
  const id = createHash('sha256').update(repoRoot).digest('hex').slice(0, 8);
  return join(tmpdir(), `fazhi-reports-e2e-${id}`, 'dist-archive');
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const builds: Omit<BuiltSite, 'url'>[] = [
    { name: 'root', dist: rootDir(), base: '/' },
    { name: 'archive', dist: archiveDir(), base: ARCHIVE_BASE },
  ];

  // Before the builds, so a missing browser fails the run in seconds.
  const chromium = await findChromium();
  const chromiumLabel = `${chromium.path} (${chromium.source})`;
  console.log(`e2e: Chromium ${chromiumLabel}`);

  if (process.env['E2E_SKIP_BUILD'] === '1') {
    for (const site of builds) {
      if (!existsSync(join(site.dist, 'index.html'))) {
        throw new Error(
          `e2e: E2E_SKIP_BUILD=1 but ${site.dist}/index.html does not exist; run once without E2E_SKIP_BUILD.`,
        );
      }
    }
    console.log('e2e: E2E_SKIP_BUILD=1, reusing', builds.map((b) => b.dist).join(' and '));
  } else {
    // One after the other: both builds share Astro's caches in .astro/ and node_modules/.astro/.
    for (const site of builds) {
      await buildSite(site.name, { OUT_DIR: site.dist, BASE_PATH: site.base, SITE_URL });
    }
  }

  const servers: StaticServer[] = [];
  const sites: BuiltSite[] = [];
  for (const site of builds) {
    const server = await startStaticServer({ root: site.dist, base: site.base });
    servers.push(server);
    sites.push({ ...site, url: server.url });
  }
  project.provide('sites', sites);
  project.provide('chromium', chromiumLabel);

  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
