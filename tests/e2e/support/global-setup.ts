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
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { findChromium } from './browser.ts';
import { ARCHIVE_BASE, SITE_URL } from './constants.ts';
import type { BuiltSite } from './constants.ts';
// Type-only: brings in the ProvidedContext declaration without loading vitest's runtime here.
import type {} from './context.ts';
import { startStaticServer } from './server.ts';
import type { StaticServer } from './server.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

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

/**
 * The environment as it was before @sparticuz/chromium added its library and
 * font paths (LD_LIBRARY_PATH, FONTCONFIG_PATH) to this process: those are
 * for Chromium only and must not reach the build.
 */
const environmentAtStart = { ...process.env };

/** Variables Vitest sets for its own runtime that must not reach the Astro build. */
const VITEST_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV']);

/**
 * Runs `npm run build` with the given environment. npm puts node_modules/.bin
 * first on PATH, so Astro runs on the project's Node 24 whatever node started
 * the tests. On failure the whole build output is printed and thrown.
 */
function build(label: string, env: Record<string, string>): Promise<void> {
  const started = Date.now();
  // Vitest puts Vite's import.meta.env into process.env (BASE_URL=/, MODE=test,
  // NODE_ENV=test …). Inherited by the build, BASE_URL=/ overrode Astro's base
  // and the /archive/ build linked to the root: the build gets a clean env.
  const inherited = Object.fromEntries(
    Object.entries(environmentAtStart).filter(([key]) => !VITEST_ENV.has(key) && !key.startsWith('VITEST')),
  );
  return new Promise((resolveBuild, reject) => {
    const child = spawn('npm', ['run', 'build'], {
      cwd: repoRoot,
      env: { ...inherited, ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('error', (error) => reject(new Error(`e2e: could not start "npm run build" for the ${label} build: ${error.message}`)));
    child.on('close', (code) => {
      const text = Buffer.concat(output).toString('utf8');
      if (code === 0) {
        console.log(`e2e: ${label} build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        resolveBuild();
        return;
      }
      process.stderr.write(`\n===== npm run build (${label}) failed with exit code ${code} =====\n${text}\n=====\n`);
      reject(
        new Error(
          `e2e: the ${label} production build failed (exit code ${code}, env ${JSON.stringify(env)}); ` +
            `its output is printed above. Last lines:\n${text.split('\n').slice(-40).join('\n')}`,
        ),
      );
    });
  });
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
        throw new Error(`e2e: E2E_SKIP_BUILD=1 but ${site.dist}/index.html does not exist; run once without E2E_SKIP_BUILD.`);
      }
    }
    console.log('e2e: E2E_SKIP_BUILD=1, reusing', builds.map((b) => b.dist).join(' and '));
  } else {
    // One after the other: both builds share Astro's caches in .astro/ and node_modules/.astro/.
    for (const site of builds) {
      await build(site.name, { OUT_DIR: site.dist, BASE_PATH: site.base, SITE_URL });
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
