/**
 * The normalizer's gazetteer: src/data/divisions.txt read and indexed on
 * first use, once per process or worker thread (about 40 ms), then shared.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIVISIONS_FILE } from '../../../src/lib/divisions/divisions-file.ts';
import { Gazetteer } from '../../../src/lib/divisions/gazetteer.ts';

export { Gazetteer, type NameMatch } from '../../../src/lib/divisions/gazetteer.ts';

let loaded: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  loaded ??= new Gazetteer(readFileSync(join(import.meta.dirname, '../../..', DIVISIONS_FILE), 'utf8'));
  return loaded;
}
