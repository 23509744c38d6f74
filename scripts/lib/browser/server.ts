/**
 * A small static file server for a built site, behaving like a plain static
 * host: the site is mounted under its base path, directories serve their
 * index.html, unknown paths get 404.html with status 404, and text responses
 * are gzip-encoded when the browser accepts it (so transfer sizes measured in
 * Chromium are the sizes a real host would send).
 *
 * Written on node:http so the tests need no server dependency, and so every
 * detail that matters to the tests (content types, base path, 404) is visible.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types by extension; anything else is served as bytes. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.yaml': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index chunks are already gzip-compressed by Pagefind itself.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Types worth compressing, as a static host or CDN would. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/svg\+xml)/;

export interface StaticServerOptions {
  /** The folder to serve (an Astro `dist`). */
  root: string;
  /** The base path the site was built for, with leading and trailing slash, e.g. "/archive/". */
  base?: string;
  /** Gzip compressible responses when the request accepts gzip (default true). */
  gzip?: boolean;
}

export interface StaticServer {
  /** e.g. http://127.0.0.1:40123 */
  origin: string;
  /** The site's home: origin + base, e.g. http://127.0.0.1:40123/archive/ */
  url: string;
  base: string;
  root: string;
  /** Turns a site path such as "reports/x/" or "/reports/x/" into a full URL under the base. */
  urlFor(path: string): string;
  close(): Promise<void>;
}

/** Normalizes a base path to "/", or "/x/" with both slashes. */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

type Resolved = { kind: 'file'; file: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Maps a request path to a file under root, the way static hosts do. */
async function resolvePath(root: string, base: string, pathname: string): Promise<Resolved> {
  if (!pathname.startsWith(base)) {
    // "/archive" without the slash is the one near miss hosts redirect.
    return `${pathname}/` === base ? { kind: 'redirect', location: base } : { kind: 'missing' };
  }
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return { kind: 'missing' };
  }
  const target = resolve(root, relative);
  // Refuse anything that climbs out of the served folder.
  if (target !== root && !target.startsWith(root + sep)) return { kind: 'missing' };
  if (relative === '' || relative.endsWith('/')) {
    const index = join(target, 'index.html');
    return (await isFile(index)) ? { kind: 'file', file: index } : { kind: 'missing' };
  }
  if (await isFile(target)) return { kind: 'file', file: target };
  if (await isDirectory(target)) return { kind: 'redirect', location: `${pathname}/` };
  return { kind: 'missing' };
}

function acceptsGzip(request: IncomingMessage): boolean {
  const header = request.headers['accept-encoding'];
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return /\bgzip\b/.test(value);
}

/** Starts a server on 127.0.0.1 at a free port. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const base = normalizeBase(options.base ?? '/');
  const gzip = options.gzip ?? true;
  // Compressed bodies are cached by file and modification time, since tests request the same assets often.
  const gzipCache = new Map<string, Buffer>();

  const send = async (
    request: IncomingMessage,
    response: ServerResponse,
    file: string,
    status: number,
  ): Promise<void> => {
    const info = await stat(file);
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    response.setHeader('Content-Type', type);
    response.setHeader('Cache-Control', 'no-cache');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    if (status === 200) {
      response.setHeader('ETag', etag);
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304).end();
        return;
      }
    }
    let body: Buffer = await readFile(file);
    if (gzip && COMPRESSIBLE.test(type)) {
      response.setHeader('Vary', 'Accept-Encoding');
      if (acceptsGzip(request)) {
        const key = `${file}:${etag}`;
        let compressed = gzipCache.get(key);
        if (compressed === undefined) {
          compressed = gzipSync(body, { level: 9 });
          gzipCache.set(key, compressed);
        }
        body = compressed;
        response.setHeader('Content-Encoding', 'gzip');
      }
    }
    response.setHeader('Content-Length', body.length);
    response.writeHead(status);
    response.end(request.method === 'HEAD' ? undefined : body);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const found = await resolvePath(root, base, pathname);
    if (found.kind === 'file') return send(request, response, found.file, 200);
    if (found.kind === 'redirect') {
      response.writeHead(301, { Location: found.location }).end();
      return;
    }
    const notFound = join(root, '404.html');
    if (await isFile(notFound)) return send(request, response, notFound, 404);
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('404 Not Found\n');
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`500 ${String(error)}\n`);
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server: no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: origin + base,
    base,
    root,
    urlFor: (path) => origin + base + path.replace(/^\/+/, ''),
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
