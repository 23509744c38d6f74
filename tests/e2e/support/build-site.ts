/**
 * Runs the project's production build from a test process: the e2e global
 * setup builds the two sites with it, and tests that need a site of their own
 * (another corpus, a second build to compare) call it too.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

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
 * the tests. Resolves with the build's output; on failure the whole output is
 * printed and thrown.
 */
export function buildSite(label: string, env: Record<string, string>): Promise<string> {
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
    child.on('error', (error) =>
      reject(new Error(`e2e: could not start "npm run build" for the ${label} build: ${error.message}`)),
    );
    child.on('close', (code) => {
      const text = Buffer.concat(output).toString('utf8');
      if (code === 0) {
        console.log(`e2e: ${label} build done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
        resolveBuild(text);
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
