/**
 * remark plugin: cuts one level-1 section out of a report, for the compare
 * pages that line up the same part of many reports. Keeps what follows the
 * level-1 heading with the given id, up to the next level-1 heading, and
 * drops the heading itself (the compare page writes its own, naming the
 * place and year); the remaining headings move `demote` levels down to fit
 * under it. Runs after remark-section-ids, whose ids it looks for.
 */
import type { Heading, Root } from 'mdast';
import { getHastId } from './hast-id.ts';

export interface RemarkSectionExcerptOptions {
  /** Id of the level-1 heading whose section to keep, as remark-section-ids gave it. */
  sectionId: string;
  /** How many levels to move the remaining headings down. */
  demote: number;
}

export default function remarkSectionExcerpt(options: RemarkSectionExcerptOptions) {
  return (tree: Root): void => {
    const start = tree.children.findIndex(
      (node) => node.type === 'heading' && node.depth === 2 && getHastId(node) === options.sectionId,
    );
    if (start === -1) {
      tree.children = [];
      return;
    }
    const rest = tree.children.slice(start + 1);
    const end = rest.findIndex((node) => node.type === 'heading' && node.depth <= 2);
    tree.children = end === -1 ? rest : rest.slice(0, end);
    for (const node of tree.children) {
      if (node.type === 'heading') node.depth = Math.min(6, node.depth + options.demote) as Heading['depth'];
    }
  };
}
