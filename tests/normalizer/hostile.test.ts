/**
 * The hostile corpus (tests/fixtures/hostile/<case>/): each case, run through
 * the normalize command as a user would, ends in exactly one of
 * - the correct normalized report(s): `expected/<slug>.md`, or
 * - a clear error: `expected.stderr` (what the command prints), with exit 1
 *   and the output folder left exactly as it was.
 * `UPDATE=1` rewrites the expectations. The site side of the corpus (text
 * rendered as text, never as markup) is tested in tests/e2e/hostile-site.test.ts.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FIVE_MEGABYTE_TITLE,
  repoRoot as root,
  runNormalize,
  snapshot,
  writeFiveMegabyteSource,
} from './support/normalize-command.ts';

const corpus = 'tests/fixtures/hostile';
const update = process.env['UPDATE'] === '1';

const normalize = (inDir: string, outDir: string) => runNormalize('--in', inDir, '--out', outDir, '--quiet');

describe('hostile input', () => {
  const cases = readdirSync(join(root, corpus))
    .filter((name) => name !== 'five-megabyte-single-line')
    .sort();

  it.each(cases)('%s', (name) => {
    const caseDir = join(root, corpus, name);
    const work = mkdtempSync(join(tmpdir(), 'hostile-'));
    const outDir = join(work, 'reports');
    // The output folder starts as a copy of the archive, to prove an error leaves it untouched.
    cpSync(join(root, 'content/reports'), outDir, { recursive: true });
    const before = snapshot(outDir);
    const run = normalize(`${corpus}/${name}`, outDir);
    const expectedError = join(caseDir, 'expected.stderr');
    const expectedDir = join(caseDir, 'expected');

    if (run.status === 0) {
      const written = snapshot(outDir);
      if (update) {
        rmSync(expectedError, { force: true });
        rmSync(expectedDir, { recursive: true, force: true });
        mkdirSync(expectedDir);
        for (const [file, text] of Object.entries(written)) writeFileSync(join(expectedDir, file), text);
      }
      expect(existsSync(expectedError), `${name} was expected to fail`).toBe(false);
      expect(written).toEqual(snapshot(expectedDir));
    } else {
      if (update) {
        rmSync(expectedDir, { recursive: true, force: true });
        writeFileSync(expectedError, run.stderr);
      }
      expect(run.status).toBe(1);
      expect(run.stderr).not.toMatch(/\n\s+at /u);
      expect(run.stderr).toBe(readFileSync(expectedError, 'utf8'));
      expect(snapshot(outDir)).toEqual(before);
      expect(readdirSync(work)).toEqual(['reports']);
    }
  });

  it('five-megabyte-single-line: normalizes a 5 MB report written on one line, losing nothing', () => {
    const work = mkdtempSync(join(tmpdir(), 'hostile-5mb-'));
    mkdirSync(join(work, 'in'));
    const text = writeFiveMegabyteSource(join(work, 'in'), 'big');
    const run = normalize(join(work, 'in'), join(work, 'out'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [file] = readdirSync(join(work, 'out'));
    const output = readFileSync(join(work, 'out', file!), 'utf8');
    const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
    expect(Buffer.byteLength(text)).toBeGreaterThanOrEqual(5e6);
    // Every character of the body is there (the title is in the frontmatter once).
    expect(han(output.split('\n---\n')[1]!)).toBe(han(text) - han(FIVE_MEGABYTE_TITLE));
    // The collapsed line was split back into its sentences.
    expect(output.split('\n\n').length).toBeGreaterThan(1000);
  }, 120_000);
});
