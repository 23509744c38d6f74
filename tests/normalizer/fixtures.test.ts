/**
 * One loop over tests/normalizer/fixtures/<case>/: `input.txt` (and an
 * optional `input.yaml`) is normalized and compared with `expected.md`, or,
 * for a source that must be refused, with `expected-error.txt`.
 * `UPDATE=1 npm test` rewrites the expectations; review the diff before committing.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeReport } from '../../scripts/lib/normalize/normalize-report.ts';
import { formatProblem } from '../../scripts/lib/normalize/problems.ts';
import { parseSourceMeta } from '../../scripts/lib/normalize/source-meta.ts';

const fixtures = new URL('./fixtures/', import.meta.url).pathname;
const update = process.env['UPDATE'] === '1';

function run(dir: string): string {
  const path = `${dir}/input.txt`;
  const metaFile = join(fixtures, dir, 'input.yaml');
  let meta = {};
  let metaLines = {};
  if (existsSync(metaFile)) {
    const parsed = parseSourceMeta(readFileSync(metaFile, 'utf8'), `${dir}/input.yaml`);
    if (!parsed.meta) return parsed.problems.map(formatProblem).join('\n') + '\n';
    meta = parsed.meta;
    metaLines = parsed.lines ?? {};
  }
  const bytes = new Uint8Array(readFileSync(join(fixtures, path)));
  const result = normalizeReport({ bytes, path, meta, metaLines });
  return result.ok ? result.markdown : result.problems.map(formatProblem).join('\n') + '\n';
}

describe('normalizer fixtures', () => {
  const cases = readdirSync(fixtures).sort();
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(10));
  for (const dir of cases) {
    it(dir, () => {
      const actual = run(dir);
      const isError = !actual.startsWith('---\n');
      const expectedFile = join(fixtures, dir, isError ? 'expected-error.txt' : 'expected.md');
      const otherFile = join(fixtures, dir, isError ? 'expected.md' : 'expected-error.txt');
      if (update) {
        writeFileSync(expectedFile, actual);
        rmSync(otherFile, { force: true });
      }
      expect(
        existsSync(otherFile),
        `${dir}: produced ${isError ? 'an error' : 'a report'}, but ${otherFile} expects otherwise`,
      ).toBe(false);
      expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
    });
  }
});
