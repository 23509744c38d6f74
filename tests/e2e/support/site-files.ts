/**
 * Listing the files of a build, as paths relative to its folder with "/"
 * separators (the form URLs use).
 */
import { readdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dist`, sorted, e.g. ["404.html", "index.html", "reports/a/index.html"]. */
export async function listFiles(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, `${entry.parentPath}${sep}${entry.name}`).split(sep).join('/'))
    .sort();
}

/** Every file under `dir` with its bytes, by the path listFiles gives it. */
export async function readFiles(dir: string): Promise<Map<string, Buffer>> {
  return new Map((await listFiles(dir)).map((file) => [file, readFileSync(join(dir, file))]));
}

/** The HTML files of a build. */
export async function listHtmlFiles(dist: string): Promise<string[]> {
  return (await listFiles(dist)).filter((file) => file.endsWith('.html'));
}

/**
 * The URL path a built file is served at: "reports/a/index.html" under base
 * "/archive/" is "/archive/reports/a/"; "404.html" stays "/archive/404.html".
 */
export function urlPathOf(file: string, base: string): string {
  if (file === 'index.html') return base;
  if (file.endsWith('/index.html')) return base + file.slice(0, -'index.html'.length);
  return base + file;
}
