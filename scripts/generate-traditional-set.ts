/**
 * Writes src/lib/search/traditional-characters.generated.ts: the characters
 * that exist only in traditional script (the keys of opencc-js's
 * TSCharacters dictionary in the Basic Multilingual Plane, as
 * src/lib/text/simplify.ts counts them), encoded with code-point-set.ts. The
 * search page decides with this small set whether a query needs the
 * converter at all, without downloading the dictionaries.
 *
 * Run it after upgrading opencc-js: `node scripts/generate-traditional-set.ts`.
 * tests/unit/search-traditional.test.ts fails while the file is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { encodeCodePoints } from '../src/lib/search/code-point-set.ts';

/** Where the generated module lives. */
export const TRADITIONAL_SET_FILE = fileURLToPath(
  new URL('../src/lib/search/traditional-characters.generated.ts', import.meta.url),
);

/** The generated module's text for the installed opencc-js. */
export function traditionalSetModule(): string {
  const keys = TSCharacters.split('|')
    .map((pair) => pair.split(' ')[0] ?? '')
    .filter((key) => key.length === 1);
  const encoded = encodeCodePoints(keys.map((key) => key.charCodeAt(0)));
  const lines = (encoded.match(/.{1,100}/gu) ?? []).map((line) => `  '${line}'`).join(' +\n');
  return `/**
 * Generated from opencc-js's TSCharacters dictionary: its ${keys.length} keys in the
 * Basic Multilingual Plane, the characters that exist only in traditional
 * script as the normalizer counts them, encoded with code-point-set.ts.
 * Do not edit: scripts/generate-traditional-set.ts writes it, and
 * tests/unit/search-traditional.test.ts checks that it is current.
 */
export const TRADITIONAL_ONLY_CHARACTERS =
${lines};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(TRADITIONAL_SET_FILE, traditionalSetModule());
  console.log(`wrote ${TRADITIONAL_SET_FILE}`);
}
