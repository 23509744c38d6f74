/**
 * A synthetic archive for tests that need more than the five real reports:
 * the benchmark's generator makes raw sources from the real reports, and the
 * real normalizer (the command, as a user runs it) turns them into Markdown.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from '../../../scripts/lib/bench/generate-corpus.ts';
import { loadMaterial } from '../../../scripts/lib/bench/material.ts';
import { repoRoot } from './build-site.ts';

/** Generates `count` raw reports under `work`/sources and normalizes them into `work`/reports, which it returns. */
export async function makeSyntheticArchive(work: string, count: number): Promise<string> {
  const sources = join(work, 'sources');
  const reports = join(work, 'reports');
  await generateCorpus({ material: loadMaterial(join(repoRoot, 'content/reports')), dir: sources, count });
  mkdirSync(reports, { recursive: true });
  const run = spawnSync(
    join(repoRoot, 'node_modules/.bin/node'),
    ['scripts/normalize.ts', '--in', sources, '--out', reports, '--quiet'],
    { cwd: repoRoot, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`normalizing the synthetic archive failed:\n${run.stderr}`);
  return reports;
}
