/**
 * remark plugin: gives every top-level paragraph an id under the section it
 * belongs to, `<section id>-p<n>` (e.g. `s1-2-p3`, the third paragraph of
 * section 一（二）), and `s0-p<n>` before the first heading, so a reader can
 * cite a single paragraph. Runs after remark-section-ids, whose ids it reads.
 */
import type { Root } from 'mdast';
import { getHastId, setHastId } from './hast-id.ts';

export default function remarkParagraphIds() {
  return (tree: Root): void => {
    let sectionId = 's0';
    let count = 0;
    for (const node of tree.children) {
      if (node.type === 'heading') {
        const id = getHastId(node);
        if (id !== undefined) {
          sectionId = id;
          count = 0;
        }
      } else if (node.type === 'paragraph') {
        count += 1;
        setHastId(node, `${sectionId}-p${count}`);
      }
    }
  };
}
