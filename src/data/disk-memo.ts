/**
 * A build-time memo that keeps its values on disk, one JSON file per key,
 * instead of in memory: for results computed once per report and read again
 * by other pages later in the build, which at 100,000 reports would not fit
 * in the heap together (a report's shared passages weigh some 45 KB of heap).
 * The folder is emptied when the memo is made, so a value is never read
 * from an earlier build.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface DiskMemo<T> {
  /** The value of `key`, computed by `compute` the first time and read back from its file after. */
  get: (key: string, compute: () => T) => T;
}

/**
 * An empty folder `<cacheDir>/<name>/` for this build's files (cacheDir:
 * Astro's cache folder, node_modules/.astro/, by default; the build runs
 * from the project root).
 */
export function buildFolder(name: string, cacheDir = resolve(process.cwd(), 'node_modules/.astro')): string {
  const dir = join(cacheDir, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A memo in buildFolder(name). */
export function diskMemo<T>(name: string, cacheDir?: string): DiskMemo<T> {
  const dir = buildFolder(name, cacheDir);
  const stored = new Set<string>();
  const fileOf = (key: string): string => join(dir, `${encodeURIComponent(key)}.json`);
  return {
    get(key, compute) {
      if (stored.has(key)) return JSON.parse(readFileSync(fileOf(key), 'utf8')) as T;
      const value = compute();
      writeFileSync(fileOf(key), JSON.stringify(value));
      stored.add(key);
      return value;
    },
  };
}
