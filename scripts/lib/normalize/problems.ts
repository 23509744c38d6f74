/**
 * A problem found in an input file: what is wrong, where, and how to fix it.
 * Every step of the normalizer reports problems this way, so the command line
 * can print them all (not only the first) as `file:line: message` followed by
 * a hint, the shape editors and CI logs understand.
 */
export interface Problem {
  /** Path of the file the problem is in, as given on the command line. */
  file: string;
  /** 1-based line in that file, when the problem has a place. */
  line?: number | undefined;
  /** What is wrong, quoting the bad value. */
  message: string;
  /** What to do about it. */
  hint: string;
}

/** Thrown by a pipeline step that cannot go on; carries one problem. */
export class NormalizeError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(formatProblem(problem));
    this.name = 'NormalizeError';
    this.problem = problem;
  }
}

/** `file:line: message` and an indented hint on the next line. */
export function formatProblem({ file, line, message, hint }: Problem): string {
  const where = line === undefined ? file : `${file}:${line}`;
  return `${where}: ${message}\n  → ${hint}`;
}
