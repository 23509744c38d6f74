/**
 * A report page's weight against its own text. The budget (issue 4) is the
 * gzip size of the report's text plus 10 KB, with no render-blocking
 * JavaScript: a page should cost little more than the words on it.
 *
 * Two views: every report page of the build, statically (the HTML and the
 * stylesheets and scripts it links, gzip-compressed as the test server and
 * most hosts send them), and one typical page in Chromium (what actually
 * crosses the wire, and what Chromium itself treats as render-blocking).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { isRenderBlocking, recordNetwork, sumTransferred } from './network-recorder.ts';
import { median } from './measure-search.ts';

export const PAGE_BUDGET_OVER_TEXT = 10 * 1024;

const gzipBytes = (data: Buffer | string): number => gzipSync(data, { level: 9 }).length;

/** The gzip size of each report's text (its Markdown body, without the frontmatter), by slug. */
export function textGzipBySlug(reportsDir: string): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const name of readdirSync(reportsDir).filter((n) => n.endsWith('.md'))) {
    const body = readFileSync(join(reportsDir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');
    sizes.set(name.replace(/\.md$/u, ''), gzipBytes(body));
  }
  return sizes;
}

export interface StaticPageWeights {
  pages: number;
  /** Medians over all report pages, gzip bytes. */
  html: number;
  css: number;
  js: number;
  text: number;
  /** Page (HTML + CSS + JS) minus its text, median and worst. */
  overTextMedian: number;
  overTextMax: number;
  worstSlug: string;
  /** Pages above text + 10 KB. */
  overBudget: number;
  /** Pages with a classic script in <head> (neither async, defer nor a module): render-blocking JavaScript. */
  blockingScriptPages: number;
}

const attribute = (tag: string, name: string): string | undefined =>
  tag
    .match(new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'iu'))
    ?.slice(1)
    .find((v) => v !== undefined);

