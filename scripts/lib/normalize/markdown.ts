/**
 * Step 9: write the report as Markdown. The body is built as an mdast syntax
 * tree and serialised by mdast-util-to-markdown (remark's serialiser), so
 * text that looks like Markdown or HTML — "# ", "*", "<script>" — is escaped
 * and can never become markup. The frontmatter is YAML in the schema's order.
 */
import type { Heading, Paragraph, Root, RootContent, Text } from 'mdast';
import { toMarkdown, type Handle } from 'mdast-util-to-markdown';
import { toYaml } from './frontmatter.ts';
import type { Report } from '../../../src/schemas/report.ts';
import type { Block } from './structure.ts';

/**
 * What can make a line of plain text into Markdown or HTML (CommonMark, GFM
 * off as on the site): inline syntax anywhere (\\ ` * _ [ ] < & and a
 * heading's closing #), or block syntax at the start of a line (# > - + * =
 * _ ` ~ | <, "1." or "1)"). A text block here is one line without leading
 * spaces, so nothing else can start markup.
 */
const INLINE_SYNTAX = /[\\`*_[\]<&#]/;
const BLOCK_START = /^(?:[#>\-+*=_`~|<]|\d+[.)])/;

/**
 * remark's own text handler escapes by running each of its "unsafe" patterns
 * over the text, which was the normalizer's largest cost. Text that cannot
 * form markup is emitted as is; everything else goes through remark's escaping.
 */
const text: Handle = (node: Text, _parent, state, info) =>
  INLINE_SYNTAX.test(node.value) || BLOCK_START.test(node.value) ? state.safe(node.value, info) : node.value;

export function blocksToMarkdown(blocks: Block[]): string {
  const children: RootContent[] = blocks.map((block): Heading | Paragraph =>
    block.kind === 'heading'
      ? { type: 'heading', depth: block.depth, children: [{ type: 'text', value: `${block.number}${block.text}` }] }
      : { type: 'paragraph', children: [{ type: 'text', value: block.text }] },
  );
  const tree: Root = { type: 'root', children };
  return toMarkdown(tree, { bullet: '-', emphasis: '_', rule: '-', handlers: { text } });
}

export function withFrontmatter(frontmatter: Report, body: string): string {
  return `---\n${toYaml(frontmatter)}---\n\n${body}`;
}
