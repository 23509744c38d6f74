/**
 * Stable ids for the sections of a report, derived from the document's own
 * numbering so that a citation like `#s1-2-3` survives any re-rendering:
 * 一、 → `s1`, its （二） → `s1-2`, that item's 3. → `s1-2-3`. A level-3
 * heading straight under a level-1 heading uses 0 for the missing level
 * (`s1-0-3`); level-2 headings before the first level-1 heading hang under
 * `s0`. A heading without a recognisable number, or whose id is already
 * taken, gets `<parent>-x<k>` with k counting such fallbacks on the page.
 */
import { readSectionNumber, type SectionLevel } from './text/section-numbers.ts';

/** Gives the next heading of a document its id; call it in document order. */
export type SectionIdAssigner = (level: SectionLevel, headingText: string) => string;

/**
 * A fresh assigner for one document. `prefix` is put before every id, for
 * pages that show sections of several reports together.
 */
export function createSectionIdAssigner(prefix = ''): SectionIdAssigner {
  const used = new Set<string>();
  let fallbacks = 0;
  let level1Number = 0;
  let level1Id = `${prefix}s0`;
  let level2Id: string | undefined;

  const unique = (candidate: string | undefined, parent: string): string => {
    let id = candidate;
    while (id === undefined || used.has(id)) {
      fallbacks += 1;
      id = `${parent}-x${fallbacks}`;
    }
    used.add(id);
    return id;
  };

  return (level, headingText) => {
    const number = readSectionNumber(headingText, level);
    if (level === 1) {
      if (number !== undefined) level1Number = number;
      const parent = `${prefix}s${level1Number}`;
      level1Id = unique(number === undefined ? undefined : parent, parent);
      level2Id = undefined;
      return level1Id;
    }
    if (level === 2) {
      level2Id = unique(number === undefined ? undefined : `${level1Id}-${number}`, level1Id);
      return level2Id;
    }
    const parent = level2Id ?? `${level1Id}-0`;
    return unique(number === undefined ? undefined : `${parent}-${number}`, parent);
  };
}
