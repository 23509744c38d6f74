/**
 * Step 5: split lines that a web page collapsed into one. Some sources put a
 * whole report on a single line, the line breaks turned into spaces:
 * "…报告 新平县人民政府: 2023年,在… 一、主要工作举措和成效 (一)强化组织领导…".
 * A space is a lost line break when what follows is a section number, when
 * what precedes ends a sentence or a heading, after the title, or before a
 * closing date. Spaces inside 《》 or parentheses never split.
 */
import { CHINESE_DATE_LINE } from '../../../src/lib/text/dates.ts';
import { SECTION_NUMBER_START } from '../../../src/lib/text/section-numbers.ts';
import { SPACE_RUN, trimSpaces } from '../../../src/lib/text/spaces.ts';
import type { SourceLine } from './text-lines.ts';

const SENTENCE_END = new Set(['。', '：', ':', '；', ';', '！', '!', '？', '?']);
const LOOKS_LIKE_TITLE = /报\s*告$|报告[（(].*[）)]$/u;

export function splitCollapsedLines(lines: SourceLine[]): { lines: SourceLine[]; splits: number } {
  const out: SourceLine[] = [];
  let splits = 0;
  lines.forEach((source, index) => {
    const segments = splitLine(source.text, index === 0);
    splits += Math.max(0, segments.length - 1);
    for (const text of segments) out.push({ text, line: source.line });
  });
  return { lines: out.filter((l) => l.text !== ''), splits };
}

function splitLine(text: string, isFirstLine: boolean): string[] {
  const trimmed = trimSpaces(text);
  const segments: string[] = [];
  const depth = { title: 0, paren: 0 };
  let start = 0;
  let scanned = 0;
  for (const match of trimmed.matchAll(SPACE_RUN)) {
    // Depths are tracked incrementally: a 5 MB single-line source must not
    // be rescanned at every space.
    trackEnclosures(trimmed, scanned, match.index, depth);
    scanned = match.index;
    if (depth.title > 0 || depth.paren > 0) continue;
    const left = trimmed.slice(start, match.index);
    const right = trimmed.slice(match.index + match[0].length, match.index + match[0].length + 120);
    if (!isLineBreak(left, right, isFirstLine && segments.length === 0)) continue;
    segments.push(left);
    start = match.index + match[0].length;
  }
  segments.push(trimmed.slice(start));
  return segments;
}

/**
 * True when the space after `left` is a lost line break; `right` is the
 * beginning of what follows. Tests on `left` look only at its start or, when
 * it is short, at all of it, to stay linear on huge lines.
 */
function isLineBreak(left: string, right: string, isTitleCandidate: boolean): boolean {
  const last = left[left.length - 1] ?? '';
  const next = right[0] ?? '';
  if (left === '' || right === '') return false;
  if (/[A-Za-z0-9]/.test(last) && /[A-Za-z0-9]/.test(next)) return false;
  if (SECTION_NUMBER_START.test(right)) return true;
  // ASCII ":;!?" end a sentence only in Chinese text ("如下: 一、"), not in "&amp; 实体".
  if (SENTENCE_END.has(last) && (/\P{ASCII}/u.test(last) || /\P{ASCII}/u.test(left[left.length - 2] ?? '')))
    return true;
  const short = left.length <= 80;
  // A heading followed by its body: "(一)强化组织领导 一是…。" — but not a bare
  // "（1） 强化…", nor a heading with a stray space inside ("主要举措 和成效").
  if (
    short &&
    SECTION_NUMBER_START.test(left) &&
    left.replace(SECTION_NUMBER_START, '').trim() !== '' &&
    !/[。；！？]/u.test(left) &&
    looksLikeBody(right)
  )
    return true;
  if (short && isTitleCandidate && LOOKS_LIKE_TITLE.test(left)) return true;
  return CHINESE_DATE_LINE.test(right.trim()) && right.length < 16;
}

/**
 * Body text opens with a year or an enumeration (2023年, 一是) or reads as a
 * sentence (punctuation early on); a heading's stray inner space does neither.
 */
function looksLikeBody(right: string): boolean {
  return (
    /^(?:\d{4}年|[一二三四五六七八九十]是)/u.test(right) ||
    (right.length > 10 && /[。；！？：:，,]/u.test(right.slice(0, 60)))
  );
}

function trackEnclosures(text: string, from: number, to: number, depth: { title: number; paren: number }): void {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '《') depth.title += 1;
    else if (c === '》') depth.title = Math.max(0, depth.title - 1);
    else if (c === '(' || c === '（') depth.paren += 1;
    else if (c === ')' || c === '）') depth.paren = Math.max(0, depth.paren - 1);
    else if (c === '。') {
      // An unbalanced mark must not stop every later split: no title or
      // parenthesis of a report runs past the end of a sentence.
      depth.title = 0;
      depth.paren = 0;
    }
  }
}
