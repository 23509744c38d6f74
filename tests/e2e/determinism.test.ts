/**
 * Builds are reproducible: two builds of the same content give dist/
 * folders that are byte for byte the same (pages, assets, search index,
 * headers file). Normalization's own determinism is tested with the
 * normalizer (tests/normalizer/seeds.test.ts).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildSite } from './support/build-site.ts';
import { readFiles } from './support/site-files.ts';
import { SITE_URL } from './support/constants.ts';

/** Every file below `dir` with the sha256 of its bytes. */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const files = await readFiles(dir);
  return Object.fromEntries(
    [...files].map(([file, bytes]) => [file, createHash('sha256').update(bytes).digest('hex')]),
  );
}

test('two builds of the same content are byte-identical', async () => {
  const work = mkdtempSync(join(tmpdir(), 'determinism-'));
  // Two fresh builds of their own, so the comparison never sees the suite's dist/ half-rewritten.
  await buildSite('determinism 1', { OUT_DIR: join(work, 'first'), BASE_PATH: '/', SITE_URL });
  await buildSite('determinism 2', { OUT_DIR: join(work, 'second'), BASE_PATH: '/', SITE_URL });
  const first = await fingerprint(join(work, 'first'));
  const second = await fingerprint(join(work, 'second'));
  expect(Object.keys(second)).toEqual(Object.keys(first));
  const differing = Object.keys(first).filter((file) => first[file] !== second[file]);
  expect(differing).toEqual([]);
  expect(Object.keys(first).length).toBeGreaterThan(20);
}, 600_000);
