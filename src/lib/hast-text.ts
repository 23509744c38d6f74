/** Plain text of HTML-tree nodes, for the rehype plugins that read heading text. */
import type { Nodes } from 'hast';

/** The concatenated text of a node and its descendants. */
export function hastText(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => hastText(child)).join('');
  return '';
}
