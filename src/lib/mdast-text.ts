/** Plain text of Markdown nodes, without pulling in a dependency for six lines. */
import type { Nodes } from 'mdast';

/** The concatenated text of a node and its descendants, e.g. of a heading. */
export function mdastText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return node.children.map((child) => mdastText(child)).join('');
  return '';
}
