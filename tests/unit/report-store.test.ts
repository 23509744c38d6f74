/** The reports collection keeps bodies and HTML on disk, one file per report version (src/data/report-store.ts). */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataStore } from 'astro/loaders';
import { afterEach, describe, expect, it } from 'vitest';
import { offloadingStore, readReportContent, REPORT_CONTENT_DIR } from '../../src/data/report-store.ts';

type Entry = Parameters<DataStore['set']>[0];

/** A store with the semantics of Astro's scoped store: setting an entry with an unchanged digest changes nothing. */
function memoryStore(): DataStore {
  const entries = new Map<string, Entry>();
  return {
    // The entries are stored as given; a test reads them back with the type it stored.
    get: ((id: string) => entries.get(id)) as DataStore['get'],
    entries: () => [...entries],
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    set: (entry) => {
      if (entry.digest !== undefined && entries.get(entry.id)?.digest === entry.digest) return false;
      entries.set(entry.id, entry);
      return true;
    },
    delete: (id) => void entries.delete(id),
    clear: () => entries.clear(),
    has: (id) => entries.has(id),
    addModuleImport: () => undefined,
  };
}

const rendered = (html: string) => ({
  html,
  metadata: { headings: [{ depth: 2, slug: 's1', text: '一、总体情况' }] },
});

let cacheDir = '';
afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('offloadingStore', () => {
  it('stores the frontmatter data and writes body, HTML and headings to a file of their own', () => {
    cacheDir = mkdtempSync(join(tmpdir(), 'report-store-'));
    const inner = memoryStore();
    const store = offloadingStore(inner, cacheDir);
    const body = '## 一、总体情况\n\n正文。\n';
    store.set({
      id: 'a-2023',
      data: { year: 2023 },
      body,
      rendered: rendered('<h2 id="s1">一、总体情况</h2>'),
      digest: 'd1',
      filePath: 'a.md',
    });

    const kept = inner.get('a-2023');
    expect(kept).toEqual({ id: 'a-2023', data: { year: 2023 }, digest: 'd1', filePath: 'a.md' });
    expect(readReportContent({ id: 'a-2023', digest: 'd1' }, cacheDir)).toEqual({
      body,
      html: '<h2 id="s1">一、总体情况</h2>',
      headings: [{ depth: 2, slug: 's1', text: '一、总体情况' }],
    });
    expect(store.get('a-2023')).toEqual(kept);
  });

  it('reads an entry as absent when its file is gone, so the loader renders it again', () => {
    cacheDir = mkdtempSync(join(tmpdir(), 'report-store-'));
    const store = offloadingStore(memoryStore(), cacheDir);
    store.set({ id: 'a-2023', data: {}, body: 'x', rendered: rendered('<p>x</p>'), digest: 'd1' });
    rmSync(join(cacheDir, REPORT_CONTENT_DIR), { recursive: true });
    expect(store.get('a-2023')).toBeUndefined();
    expect(store.has('a-2023')).toBe(false);
    expect(() => readReportContent({ id: 'a-2023', digest: 'd1', filePath: 'a.md' }, cacheDir)).toThrow(
      /Report "a-2023" \(a\.md\): its rendered content .* is missing/,
    );
  });

  it('keeps one file per report: a new version replaces the old file, deleting the entry deletes it', () => {
    cacheDir = mkdtempSync(join(tmpdir(), 'report-store-'));
    const store = offloadingStore(memoryStore(), cacheDir);
    const files = () => readdirSync(join(cacheDir, REPORT_CONTENT_DIR)).sort();
    store.set({ id: 'a-2023', data: {}, body: 'x', rendered: rendered('<p>x</p>'), digest: 'd1' });
    store.set({ id: 'a-2023', data: {}, body: 'y', rendered: rendered('<p>y</p>'), digest: 'd2' });
    expect(files()).toEqual(['a-2023.d2.json']);
    expect(readReportContent({ id: 'a-2023', digest: 'd2' }, cacheDir).body).toBe('y');
    store.delete('a-2023');
    expect(files()).toEqual([]);
  });

  it('refuses an entry that was not rendered rather than keep a report without its text', () => {
    cacheDir = mkdtempSync(join(tmpdir(), 'report-store-'));
    const store = offloadingStore(memoryStore(), cacheDir);
    expect(() => store.set({ id: 'a-2023', data: {}, body: 'x', digest: 'd1', filePath: 'a.md' })).toThrow(
      'report "a-2023" (a.md) was not rendered',
    );
  });
});
