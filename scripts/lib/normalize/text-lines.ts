/** Types and small helpers shared by the pipeline steps. */
import type { ChangeCount } from '../../../src/schemas/report.ts';

/** A line of report text with the line of the source file it came from. */
export interface SourceLine {
  text: string;
  /** 1-based line number in the raw source file, for error messages and provenance. */
  line: number;
}

const MAX_EXAMPLES = 8;

export function newChangeCount(): ChangeCount {
  return { count: 0, examples: [] };
}

export function addExample(tally: ChangeCount, example: string): void {
  if (tally.examples.length < MAX_EXAMPLES && !tally.examples.includes(example)) tally.examples.push(example);
}

/** Splits decoded text into numbered lines. */
export function toSourceLines(text: string): SourceLine[] {
  return text.split('\n').map((text, index) => ({ text, line: index + 1 }));
}
