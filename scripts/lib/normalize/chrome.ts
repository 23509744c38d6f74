/**
 * Step 4: remove web-page chrome around the report — breadcrumbs and the
 * metadata table above it, share/sitemap/host/contact/ICP lines below it —
 * while keeping what the chrome says (publication date, issuing body, index
 * number) as facts for the metadata.
 *
 * Only a block at the head and a block at the tail are examined: a report
 * paragraph that happens to mention 联系电话 in its middle is text, not chrome.
 */
import { readNumericDate } from '../../../src/lib/text/dates.ts';
import { collapseSpaces } from '../../../src/lib/text/spaces.ts';
import type { SourceLine } from './text-lines.ts';

/** What the chrome said about the report. */
export interface ChromeFacts {
  published?: string;
  issuer?: string;
  indexNumber?: string;
}

export interface ChromeResult {
  lines: SourceLine[];
  removed: SourceLine[];
  junk: SourceLine[];
  facts: ChromeFacts;
}

/** Labels of the metadata tables of government information-disclosure pages. */
const TABLE_LABELS = [
  '索引号',
  '发文时间',
  '发布时间',
  '发布日期',
  '成文日期',
  '发文日期',
  '发布机构',
  '发文机关',
  '发文单位',
  '文号',
  '发文字号',
  '公开方式',
  '公开范围',
  '公开时限',
  '有效性',
  '标题',
  '主题分类',
  '体裁分类',
  '信息来源',
  '来源',
  '浏览次数',
  '点击数',
  '访问量',
  '作者',
  '字号',
] as const;

/** A label may be typeset with spaces between its characters: 索 引 号. */
function spaced(label: string): string {
  return [...label].join('\\s*');
}

const TABLE_LINE = new RegExp(`^(?:${TABLE_LABELS.map(spaced).join('|')})(?:\\s*[:：]|\\s|$)`, 'u');
const HEAD_CHROME = [
  /^(?:您(?:当前)?(?:的|所在)?位置|当前位置|所在位置)\s*[:：]/u,
  TABLE_LINE,
  /^【?\s*字\s*[体號号]\s*[:：]/u,
  /^(?:打印本页|关闭窗口|分享到|【打印】|【关闭】)/u,
];
const TAIL_CHROME = [
  /扫一扫/u,
  /^网站地图/u,
  /^(?:主办|承办|协办|运行管理|运维|技术支持|主管)(?:单位)?\s*[:：]/u,
  /^(?:联系电话|联系方式|电话|传真|电子邮件|邮箱|地址|邮编|联系我们)\s*[:：]?/u,
  /ICP\s*备|公网安备|网站标识码|版权所有|Copyright|©/iu,
  /^(?:打印本页|关闭窗口|分享到|【打印】|【关闭】|上一篇|下一篇|相关链接|浏览次数)/u,
  TABLE_LINE,
];
/** Leftovers of page layout: a lone "|" or other symbols with no text. */
const JUNK = /^[\s|｜¦\-–—_=+*•·.。,，>＞<＜#~^]{1,5}$/u;

const isBlank = (line: SourceLine): boolean => line.text.trim() === '';
const clean = collapseSpaces;

export function stripChrome(lines: SourceLine[]): ChromeResult {
  const removed: SourceLine[] = [];
  const junk: SourceLine[] = [];
  let start = 0;
  while (start < lines.length) {
    const line = lines[start]!;
    if (isBlank(line)) start += 1;
    else if (HEAD_CHROME.some((re) => re.test(clean(line.text)))) {
      removed.push(line);
      start += 1;
    } else break;
  }
  let end = lines.length;
  const tail: SourceLine[] = [];
  while (end > start) {
    const line = lines[end - 1]!;
    const text = clean(line.text);
    if (isBlank(line)) end -= 1;
    else if (JUNK.test(text)) {
      junk.unshift(line);
      end -= 1;
    } else if (TAIL_CHROME.some((re) => re.test(text))) {
      tail.unshift(line);
      end -= 1;
    } else break;
  }
  removed.push(...tail);
  return { lines: lines.slice(start, end), removed, junk, facts: readFacts(removed) };
}

/** Reads "label value label value" pairs out of the removed metadata table. */
function readFacts(removed: SourceLine[]): ChromeFacts {
  const values = new Map<string, string>();
  const label = new RegExp(`(${TABLE_LABELS.map(spaced).join('|')})\\s*[:：]?`, 'gu');
  for (const { text } of removed) {
    const line = clean(text);
    if (!TABLE_LINE.test(line)) continue;
    const found = [...line.matchAll(label)].filter((m) => m.index === 0 || /\s/u.test(line[m.index - 1]!));
    found.forEach((match, k) => {
      const next = found[k + 1];
      const value = line.slice(match.index + match[0].length, next?.index ?? line.length).trim();
      const name = match[1]!.replace(/\s+/gu, '');
      if (value !== '' && !values.has(name)) values.set(name, value);
    });
  }
  const date = ['发文时间', '发布时间', '发布日期', '成文日期', '发文日期'].map((k) => values.get(k)).find(Boolean);
  const facts: ChromeFacts = {};
  const published = date === undefined ? undefined : readNumericDate(date);
  if (published) facts.published = published;
  const issuer = values.get('发布机构') ?? values.get('发文机关') ?? values.get('发文单位');
  if (issuer) facts.issuer = issuer;
  const indexNumber = values.get('索引号');
  if (indexNumber) facts.indexNumber = indexNumber;
  return facts;
}
