/**
 * Step 10: prove nothing was lost. The Chinese characters of the output must
 * be exactly those of the source (after gloss removal and conversion,
 * without the removed chrome), in the same order — except where a numbering
 * repair replaced a section number (（1） → （一）, 二、 → 三、), which is
 * allowed only at those places and in that order.
 * Runs on every report the pipeline writes; a failure stops the run.
 */
import { NormalizeError } from './problems.ts';
import type { Renumbering } from '../../../src/schemas/report.ts';
import type { SourceLine } from './text-lines.ts';

export function verifyNothingLost(
  file: string,
  kept: SourceLine[],
  outputParts: string[],
  renumbered: Renumbering[],
): void {
  // Compared as strings of Chinese characters (code units), which is what
  // keeps this check cheap enough to run on every report.
  let expected = '';
  const lineStarts: { offset: number; line: number }[] = [];
  for (const { text, line } of kept) {
    lineStarts.push({ offset: expected.length, line });
    expected += onlyHan(text);
  }
  const actual = outputParts.map(onlyHan).join('');
  const repairs = renumbered.map((r) => ({ from: onlyHan(r.from), to: onlyHan(r.to) })).filter((r) => r.from !== r.to);

  let i = 0;
  let j = 0;
  let repair = 0;
  while (i < expected.length || j < actual.length) {
    if (i < expected.length && expected.charCodeAt(i) === actual.charCodeAt(j)) {
      i += 1;
      j += 1;
      continue;
    }
    const next = repairs[repair];
    if (next && expected.startsWith(next.from, i) && actual.startsWith(next.to, j)) {
      i += next.from.length;
      j += next.to.length;
      repair += 1;
      continue;
    }
    const line = lineStarts.findLast((start) => start.offset <= i)?.line;
    throw new NormalizeError({
      file,
      ...(line === undefined ? {} : { line }),
      message:
        i < expected.length
          ? `normalization lost or changed text: "${expected[i]}" in "…${expected.slice(Math.max(0, i - 6), i + 6)}…" is not in the output where it belongs`
          : `normalization added text that is not in the source: "${actual.slice(j, j + 12)}"`,
      hint: 'this is a bug in the normalizer, not in the source; report it with this file',
    });
  }
}

function onlyHan(text: string): string {
  return text.replace(/\P{Script=Han}+/gu, '');
}
