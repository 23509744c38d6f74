/**
 * Step 6: Chinese typography. Half-width punctuation touching Chinese text
 * becomes full-width (，：；！？（）), stray spaces go (ideographic space,
 * NBSP, en spaces, and spaces inside words such as 报 告), while digits,
 * dates and Latin text keep their own punctuation (6.86万元, 2021-2025,
 * 12:30, "COVID 19").
 */
import type { ChangeCount } from './text-lines.ts';
import { addExample } from './text-lines.ts';

export interface TypographyTally {
  punctuation: ChangeCount;
  spaces: number;
}

/** Chinese characters and the CJK punctuation that lives among them. */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019\u00b7]/u;
const isWide = (c: string | undefined): boolean => c !== undefined && WIDE.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

/** Any run of spacing characters, including those web pages leave behind. */
const SPACES = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu;

export function normalizeTypography(input: string, tally: TypographyTally): string {
  const text = input.replace(SPACES, ' ').trim();
  return convertPunctuation(removeStraySpaces(text, tally), tally);
}

/**
 * Removes a space when a Chinese character or CJK punctuation is on either
 * side; keeps one between Latin words and numbers. Inside 《》 a space between
 * two Chinese words is kept, because joint documents write their issuers so:
 * 《中共老厂乡委员会 老厂乡人民政府关于…》.
 */
function removeStraySpaces(text: string, tally: TypographyTally): string {
  let out = '';
  let titleDepth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '《') titleDepth += 1;
    if (c === '》' && titleDepth > 0) titleDepth -= 1;
    if (c !== ' ') {
      out += c;
      continue;
    }
    const before = out[out.length - 1];
    const after = text[i + 1];
    const betweenHanInTitle = titleDepth > 0 && /\p{Script=Han}/u.test(before ?? '') && /\p{Script=Han}/u.test(after ?? '');
    if ((isWide(before) || isWide(after)) && !betweenHanInTitle) {
      tally.spaces += 1;
      continue;
    }
    out += c;
  }
  return out;
}

function convertPunctuation(text: string, tally: TypographyTally): string {
  const chars = [...text];
  const count = (from: string, to: string): void => {
    tally.punctuation.count += 1;
    addExample(tally.punctuation, `${from} → ${to}`);
  };
  const pairs = matchParentheses(chars);
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (c === '(' || c === ')') {
      // Both parentheses of a pair change together, decided by the pair's
      // outer neighbours and content: (2021-2025年) and 村(居) become full-width.
      const partner = pairs.get(i);
      const open = c === '(' ? i : partner;
      const close = c === ')' ? i : partner;
      const touchesHan =
        open !== undefined && close !== undefined
          ? isWide(chars[open - 1]) || isWide(chars[close + 1]) || /\p{Script=Han}/u.test(chars.slice(open + 1, close).join(''))
          : isWide(before) || isWide(after);
      if (touchesHan) {
        chars[i] = FULL_WIDTH[c]!;
        count(c, chars[i]!);
      }
    } else if (c in FULL_WIDTH) {
      // 12:30 and 1,000 keep their ASCII punctuation, and so does the ";" of an entity such as &amp;.
      if (isDigit(before) && isDigit(after)) continue;
      if (c === ';' && /&#?\w{1,8}$/u.test(chars.slice(Math.max(0, i - 10), i).join(''))) continue;
      if (isWide(before) || isWide(after)) {
        chars[i] = FULL_WIDTH[c]!;
        count(c, chars[i]!);
      }
    }
  }
  return nestedTitleMarks(chars.join(''), tally);
}

/** 《关于印发<法治政府建设…规定>的通知》 → 《关于印发〈法治政府建设…规定〉的通知》. */
function nestedTitleMarks(text: string, tally: TypographyTally): string {
  return text.replace(/《[^《》]*》/gu, (title) =>
    title.replace(/<([\p{Script=Han}\d\s（）〔〕、—-]+)>/gu, (_whole, inner: string) => {
      tally.punctuation.count += 2;
      addExample(tally.punctuation, '<…> → 〈…〉');
      return `〈${inner}〉`;
    }),
  );
}

/** Index of each parenthesis' partner, for ( ) pairs on one line. */
function matchParentheses(chars: string[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  chars.forEach((c, i) => {
    if (c === '(') open.push(i);
    else if (c === ')' && open.length > 0) {
      const start = open.pop()!;
      pairs.set(start, i);
      pairs.set(i, start);
    }
  });
  return pairs;
}
