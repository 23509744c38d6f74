/**
 * Step 3: traditional → simplified. The conversion itself (OpenCC's `tw` →
 * `cn` dictionaries, the pinned words, the rule that keeps the 著 of a
 * simplified report) is src/lib/text/simplify.ts, shared with the search
 * page; this step decides once per report whether it is traditional and
 * tallies each changed character for the provenance.
 */
import { simplify } from '../../../src/lib/text/simplify.ts';
import type { ChangeCount } from '../../../src/schemas/report.ts';

/**
 * Converts one line and tallies each changed character as "鎮→镇".
 * `traditional` is the verdict on the whole report (`isTraditional`).
 */
export function convertToSimplified(text: string, tally: Map<string, number>, traditional: boolean): string {
  const converted = simplify(text, traditional);
  if (converted === text) return text;
  const before = [...text];
  const after = [...converted];
  if (before.length !== after.length) {
    // Phrase conversions that change length are rare; count them as one change.
    const key = `${text}→${converted}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
    return converted;
  }
  for (let i = 0; i < before.length; i++) {
    if (before[i] === after[i]) continue;
    const key = `${before[i]}→${after[i]}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
  return converted;
}

/** The tally as provenance: total count and the most frequent pairs, "鎮→镇 ×12". */
export function summarizeConversions(tally: Map<string, number>): ChangeCount {
  const pairs = [...tally.entries()].sort((a, b) => b[1] - a[1]);
  return {
    count: pairs.reduce((sum, [, n]) => sum + n, 0),
    examples: pairs.slice(0, 8).map(([pair, n]) => `${pair} ×${n}`),
  };
}
