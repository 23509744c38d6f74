/**
 * Step 10: prove nothing was lost. Every Chinese character of the source
 * (after gloss removal and conversion, without the removed chrome) must
 * appear in the output in the same order, and the output may hold no other
 * Chinese characters than those a numbering repair wrote (（1） → （一）).
 * Runs on every report the pipeline writes; a failure stops the run.
 */
import { NormalizeError } from './problems.ts';
import { hanCharacters, type SourceLine } from './text-lines.ts';
import type { Renumbering } from './structure.ts';

export function verifyNothingLost(file: string, kept: SourceLine[], outputParts: string[], renumbered: Renumbering[]): void {
  const expected = kept.flatMap(({ text, line }) => hanCharacters(text).map((char) => ({ char, line })));
  const actual = outputParts.flatMap(hanCharacters);
  let j = 0;
  for (let i = 0; i < expected.length; i++) {
    const { char, line } = expected[i]!;
    while (j < actual.length && actual[j] !== char) j += 1;
    if (j === actual.length) {
      const context = expected.slice(Math.max(0, i - 6), i + 6).map((e) => e.char).join('');
      throw new NormalizeError({
        file,
        line,
        message: `normalization lost text: "${char}" in "…${context}…" is missing from the output`,
        hint: 'this is a bug in the normalizer, not in the source; report it with this file',
      });
    }
    j += 1;
  }
  const added = renumbered.reduce((sum, r) => sum + hanCharacters(r.to).length - hanCharacters(r.from).length, 0);
  if (actual.length - expected.length !== added) {
    throw new NormalizeError({
      file,
      message: `normalization added ${actual.length - expected.length - added} Chinese characters that are not in the source`,
      hint: 'this is a bug in the normalizer, not in the source; report it with this file',
    });
  }
}
