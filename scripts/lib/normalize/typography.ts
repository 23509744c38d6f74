/**
 * Step 6: Chinese typography. Half-width punctuation touching Chinese text
 * becomes full-width (，：；！？（）), stray spaces go (ideographic space,
 * NBSP, en spaces, and spaces inside words such as 报 告), while digits,
 * dates and Latin text keep their own punctuation (6.86万元, 2021-2025,
 * 12:30, "COVID 19").
 */
import { hasHan, isHanCodeUnit } from '../../../src/lib/text/han.ts';
import { collapseSpaces } from '../../../src/lib/text/spaces.ts';
import type { ChangeCount } from '../../../src/schemas/report.ts';
import { addExample } from './text-lines.ts';

export interface TypographyTally {
  punctuation: ChangeCount;
  spaces: number;
}

/**
 * Chinese characters (with surrogates, for the rare ones beyond the BMP) and
 * the CJK punctuation that lives among them. Code-unit ranges rather than a
 * Unicode regex: this runs for every punctuation mark of every report.
 */
function isWideCode(code: number): boolean {
  return (
    isHanCodeUnit(code) ||
    (code >= 0x3000 && code <= 0x303f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0xd800 && code <= 0xdfff) ||
    code === 0x2014 ||
    code === 0x2026 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x00b7
  );
}
const isWide = (c: string | undefined): boolean => c !== undefined && c !== '' && isWideCode(c.charCodeAt(0));
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const ASCII_PUNCTUATION = /[,:;!?()]/g;

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '!': '！',
  '?': '？',
  '(': '（',
  ')': '）',
};

export function normalizeTypography(input: string, tally: TypographyTally): string {
  const text = collapseSpaces(input);
  return convertPunctuation(removeStraySpaces(text, tally), tally);
}

/**
 * Removes a space when a Chinese character or CJK punctuation is on either
 * side; keeps one between Latin words and numbers. Inside 《》 a space between
 * two Chinese words is kept, because joint documents write their issuers so:
 * 《中共老厂乡委员会 老厂乡人民政府关于…》.
 */
function removeStraySpaces(text: string, tally: TypographyTally): string {
  if (!text.includes(' ')) return text;
  // Runs of spaces are single spaces by now, so each space's neighbours are text.
  let titleDepth = 0;
  let scanned = 0;
  return text.replace(/ /g, (space, offset: number) => {
    for (; scanned < offset; scanned++) {
      if (text[scanned] === '《') titleDepth += 1;
      else if (text[scanned] === '》' && titleDepth > 0) titleDepth -= 1;
    }
    const before = text[offset - 1];
    const after = text[offset + 1];
    const betweenHanInTitle = titleDepth > 0 && hasHan(before ?? '') && hasHan(after ?? '');
    if ((isWide(before) || isWide(after)) && !betweenHanInTitle) {
      tally.spaces += 1;
      return '';
    }
    return space;
  });
}

function convertPunctuation(text: string, tally: TypographyTally): string {
  const marks: number[] = [];
  for (const m of text.matchAll(ASCII_PUNCTUATION)) marks.push(m.index);
  if (marks.length === 0) return nestedTitleMarks(text, tally);
  // Neighbours are judged per UTF-16 code unit: every mark is ASCII, and
  // isWide counts surrogate halves as Chinese.
  const pairs = matchParentheses(text, marks);
  let out = '';
  let copied = 0;
  for (const i of marks) {
    const c = text[i]!;
    const before = text[i - 1];
    const after = text[i + 1];
    let convert: boolean;
    if (c === '(' || c === ')') {
      // Both parentheses of a pair change together, decided by the pair's
      // outer neighbours and content: (2021-2025年) and 村(居) become full-width.
      const partner = pairs.get(i);
      const open = c === '(' ? i : partner;
      const close = c === ')' ? i : partner;
      convert =
        open !== undefined && close !== undefined
          ? isWide(text[open - 1]) || isWide(text[close + 1]) || hasHan(text.slice(open + 1, close))
          : isWide(before) || isWide(after);
    } else if (isDigit(before) && isDigit(after)) {
      convert = false; // 12:30 and 1,000 keep their ASCII punctuation
    } else if (c === ';' && /&#?\w{1,8}$/u.test(text.slice(Math.max(0, i - 10), i))) {
      convert = false; // the ";" of an entity such as &amp;
    } else {
      convert = isWide(before) || isWide(after);
    }
    if (convert) {
      out += text.slice(copied, i) + FULL_WIDTH[c]!;
      copied = i + 1;
      tally.punctuation.count += 1;
      addExample(tally.punctuation, `${c} → ${FULL_WIDTH[c]!}`);
    }
  }
  return nestedTitleMarks(out + text.slice(copied), tally);
}

/** 《关于印发<法治政府建设…规定>的通知》 → 《关于印发〈法治政府建设…规定〉的通知》. */
function nestedTitleMarks(text: string, tally: TypographyTally): string {
  if (!text.includes('<') || !text.includes('《')) return text;
  return text.replace(/《[^《》]*》/gu, (title) =>
    title.replace(/<([\p{Script=Han}\d\s（）〔〕、—-]+)>/gu, (_whole, inner: string) => {
      tally.punctuation.count += 2;
      addExample(tally.punctuation, '<…> → 〈…〉');
      return `〈${inner}〉`;
    }),
  );
}

/** Index of each parenthesis' partner, for ( ) pairs on one line. */
function matchParentheses(text: string, marks: number[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  for (const i of marks) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')' && open.length > 0) {
      const start = open.pop()!;
      pairs.set(start, i);
      pairs.set(i, start);
    }
  }
  return pairs;
}
