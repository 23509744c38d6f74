/**
 * Step 10: prove nothing was lost. The Chinese characters of the output must
 * be exactly those of the source (after gloss removal and conversion,
 * without the removed chrome), in the same order — except where a numbering
 * repair replaced a section number (（1） → （一）, 二、 → 三、), which is
 * allowed only at those places and in that order.
 * Runs on every report the pipeline writes; a failure stops the run.
 */
import { NormalizeError } from './problems.ts';
import type { Renumbering } from './structure.ts';
import { hanCharacters, type SourceLine } from './text-lines.ts';

export function verifyNothingLost(file: string, kept: SourceLine[], outputParts: string[], renumbered: Renumbering[]): void {
  const expectedChars: string[] = [];
  const expectedLines: number[] = [];
  for (const { text, line } of kept) {
    for (const char of hanCharacters(text)) {
      expectedChars.push(char);
      expectedLines.push(line);
    }
  }
  const actual = outputParts.flatMap(hanCharacters);
  const repairs = renumbered
    .map((r) => ({ from: hanCharacters(r.from), to: hanCharacters(r.to) }))
    .filter((r) => r.from.join('') !== r.to.join(''));
  const startsWith = (chars: string[], at: number, prefix: string[]): boolean => prefix.every((c, k) => chars[at + k] === c);

  let i = 0;
  let j = 0;
  let repair = 0;
  while (i < expectedChars.length || j < actual.length) {
    if (i < expectedChars.length && expectedChars[i] === actual[j]) {
      i += 1;
      j += 1;
      continue;
    }
    const next = repairs[repair];
    if (next && startsWith(expectedChars, i, next.from) && startsWith(actual, j, next.to)) {
      i += next.from.length;
      j += next.to.length;
      repair += 1;
      continue;
    }
    const line = expectedLines[Math.min(i, expectedLines.length - 1)];
    const context = expectedChars.slice(Math.max(0, i - 6), i + 6).join('');
    throw new NormalizeError({
      file,
      ...(line === undefined ? {} : { line }),
      message:
        i < expectedChars.length
          ? `normalization lost or changed text: "${expectedChars[i]}" in "…${context}…" is not in the output where it belongs`
          : `normalization added text that is not in the source: "${actual.slice(j, j + 12).join('')}"`,
      hint: 'this is a bug in the normalizer, not in the source; report it with this file',
    });
  }
}
