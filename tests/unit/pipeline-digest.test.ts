/** The pipeline digest that makes Astro re-render cached Markdown when plugin code changes. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pipelineDigest } from '../../src/plugins/pipeline-digest.ts';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pipeline-digest-'));
  mkdirSync(join(root, 'src/plugins'), { recursive: true });
  mkdirSync(join(root, 'src/lib'), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return root;
}

describe('pipelineDigest', () => {
  const files = { 'src/plugins/remark-a.ts': 'export default 1;', 'src/lib/b.ts': 'export const b = 2;' };

  it('is the same for the same code', () => {
    expect(pipelineDigest(project(files))).toBe(pipelineDigest(project(files)));
  });

  it('changes when a plugin or a helper changes', () => {
    const before = pipelineDigest(project(files));
    expect(pipelineDigest(project({ ...files, 'src/plugins/remark-a.ts': 'export default 3;' }))).not.toBe(before);
    expect(pipelineDigest(project({ ...files, 'src/lib/b.ts': 'export const b = 4;' }))).not.toBe(before);
  });

  it('covers the project’s real pipeline folders', () => {
    expect(pipelineDigest()).toMatch(/^[0-9a-f]{16}$/);
  });
});
