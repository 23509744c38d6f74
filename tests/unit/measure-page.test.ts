/**
 * The bench's report-page weight: the scripts a page links count with the
 * modules they import statically (each file once per page), not the ones
 * they may load later with import(). Expected sizes are gzip sizes of the
 * files written here, computed with node:zlib independently of the code.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { weighReportPages } from '../../scripts/lib/bench/measure-page.ts';

const site = mkdtempSync(join(tmpdir(), 'measure-page-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const files: Record<string, string> = {
  '_astro/entry.js': 'import{a}from"./shared.js";import"./side.js";a();const later=()=>import("./lazy.js");',
  '_astro/other.js': 'import{a}from"./shared.js";a("other");',
  '_astro/shared.js': 'export const a=(x)=>console.log(x??"shared module");',
  '_astro/side.js': 'document.title+="side effect";',
  '_astro/lazy.js': 'export default "loaded only when asked for, so not part of the page";',
  '_astro/page.css': 'body{margin:0;font-family:serif}',
};
for (const [path, text] of Object.entries(files)) {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), text);
}
const html =
  '<!DOCTYPE html><html><head><link rel="stylesheet" href="/_astro/page.css"></head><body><p>正文</p>' +
  '<script type="module" src="/_astro/entry.js"></script><script type="module" src="/_astro/other.js"></script></body></html>';
mkdirSync(join(site, 'reports', 'x'), { recursive: true });
writeFileSync(join(site, 'reports', 'x', 'index.html'), html);

const gzip = (text: string): number => gzipSync(text, { level: 9 }).length;

describe('weighReportPages', () => {
  it('counts linked scripts with their static imports, each file once, and no dynamic imports', () => {
    const weights = weighReportPages(site, new Map([['x', 100]]));
    const js = ['entry', 'other', 'shared', 'side'].reduce((sum, name) => sum + gzip(files[`_astro/${name}.js`]!), 0);
    expect(weights.pages).toBe(1);
    expect(weights.js).toBe(js);
    expect(weights.css).toBe(gzip(files['_astro/page.css']!));
    expect(weights.overTextMedian).toBe(gzip(html) + weights.css + js - 100);
  });
});
