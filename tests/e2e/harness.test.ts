/**
 * The harness itself: the static server behaves like a static host, and the
 * page recorder really catches console output, errors and failed requests —
 * otherwise every "empty console" assertion in the suite would pass vacuously.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, logProblems, newContext, openPage } from '../../scripts/lib/browser/browser.ts';
import { certainPart, chineseNumber, expectedSectionIds, parseReport } from './support/content.ts';
import { outlineProblems } from './support/dom.ts';
import { startStaticServer } from '../../scripts/lib/browser/server.ts';
import type { StaticServer } from '../../scripts/lib/browser/server.ts';

let folder: string;
let server: StaticServer;
let browser: Browser;

/**
 * Every toy page declares an icon, as the site's pages do: without one,
 * Chromium may or may not ask for /favicon.ico (it varies between builds
 * and with load), and that 404 would be counted as a problem of the page.
 */
const ICON = '<link rel="icon" href="data:,">';

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'e2e-harness-'));
  await mkdir(join(folder, 'reports', 'a'), { recursive: true });
  await writeFile(
    join(folder, 'index.html'),
    `<!doctype html><html lang="zh-CN"><title>首页</title>${ICON}<p>首页</p></html>`,
  );
  await writeFile(join(folder, 'reports', 'a', 'index.html'), `<!doctype html><title>a</title>${ICON}<p>报告</p>`);
  await writeFile(join(folder, '404.html'), `<!doctype html><title>404</title>${ICON}<p>页面不存在</p>`);
  await writeFile(
    join(folder, 'noisy.html'),
    `<!doctype html><title>noisy</title>${ICON}<script>console.log("hello")</script>`,
  );
  await writeFile(
    join(folder, 'broken.html'),
    `<!doctype html><title>broken</title>${ICON}<img src="missing.png" alt="">`,
  );
  await writeFile(join(folder, 'throws.html'), `<!doctype html><title>throws</title>${ICON}<script>null.x</script>`);
  await writeFile(join(folder, 'a.wasm'), Buffer.from([0, 97, 115, 109]));
  await writeFile(join(folder, 'a.md'), '# 标题\n'.repeat(50));
  await writeFile(join(folder, 'x.pf_fragment'), Buffer.from([1, 2, 3]));
  server = await startStaticServer({ root: folder, base: '/archive/' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('static server', () => {
  test('serves directory index pages under the base path', async () => {
    const response = await fetch(server.urlFor('reports/a/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('报告');
  });

  test('redirects a directory without its trailing slash', async () => {
    const response = await fetch(server.urlFor('reports/a'), { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/archive/reports/a/');
  });

  test('answers paths outside the base and unknown paths with 404.html', async () => {
    for (const url of [`${server.origin}/reports/a/`, server.urlFor('nope/'), server.urlFor('../index.html')]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(404);
      expect(await response.text(), url).toContain('页面不存在');
    }
  });

  test('sends the content types the site needs', async () => {
    const types = {
      'a.wasm': 'application/wasm',
      'a.md': 'text/plain; charset=utf-8',
      'x.pf_fragment': 'application/octet-stream',
    };
    for (const [path, type] of Object.entries(types)) {
      const response = await fetch(server.urlFor(path));
      expect(response.headers.get('content-type'), path).toBe(type);
    }
  });

  test('gzips text only when the request accepts it', async () => {
    const raw = await fetch(server.urlFor('a.md'), { headers: { 'accept-encoding': 'identity' } });
    expect(raw.headers.get('content-encoding')).toBeNull();
    const plain = Buffer.from(await raw.arrayBuffer());
    // Node's fetch would decode gzip itself; use the raw bytes through node:http semantics instead.
    const { request } = await import('node:http');
    const compressed = await new Promise<Buffer>((resolve, reject) => {
      request(server.urlFor('a.md'), { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        expect(response.headers['content-encoding']).toBe('gzip');
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks)));
      })
        .on('error', reject)
        .end();
    });
    expect(compressed.length).toBeLessThan(plain.length);
    expect(gunzipSync(compressed).equals(plain)).toBe(true);
  });
});

describe('page recorder', () => {
  test('a quiet page has no problems', async () => {
    const context = await newContext(browser);
    const { log } = await openPage(context, server.urlFor('/'));
    expect(logProblems(log)).toBe('');
    await context.close();
  });

  test('catches console output, page errors and failed requests', async () => {
    const context = await newContext(browser);
    const noisy = await openPage(context, server.urlFor('noisy.html'));
    expect(logProblems(noisy.log)).toContain('log: hello');
    const throws = await openPage(context, server.urlFor('throws.html'));
    expect(logProblems(throws.log)).toContain('page errors');
    const broken = await openPage(context, server.urlFor('broken.html'));
    expect(logProblems(broken.log)).toContain(`GET ${server.urlFor('missing.png')}: HTTP 404`);
    await context.close();
  });

  test('allows only the expected 404 of the page under test', async () => {
    const context = await newContext(browser);
    const url = server.urlFor('nope/');
    const { log, status } = await openPage(context, url);
    expect(status).toBe(404);
    expect(logProblems(log)).not.toBe('');
    expect(logProblems(log, { expected404: url })).toBe('');
    await context.close();
  });
});

describe('content oracles', () => {
  test('read Chinese numbers', () => {
    expect(['一', '九', '十', '十二', '二十', '二十三', '百', ''].map(chineseNumber)).toEqual([
      1,
      9,
      10,
      12,
      20,
      23,
      undefined,
      undefined,
    ]);
  });

  test('derive section ids from standard numbering only', () => {
    const report = parseReport(
      'x.md',
      [
        '---',
        'title: t',
        'slug: x-2023',
        'place: 某乡',
        'province: 某省',
        'divisionCode: "530427200"',
        'year: 2023',
        '---',
        '## 一、工作',
        '### （一）学法',
        '#### 1.学习',
        '### （二）用法',
        '## 二、问题',
        '#### 3.直接在一级之下',
        '## 其他',
        '### （一）不编号的上级之下',
      ].join('\n'),
    );
    expect(expectedSectionIds(report).map((s) => s.id)).toEqual(['s1', 's1-1', 's1-1-1', 's1-2', 's2']);
  });

  test('judge only unmistakable part headings', () => {
    expect(certainPart('二、存在的不足和问题')).toBe('problems');
    expect(certainPart('三、党政主要负责人履行推进法治建设第一责任人职责情况')).toBe('duty');
    expect(certainPart('四、下一年度推进法治政府建设的主要安排')).toBe('plans');
    expect(certainPart('五、其他需要报告的情况')).toBe('other');
    expect(certainPart('一、主要举措和成效')).toBeUndefined();
  });

  test('outline check catches several h1, skipped levels and a late h1', () => {
    expect(
      outlineProblems([
        { level: 1, text: 'a' },
        { level: 2, text: 'b' },
        { level: 3, text: 'c' },
        { level: 2, text: 'd' },
      ]),
    ).toBe('');
    expect(
      outlineProblems([
        { level: 1, text: 'a' },
        { level: 3, text: 'b' },
      ]),
    ).toContain('skips a level');
    expect(
      outlineProblems([
        { level: 2, text: 'a' },
        { level: 1, text: 'b' },
      ]),
    ).toContain('not h1');
    expect(
      outlineProblems([
        { level: 1, text: 'a' },
        { level: 1, text: 'b' },
      ]),
    ).toContain('2 h1');
  });
});
