/**
 * Figures as data: every quantitative statement of a report's text
 * (全年共排查矛盾纠纷362件) as a record with the indicator as written, the
 * value read, the unit, and where it is. Pure and synchronous, over the
 * report's blocks of text (headings and paragraphs with their ids).
 *
 * Precision matters more than recall, so a number becomes a figure only when
 * a known unit follows it, and never when it is
 * - inside quotation marks or a title (“三项制度”, 《…（2021-2025年）》, 〔2019〕28号);
 * - an ordinal (第三次) or a Chinese numeral one (一次, 一批: a manner of speaking);
 * - a Chinese numeral running on into a noun (十五条硬措施, 三十二项细则: names of rules, not counts);
 * - a unit that is the start of a longer word (3项目, 5处理, 2条例).
 * Years, months and days have no unit in the list (2023年, 6月1日), nor have hotlines (12345).
 */
import type { Figure, FigureQualifier } from '../../schemas/figure.ts';
import { parseFigureNumber } from './numbers.ts';

/** A block of report text with its id: a heading or a paragraph. */
export interface TextBlock {
  id: string;
  text: string;
}

/**
 * Units as written, longest first so 场次 wins over 场; the value is the unit
 * recorded (人（次） → 人次). 万元 and 亿元 are units of money, not multipliers.
 */
const UNIT_SPELLINGS: readonly (readonly [string, string])[] = [
  ['个工作日', '个工作日'],
  ['个百分点', '个百分点'],
  ['人（次）', '人次'],
  ['人(次)', '人次'],
  ['条（幅）', '条'],
  ['平方米', '平方米'],
  ['平方公里', '平方公里'],
  ['万元', '万元'],
  ['亿元', '亿元'],
  ['人次', '人次'],
  ['场次', '场次'],
  ['户次', '户次'],
  ['件次', '件次'],
  ['个月', '个月'],
  ['小时', '小时'],
  ['学时', '学时'],
  ['课时', '课时'],
  ['公里', '公里'],
  ['%', '%'],
  ['％', '%'],
  ['件', '件'],
  ['次', '次'],
  ['场', '场'],
  ['人', '人'],
  ['名', '名'],
  ['户', '户'],
  ['个', '个'],
  ['家', '家'],
  ['起', '起'],
  ['项', '项'],
  ['份', '份'],
  ['条', '条'],
  ['册', '册'],
  ['批', '批'],
  ['处', '处'],
  ['期', '期'],
  ['篇', '篇'],
  ['台', '台'],
  ['套', '套'],
  ['幅', '幅'],
  ['块', '块'],
  ['天', '天'],
  ['元', '元'],
  ['亩', '亩'],
  ['米', '米'],
];

/** Characters that, right after a unit, make it the start of another word: 项目, 处理, 条例, 人民, 名单 … */
const NOT_AFTER_UNIT: Readonly<Record<string, string>> = {
  项: '目',
  处: '理罚置分',
  条: '例件款',
  人: '民员',
  名: '单称义',
  个: '人体性',
  家: '庭长属',
  场: '所地景',
  期: '间限',
  次: '数序',
  天: '然',
  台: '账',
  件: '事',
  元: '旦',
  米: '粮',
};

const CHINESE_DIGITS = '零〇○一二两三四五六七八九十百千';
const NUMBER = new RegExp(
  `(?<number>\\d{1,3}(?:[,，]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[${CHINESE_DIGITS}]+)(?<multiplier>[万亿](?![元]))?(?<more>余|多)?`,
  'gu',
);

/** Clause boundaries: an indicator never reaches across them. */
const CLAUSE_END = new Set(['，', '。', '；', '：', '、', '！', '？', ',', ';', ':', '!', '?']);
const SENTENCE_END = new Set(['。', '！', '？', '!', '?']);
const OPENING = '“‘《〈〔【「『';
const CLOSING = '”’》〉〕】」』';
const BRACKET_OPEN = '（(';
const BRACKET_CLOSE = '）)';

/** Words that start a clause without naming what is counted: times, totals, the speaker. */
const LEADING_NOISE =
  /^(?:\d{4}年度?(?:以来|全年)?|今年以来|年内|全年|截至目前|截止目前|目前|迄今|其中|同时|并且|并|另外|此外|包含|包括|全乡|全镇|全区|全县|全市|我乡|我镇|我区|我县|我市|区内|乡内|镇内|累计|共计|总计|共有|共|先后|已经|已)/u;
/** Words that end an indicator before its number without adding to it: 达, 为, 约 … */
const TRAILING_NOISE = /(?:达到|达|为|约|近|超过|逾|共计|总计|共|累计|计)$/u;
/** Qualifiers written before the number. */
const BEFORE_QUALIFIERS: readonly (readonly [string, FigureQualifier])[] = [
  ['不少于', 'at-least'],
  ['超过', 'over'],
  ['逾', 'over'],
  ['近', 'about'],
  ['约', 'about'],
];

function unitAt(text: string, at: number): readonly [string, string] | undefined {
  for (const spelling of UNIT_SPELLINGS) {
    if (!text.startsWith(spelling[0], at)) continue;
    const next = text[at + spelling[0].length] ?? '';
    if (next !== '' && NOT_AFTER_UNIT[spelling[0]]?.includes(next)) return undefined;
    return spelling;
  }
  return undefined;
}

