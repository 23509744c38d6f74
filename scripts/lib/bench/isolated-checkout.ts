/**
 * A private copy of the working tree for the benchmark's build. Astro writes
 * build state into the project itself (.astro/.prerender/, and its content
 * store in node_modules/.astro/); two builds of one checkout at once — the
 * benchmark and a test run, say — overwrite each other's files and fail
 * ("Cannot find module …/.astro/.prerender/chunks/…"). Building in a copy
 * keeps the benchmark from disturbing other work and being disturbed by it.
 *
 * The copy holds the files git would see (tracked and untracked, not
 * ignored), so it builds exactly what the checkout would; node_modules is
 * linked package by package, leaving out Astro's and Vite's caches.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Cache folders inside node_modules that a build writes to: the copy gets its own. */
const BUILD_CACHES = new Set(['.astro', '.vite', '.cache']);

function workingTreeFiles(root: string): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64e6,
  });
  return listed.split('\0').filter((path) => path !== '');
}

/** Copies the working tree of `root` into `into` and returns `into`. */
export function makeIsolatedCheckout(root: string, into: string): string {
  for (const path of workingTreeFiles(root)) {
    mkdirSync(dirname(join(into, path)), { recursive: true });
    try {
      cpSync(join(root, path), join(into, path));
    } catch (error) {
      // A file deleted but not yet staged is still listed by git: nothing to copy.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  mkdirSync(join(into, 'node_modules'), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!BUILD_CACHES.has(entry)) symlinkSync(join(root, 'node_modules', entry), join(into, 'node_modules', entry));
  }
  return into;
}
