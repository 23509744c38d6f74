/**
 * Year over year: two texts of the same part of a place's reports, sentence
 * by sentence, as rows for a side-by-side view. Sentences are compared
 * without punctuation and spaces (the `diff` package's diffArrays finds the
 * longest common sequence); a removed sentence and an added one at the same
 * place that share most of their words are shown as one changed row.
 */
import { diffArrays } from 'diff';

export type RowKind = 'kept' | 'changed' | 'removed' | 'added';

export interface ChangeRow {
  kind: RowKind;
  /** The sentence in the earlier report (kept, changed, removed). */
  before?: string;
  /** The sentence in the later report (kept, changed, added). */
  after?: string;
}

/** The sentences of a text: cut after 。！？ (and their ASCII forms) and at line ends, trimmed, empty ones left out. */
export function splitSentences(text: string): string[] {
  return (text.match(/[^。！？!?\n]+[。！？!?]*/gu) ?? []).map((s) => s.trim()).filter((s) => s !== '');
}

const comparable = (sentence: string): string => sentence.replace(/[^\p{L}\p{N}]/gu, '');

function bigrams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const characters = [...text];
  for (let i = 0; i + 1 < characters.length; i++) {
    const pair = characters[i]! + characters[i + 1]!;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** Dice similarity of two sets of character pairs (0–1). */
function dice(x: Map<string, number>, y: Map<string, number>): number {
  let total = 0;
  let common = 0;
  for (const count of x.values()) total += count;
  for (const [pair, count] of y) {
    total += count;
    common += Math.min(count, x.get(pair) ?? 0);
  }
  return total === 0 ? 0 : (2 * common) / total;
}

/** Dice similarity of two sentences' character pairs (0–1), punctuation left out. */
export function similarity(a: string, b: string): number {
  return dice(bigrams(comparable(a)), bigrams(comparable(b)));
}

/** How far ahead among the added sentences a removed one looks for its new wording. */
const LOOKAHEAD = 6;

/** Removed and added sentences at one place, paired in order when similar enough. */
function pairUp(removed: readonly string[], added: readonly string[], threshold: number): ChangeRow[] {
  const rows: ChangeRow[] = [];
  const addedPairs = added.map((sentence) => bigrams(comparable(sentence)));
  let j = 0;
  for (const before of removed) {
    const pairs = bigrams(comparable(before));
    // The next added sentence similar to this one, a few ahead at most; added sentences skipped on the way stand alone.
    let match = -1;
    for (let k = j; k < Math.min(added.length, j + LOOKAHEAD); k++) {
      if (dice(pairs, addedPairs[k]!) >= threshold) {
        match = k;
        break;
      }
    }
    if (match === -1) {
      rows.push({ kind: 'removed', before });
      continue;
    }
    for (; j < match; j++) rows.push({ kind: 'added', after: added[j]! });
    rows.push({ kind: 'changed', before, after: added[match]! });
    j = match + 1;
  }
  for (; j < added.length; j++) rows.push({ kind: 'added', after: added[j]! });
  return rows;
}

/** The rows of a side-by-side comparison of two lists of sentences. */
export function diffSentences(before: readonly string[], after: readonly string[], threshold = 0.5): ChangeRow[] {
  // Diff the punctuation-free keys (compared with ===, computed once each); rows show the sentences as written.
  const parts = diffArrays(before.map(comparable), after.map(comparable));
  const rows: ChangeRow[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = (): void => {
    rows.push(...pairUp(removed, added, threshold));
    removed = [];
    added = [];
  };
  // Positions in both lists, so kept sentences show each report's own wording (punctuation may differ).
  let b = 0;
  let a = 0;
  for (const part of parts) {
    if (part.removed) {
      removed.push(...before.slice(b, b + part.value.length));
      b += part.value.length;
    } else if (part.added) {
      added.push(...after.slice(a, a + part.value.length));
      a += part.value.length;
    } else {
      flush();
      for (let i = 0; i < part.value.length; i++)
        rows.push({ kind: 'kept', before: before[b + i]!, after: after[a + i]! });
      b += part.value.length;
      a += part.value.length;
    }
  }
  flush();
  return rows;
}

/** How many sentences of each kind a comparison has. */
export function countRows(rows: readonly ChangeRow[]): Record<RowKind, number> {
  const counts: Record<RowKind, number> = { kept: 0, changed: 0, removed: 0, added: 0 };
  for (const row of rows) counts[row.kind] += 1;
  return counts;
}