/** For each position of the text, whether it is inside quotation marks or a title (《》, “”, 〔〕). */
function quotedPositions(text: string): boolean[] {
  const quoted: boolean[] = Array.from({ length: text.length }, () => false);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    if (OPENING.includes(character)) depth += 1;
    quoted[i] = depth > 0;
    if (CLOSING.includes(character) && depth > 0) depth -= 1;
  }
  return quoted;
}

/** Where the clause that ends at `end` starts: after a clause mark or an opening bracket left open. */
function clauseStart(text: string, end: number, floor: number): number {
  let closed = 0;
  for (let i = end - 1; i >= floor; i--) {
    const character = text[i]!;
    if (CLAUSE_END.has(character)) return i + 1;
    if (BRACKET_CLOSE.includes(character)) closed += 1;
    else if (BRACKET_OPEN.includes(character)) {
      if (closed === 0) return i + 1;
      closed -= 1;
    }
  }
  return floor;
}

/** Where the clause that starts at `start` ends: at a clause mark, a bracket closing the clause's own, or a digit. */
function clauseEnd(text: string, start: number): number {
  let open = 0;
  for (let i = start; i < text.length; i++) {
    const character = text[i]!;
    if (CLAUSE_END.has(character) || /\d/u.test(character)) return i;
    if (BRACKET_OPEN.includes(character)) open += 1;
    else if (BRACKET_CLOSE.includes(character)) {
      if (open === 0) return i;
      open -= 1;
    }
  }
  return text.length;
}

function stripNoise(phrase: string): string {
  let text = phrase.trim();
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(LEADING_NOISE, '').trim();
  }
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(TRAILING_NOISE, '').trim();
  }
  return text;
}

function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.has(text[from - 1]!)) from -= 1;
  let to = end;
  while (to < text.length && !SENTENCE_END.has(text[to]!)) to += 1;
  return text.slice(from, Math.min(text.length, to + 1)).trim();
}

/** The section a block id belongs to: "s1-2-p3" → "s1-2"; a heading's id is its own section. */
export function sectionOfBlock(id: string): string {
  return id.replace(/-p\d+$/u, '');
}

/** Every figure of one block of text, in order. */
export function extractBlockFigures(report: string, block: TextBlock): Figure[] {
  const { text } = block;
  const quoted = quotedPositions(text);
  const figures: Figure[] = [];
  // Where the previous figure ended, so a clause never reaches back into it (533批1067人次).
  let floor = 0;
  let previousIndicator: string | undefined;
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    const numberText = match.groups?.['number'] ?? '';
    const multiplier = match.groups?.['multiplier'] ?? '';
    const more = match.groups?.['more'];
    const afterNumber = start + match[0].length;
    const unit = unitAt(text, afterNumber);
    if (unit === undefined || quoted[start]) continue;
    const before = text[start - 1] ?? '';
    // Part of a longer code or number (A12, 3.5.1), or an ordinal (第三).
    if (/[\w.·]/u.test(before) || before === '第') continue;
    const end = afterNumber + unit[0].length;
    const chinese = !/\d/u.test(numberText);
    const next = text[end] ?? '';
    if (chinese && (numberText === '一' || (next !== '' && !CLAUSE_END.has(next) && !BRACKET_CLOSE.includes(next))))
      continue;
    const value = parseFigureNumber(numberText + multiplier);
    if (value === undefined) continue;

    const clauseFrom = clauseStart(text, start, floor);
    let lead = text.slice(clauseFrom, start);
    let qualifier: FigureQualifier = more === undefined ? 'exact' : 'over';
    let writtenStart = start;
    for (const [word, kind] of BEFORE_QUALIFIERS) {
      if (lead.endsWith(word)) {
        qualifier = kind;
        lead = lead.slice(0, -word.length);
        writtenStart -= word.length;
        break;
      }
    }
    // What the number counts may follow it (392名志愿者): the rest of the clause, up to the next number.
    const trail = /^[\p{Script=Han}“]/u.test(next) ? text.slice(end, clauseEnd(text, end)) : '';
    let indicator = stripNoise(lead) + trail.trim();
    if (indicator === '' && clauseFrom === floor && floor > 0 && previousIndicator !== undefined)
      indicator = previousIndicator;
    figures.push({
      report,
      block: block.id,
      section: sectionOfBlock(block.id),
      indicator,
      value,
      unit: unit[1],
      qualifier,
      written: text.slice(writtenStart, end),
      sentence: sentenceAround(text, start, end),
      offset: writtenStart,
    });
    // The next clause starts after what this figure took, the words after its number included.
    floor = end + trail.length;
    previousIndicator = indicator;
  }
  return figures;
}

/** Every figure of a report, block by block in reading order. */
export function extractFigures(report: string, blocks: Iterable<TextBlock>): Figure[] {
  const figures: Figure[] = [];
  for (const block of blocks) figures.push(...extractBlockFigures(report, block));
  return figures;
}

/**
 * The part of a figure's sentence to show beside it: the figure with up to
 * `radius` characters either side, cut with "…" where the sentence goes on.
 */
export function figureExcerpt(
  figure: Pick<Figure, 'sentence' | 'written'>,
  radius = 30,
): { before: string; written: string; after: string } {
  const { sentence, written } = figure;
  const at = sentence.indexOf(written);
  if (at === -1) return { before: sentence, written: '', after: '' };
  const from = Math.max(0, at - radius);
  const to = Math.min(sentence.length, at + written.length + radius);
  return {
    before: (from > 0 ? '…' : '') + sentence.slice(from, at),
    written,
    after: sentence.slice(at + written.length, to) + (to < sentence.length ? '…' : ''),
  };
}
