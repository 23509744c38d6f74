/**
 * The blocks of text of a rendered report: every heading and paragraph with
 * an id, as the report pipeline writes them into the HTML the content
 * collection holds (`<p id="s1-2-p3">…</p>`, `<h3 id="s1-2">…</h3>`). Its
 * serializer escapes every "<" in text, so tags are markup, never words.
 */
import { decodeHTML } from 'entities';
import type { TextBlock } from './extract.ts';

const BLOCK = /<(p|h[2-6])\b[^>]*?\bid="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/gu;
const TAG = /<[^>]*>/gu;

/** The id and plain text of each heading and paragraph with an id, in document order. */
export function readTextBlocks(html: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  for (const match of html.matchAll(BLOCK)) {
    const id = decodeHTML(match[2] ?? '');
    const text = decodeHTML((match[3] ?? '').replace(TAG, '')).trim();
    if (text !== '') blocks.push({ id, text });
  }
  return blocks;
}
