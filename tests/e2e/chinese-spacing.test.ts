/**
 * No stray spaces in the site's own Chinese text. A line break between two
 * Chinese characters in a template (Prettier wraps long lines) renders as a
 * space ("报告。 这些"), which Chinese text never has; nor does a space follow
 * full-width punctuation. The reports' own text is the normalizer's business
 * and raw source text is shown as published, so <pre> is left out.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, test } from 'vitest';
import { builtSites } from './support/context.ts';
import { listHtmlFiles } from './support/site-files.ts';

type Node = DefaultTreeAdapterTypes.Node;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

const HAN = '[\\u3400-\\u9fff\\u3000-\\u303f\\uff01-\\uff60“”‘’]';
/** Chinese, a break with its indentation, Chinese: inside one text node. */
const BREAK_INSIDE = new RegExp(`${HAN}[ \\t]*\\n\\s*${HAN}`, 'u');
const BREAK_AT_END = new RegExp(`${HAN}[ \\t]*\\n\\s*$`, 'u');
const BREAK_AT_START = new RegExp(`^\\s*\\n\\s*${HAN}`, 'u');
const SPACE_AFTER_PUNCTUATION = new RegExp(`[，。；：！？、][ \\t]+${HAN}`, 'u');
const ENDS_HAN = new RegExp(`${HAN}$`, 'u');
const STARTS_HAN = new RegExp(`^${HAN}`, 'u');
const SKIPPED = new Set(['script', 'style', 'pre', 'code', 'textarea', 'template']);

const isText = (node: Node): node is DefaultTreeAdapterTypes.TextNode => node.nodeName === '#text';
const hasChildren = (node: Node): node is ParentNode & Node => 'childNodes' in node;

/** The text a node shows, for looking at what stands next to a break. */
function textOf(node: Node): string {
  if (isText(node)) return node.value;
  if (!hasChildren(node) || SKIPPED.has(node.nodeName)) return '';
  return node.childNodes.map(textOf).join('');
}

/** Every stray space in a page's text, with a little context. */
function straySpaces(html: string): string[] {
  const found: string[] = [];
  const visit = (parent: ParentNode): void => {
    const children = parent.childNodes;
    children.forEach((node, i) => {
      if (isText(node)) {
        const text = node.value;
        const before = i > 0 ? textOf(children[i - 1] as Node).trimEnd() : '';
        const after = i + 1 < children.length ? textOf(children[i + 1] as Node).trimStart() : '';
        if (
          BREAK_INSIDE.test(text) ||
          SPACE_AFTER_PUNCTUATION.test(text) ||
          (BREAK_AT_END.test(text) && STARTS_HAN.test(after)) ||
          (BREAK_AT_START.test(text) && ENDS_HAN.test(before))
        ) {
          found.push(`${before.slice(-8)}[${text.trim().slice(0, 40)}]${after.slice(0, 8)}`);
        }
      } else if (hasChildren(node) && !SKIPPED.has(node.nodeName)) {
        visit(node);
      }
    });
  };
  visit(parse(html));
  return found;
}

describe('the check itself', () => {
  test('finds a line break between Chinese characters and a space after full-width punctuation', () => {
    expect(straySpaces('<p>共有报告。\n    这些报告</p>')).toHaveLength(1);
    expect(straySpaces('<p>见<a href="x">数据</a>和\n  <a href="y">订阅</a></p>')).toHaveLength(1);
    expect(straySpaces('<p>目前收录 5 份报告， 涉及</p>')).toHaveLength(1);
    expect(straySpaces('<p>\n  共 5 份报告。\n</p><pre>原文\n原文</pre><p>云南省 玉溪市</p>')).toEqual([]);
  });
});

describe.for(builtSites().slice(0, 1))('the $name build', (site) => {
  test('no page shows a stray space in Chinese text', async () => {
    const files = (await listHtmlFiles(site.dist)).filter((file) => !file.startsWith('sources/text/'));
    const problems: string[] = [];
    for (const file of files) {
      for (const spot of straySpaces(await readFile(join(site.dist, file), 'utf8'))) problems.push(`${file}: ${spot}`);
    }
    expect(problems).toEqual([]);
  });
});
