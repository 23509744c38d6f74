/**
 * Running the normalize command as a user does, for the command-line,
 * hostile-corpus and hostile-site tests.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = new URL('../../../', import.meta.url).pathname;

/** `scripts/normalize.ts …args` on the project's own Node 24 (whatever Node runs the tests), from the repository root. */
export function runNormalize(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(join(repoRoot, 'node_modules/.bin/node'), ['scripts/normalize.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file of a folder with its contents, to prove a folder unchanged. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );
}

const FIVE_MEGABYTES = join(repoRoot, 'tests/fixtures/hostile/five-megabyte-single-line');
/** The title the 5 MB report opens with, on the same line as its text. */
export const FIVE_MEGABYTE_TITLE = '头营镇2022年法治政府建设情况报告';

/**
 * Writes the hostile 5 MB single-line source as `<name>.txt` and its
 * metadata as `<name>.yaml` into `dir` (made at test time, not committed);
 * returns its text.
 */
export function writeFiveMegabyteSource(dir: string, name: string): string {
  const sentence = readFileSync(join(FIVE_MEGABYTES, 'sentence.txt'), 'utf8');
  const text = `${FIVE_MEGABYTE_TITLE} ${sentence.repeat(Math.ceil(5e6 / Buffer.byteLength(sentence)))}`;
  writeFileSync(join(dir, `${name}.txt`), text);
  cpSync(join(FIVE_MEGABYTES, 'meta.yaml'), join(dir, `${name}.yaml`));
  return text;
}

/** The sentence the 5 MB report repeats. */
export function fiveMegabyteSentence(): string {
  return readFileSync(join(FIVE_MEGABYTES, 'sentence.txt'), 'utf8').trim();
}
