/**
 * remark plugin: gives every report heading (## level 1, ### level 2,
 * #### level 3) a short ASCII id derived from the document's own numbering,
 * e.g. `## 一、…` → `s1`, `### （二）…` → `s1-2`, `#### 3.…` → `s1-2-3`.
 * The rules live in `src/lib/section-ids.ts`; this file only walks the tree.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { createSectionIdAssigner } from '../lib/section-ids.ts';
import type { SectionLevel } from '../lib/text/section-numbers.ts';
import { setHastId } from './hast-id.ts';

export interface RemarkSectionIdsOptions {
  /** Put before every id, for pages that show several reports (e.g. `laochangxiang-2023-`). */
  prefix?: string;
}

/** Markdown heading depth → report section level. */
const LEVEL_OF_DEPTH: Readonly<Partial<Record<Heading['depth'], SectionLevel>>> = { 2: 1, 3: 2, 4: 3 };

export default function remarkSectionIds(options: RemarkSectionIdsOptions = {}) {
  return (tree: Root): void => {
    const assign = createSectionIdAssigner(options.prefix);
    visit(tree, 'heading', (heading) => {
      const level = LEVEL_OF_DEPTH[heading.depth];
      if (level !== undefined) setHastId(heading, assign(level, toString(heading, { includeImageAlt: false })));
      return SKIP;
    });
  };
}