/** Every report page of a build, weighed from the files. */
export function weighReportPages(siteDir: string, texts: Map<string, number>): StaticPageWeights {
  const assetCache = new Map<string, number>();
  const asset = (href: string): number => {
    const path = join(siteDir, decodeURI(href.split(/[?#]/u)[0]!));
    let size = assetCache.get(path);
    if (size === undefined) {
      try {
        size = gzipBytes(readFileSync(path));
      } catch {
        size = 0;
      }
      assetCache.set(path, size);
    }
    return size;
  };
  // The modules a script imports statically are loaded with it: each counted once per page.
  const importsCache = new Map<string, string[]>();
  const staticImports = (href: string): string[] => {
    let imports = importsCache.get(href);
    if (imports === undefined) {
      let code = '';
      try {
        code = readFileSync(join(siteDir, decodeURI(href.split(/[?#]/u)[0]!)), 'utf8');
      } catch {
        // Missing: weighs 0, imports nothing.
      }
      const base = new URL(href, 'http://site/');
      imports = [...code.matchAll(/\b(?:from|import)\s*["']([^"']+\.js)["']/gu)].map(
        (m) => new URL(m[1]!, base).pathname,
      );
      importsCache.set(href, imports);
    }
    return imports;
  };
  const scriptWithImports = (href: string, counted: Set<string>): number => {
    const path = new URL(href, 'http://site/').pathname;
    if (counted.has(path)) return 0;
    counted.add(path);
    return asset(path) + staticImports(path).reduce((sum, dep) => sum + scriptWithImports(dep, counted), 0);
  };
  const rows: { slug: string; html: number; css: number; js: number; text: number; blocking: boolean }[] = [];
  for (const [slug, text] of texts) {
    let html: string;
    try {
      html = readFileSync(join(siteDir, 'reports', slug, 'index.html'), 'utf8');
    } catch {
      continue;
    }
    const tags = html.match(/<(?:link|script)\b[^>]*>/giu) ?? [];
    let css = 0;
    let js = 0;
    let blocking = false;
    const counted = new Set<string>();
    const head = html.slice(0, html.search(/<body\b/iu) >>> 0);
    for (const tag of tags) {
      const rel = attribute(tag, 'rel') ?? '';
      const href = tag.startsWith('<link') ? attribute(tag, 'href') : attribute(tag, 'src');
      if (href === undefined || /^[a-z]+:/iu.test(href)) continue;
      if (tag.startsWith('<link') && /\bstylesheet\b/iu.test(rel)) css += asset(href);
      else if (tag.startsWith('<link') && /\bmodulepreload\b/iu.test(rel)) js += scriptWithImports(href, counted);
      else if (tag.startsWith('<script')) {
        js += scriptWithImports(href, counted);
        const deferred = /\s(?:async|defer)\b/iu.test(tag) || attribute(tag, 'type') === 'module';
        if (!deferred && head.includes(tag)) blocking = true;
      }
    }
    rows.push({ slug, html: gzipBytes(html), css, js, text, blocking });
  }
  const over = rows.map((r) => ({ slug: r.slug, over: r.html + r.css + r.js - r.text }));
  const worst = over.reduce((a, b) => (b.over > a.over ? b : a), { slug: '', over: -Infinity });
  return {
    pages: rows.length,
    html: median(rows.map((r) => r.html)),
    css: median(rows.map((r) => r.css)),
    js: median(rows.map((r) => r.js)),
    text: median(rows.map((r) => r.text)),
    overTextMedian: median(over.map((o) => o.over)),
    overTextMax: worst.over,
    worstSlug: worst.slug,
    overBudget: over.filter((o) => o.over > PAGE_BUDGET_OVER_TEXT).length,
    blockingScriptPages: rows.filter((r) => r.blocking).length,
  };
}

/** The division pages (/divisions/…: the country, provinces, prefectures, county coverage grids). */
export interface CoveragePageWeights {
  pages: number;
  /** HTML, gzip bytes: median and the largest page. */
  htmlMedian: number;
  htmlMax: number;
  /** HTML, raw bytes, of the largest page. */
  rawMax: number;
  largest: string;
}

/** Every division page of a build, weighed from the files (HTML only: CSS and JS are the site's shared ones). */
export function weighCoveragePages(siteDir: string): CoveragePageWeights | undefined {
  const dir = join(siteDir, 'divisions');
  let names: string[];
  try {
    names = ['', ...readdirSync(dir)];
  } catch {
    return undefined;
  }
  const rows: { path: string; gzip: number; raw: number }[] = [];
  for (const name of names) {
    let html: Buffer;
    try {
      html = readFileSync(join(dir, name, 'index.html'));
    } catch {
      continue;
    }
    rows.push({ path: `divisions/${name}${name ? '/' : ''}`, gzip: gzipBytes(html), raw: html.length });
  }
  if (rows.length === 0) return undefined;
  const largest = rows.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  return {
    pages: rows.length,
    htmlMedian: median(rows.map((r) => r.gzip)),
    htmlMax: largest.gzip,
    rawMax: largest.raw,
    largest: largest.path,
  };
}

/**
 * The archive-wide pages (docs/browse.md): the home page, every page under
 * /years/, /provinces/, /compare/, /changes/provinces/ and
 * /places/province/, and the index
 * pages of /reports/, /sources/, /places/, /changes/, /passages/, /figures/
 * and /divisions/. Each should stay ≤ BROWSE_PAGE_BUDGET gzip at any size.
 */
export interface BrowsePageWeights {
  pages: number;
  /** HTML of the largest page, gzip and raw bytes, and its path. */
  htmlMax: number;
  rawMax: number;
  largest: string;
}

export const BROWSE_PAGE_BUDGET = 100 * 1024;

/** Every index.html under `dir` (relative to `siteDir`), this folder's own included. */
function indexPagesUnder(siteDir: string, dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(siteDir, dir), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) =>
    entry.isDirectory()
      ? indexPagesUnder(siteDir, join(dir, entry.name))
      : entry.name === 'index.html'
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Every archive-wide page of a build, weighed from the files (HTML only). */
export function weighBrowsePages(siteDir: string): BrowsePageWeights | undefined {
  const files = [
    'index.html',
    ...['years', 'provinces', 'compare', join('changes', 'provinces'), join('places', 'province')].flatMap((dir) =>
      indexPagesUnder(siteDir, dir),
    ),
    ...['reports', 'sources', 'places', 'changes', 'passages', 'figures', 'divisions'].map((dir) =>
      join(dir, 'index.html'),
    ),
  ];
  let largest: { path: string; gzip: number; raw: number } | undefined;
  let pages = 0;
  for (const file of files) {
    let html: Buffer;
    try {
      html = readFileSync(join(siteDir, file));
    } catch {
      continue;
    }
    pages += 1;
    const gzip = gzipBytes(html);
    if (largest === undefined || gzip > largest.gzip) largest = { path: file, gzip, raw: html.length };
  }
  return largest === undefined
    ? undefined
    : { pages, htmlMax: largest.gzip, rawMax: largest.raw, largest: largest.path };
}

export interface BrowserPageWeight {
  url: string;
  textGzip: number;
  /** Transferred bytes by kind (headers included). */
  html: number;
  css: number;
  js: number;
  other: number;
  total: number;
  /** Bytes of requests Chromium marked render-blocking, and how many of them are scripts. */
  renderBlockingBytes: number;
  renderBlockingScripts: number;
  requests: { url: string; type: string; renderBlocking: string; transferred: number }[];
}

/** One report page, first visit, as Chromium loads it. */
export async function weighPageInBrowser(browser: Browser, url: string, textGzip: number): Promise<BrowserPageWeight> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const recorder = await recordNetwork(context, page);
    await page.goto(url, { waitUntil: 'load' });
    await recorder.quiet();
    const of = (type: string): number => sumTransferred(recorder.requests.filter((r) => r.type === type));
    const blocking = recorder.requests.filter(isRenderBlocking);
    const total = sumTransferred(recorder.requests);
    const [html, css, js] = [of('Document'), of('Stylesheet'), of('Script')];
    return {
      url,
      textGzip,
      html,
      css,
      js,
      other: total - html - css - js,
      total,
      renderBlockingBytes: sumTransferred(blocking),
      renderBlockingScripts: blocking.filter((r) => r.type === 'Script').length,
      requests: recorder.requests.map(({ url: u, type, renderBlocking, transferred }) => ({
        url: new URL(u).pathname,
        type,
        renderBlocking,
        transferred,
      })),
    };
  } finally {
    await context.close();
  }
}
