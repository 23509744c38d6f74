/**
 * Step 9: write the report as Markdown. The body is built as an mdast syntax
 * tree and serialised by mdast-util-to-markdown (remark's serialiser), so
 * text that looks like Markdown or HTML — "# ", "*", "<script>" — is escaped
 * and can never become markup. The frontmatter is YAML in the schema's order.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { stringify } from 'yaml';
import type { Report } from '../../../src/schemas/report.ts';
import type { Block } from './structure.ts';

export function blocksToMarkdown(blocks: Block[]): string {
  const children: RootContent[] = blocks.map((block): Heading | Paragraph =>
    block.kind === 'heading'
      ? { type: 'heading', depth: block.depth, children: [{ type: 'text', value: `${block.number}${block.text}` }] }
      : { type: 'paragraph', children: [{ type: 'text', value: block.text }] },
  );
  const tree: Root = { type: 'root', children };
  return toMarkdown(tree, { bullet: '-', emphasis: '_', rule: '-' });
}

export function withFrontmatter(frontmatter: Report, body: string): string {
  const yaml = stringify(frontmatter, { lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n\n${body}`;
}
