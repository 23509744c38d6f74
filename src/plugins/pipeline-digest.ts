/**
 * A digest of the Markdown pipeline's own code. Astro keeps rendered
 * Markdown between builds and renders it again only when the content or the
 * config changes, and it compares the config as JSON, where plugin functions
 * do not appear: a change to a plugin would otherwise leave stale HTML. Passed
 * as a plugin option, the digest makes every such change a config change.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folders holding the plugins and the helpers they use, relative to the project root. */
const PIPELINE_FOLDERS = ['src/plugins', 'src/lib'];

export function pipelineDigest(root = process.cwd()): string {
  const hash = createHash('sha256');
  for (const folder of PIPELINE_FOLDERS) {
    for (const name of readdirSync(join(root, folder))
      .filter((file) => file.endsWith('.ts'))
      .sort()) {
      hash.update(name).update(readFileSync(join(root, folder, name)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}
