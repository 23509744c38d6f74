/**
 * Setting the HTML id of a Markdown node through `data.hProperties`, which
 * remark-rehype copies onto the element. Astro's own heading-id step runs
 * after our plugins and keeps an id that is already there, so ours win.
 */
import type { Node } from 'unist';

interface WithHastProperties {
  hProperties?: Record<string, unknown>;
}

/** Give a Markdown node the id its HTML element will carry. */
export function setHastId(node: Node, id: string): void {
  const data = (node.data ??= {}) as WithHastProperties;
  data.hProperties = { ...data.hProperties, id };
}

/** The id set by {@link setHastId}, if any. */
export function getHastId(node: Node): string | undefined {
  const id = (node.data as WithHastProperties | undefined)?.hProperties?.['id'];
  return typeof id === 'string' ? id : undefined;
}
