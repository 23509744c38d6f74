/**
 * Turns a composed report into a raw file in one of the shapes the real
 * sources come in, so the normalizer does its real work on the synthetic
 * corpus:
 * - `clean`: one paragraph per line, as lizhuangxiang-2023.txt;
 * - `collapsed`: the whole report on one line, line breaks turned into
 *   spaces, half-width punctuation, a stray "|" at the end, as laochangxiang-2023.txt;
 * - `traditional`: traditional characters with pinyin glosses after some of
 *   them (鎮(zhèn)) and headings run into their text, as gongliuzhen-2024.txt;
 * - `web`: copied from a government page with its breadcrumb, metadata table
 *   and footer, indented paragraphs and blank lines, as touyingzhen-2022.txt.
 */
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { isPinyinSyllable } from '../normalize/glosses.ts';
import type { ComposedReport } from './compose.ts';
import type { PlaceYear } from './places.ts';
import type { Random } from './random.ts';

export const SHAPES = ['clean', 'collapsed', 'traditional', 'web'] as const;
export type Shape = (typeof SHAPES)[number];

/** How often each shape occurs: most sources are plain text, a fair share are pasted from web pages. */
export const SHAPE_WEIGHTS: Readonly<Record<Shape, number>> = { clean: 4, web: 3, collapsed: 2, traditional: 1 };

const ORDINALS = [...'一二三四五六七八九十'];
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** One-character abbreviations of the provinces, as in ICP numbers (宁ICP备…). */
const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  北京市: '京',
  天津市: '津',
  上海市: '沪',
  重庆市: '渝',
  河北省: '冀',
  山西省: '晋',
  辽宁省: '辽',
  吉林省: '吉',
  黑龙江省: '黑',
  江苏省: '苏',
  浙江省: '浙',
  安徽省: '皖',
  福建省: '闽',
  江西省: '赣',
  山东省: '鲁',
  河南省: '豫',
  湖北省: '鄂',
  湖南省: '湘',
  广东省: '粤',
  海南省: '琼',
  四川省: '川',
  贵州省: '黔',
  云南省: '云',
  陕西省: '陕',
  甘肃省: '甘',
  青海省: '青',
  内蒙古自治区: '蒙',
  广西壮族自治区: '桂',
  西藏自治区: '藏',
  宁夏回族自治区: '宁',
  新疆维吾尔自治区: '新',
};

/** A report as numbered lines: what every shape starts from. */
interface Lines {
  title?: string;
  addressee?: string;
  /** Body lines; a subsection heading ending in 。 may run into its first paragraph (`runIn`). */
  body: { text: string; heading: boolean; runIn?: string }[];
  signature?: string;
  dateLine: string;
}

function toLines(report: ComposedReport): Lines {
  const body: Lines['body'] = report.intro.map((text) => ({ text, heading: false }));
  report.sections.forEach((section, i) => {
    body.push({ text: `${ORDINALS[i]}、${section.heading}`, heading: true });
    for (const text of section.paragraphs) body.push({ text, heading: false });
    section.subsections.forEach((subsection, j) => {
      const [first, ...rest] = subsection.paragraphs;
      body.push({
        text: `（${ORDINALS[j] ?? '十'}）${subsection.heading}`,
        heading: true,
        ...(first === undefined ? {} : { runIn: first }),
      });
      for (const text of rest) body.push({ text, heading: false });
      subsection.points.forEach((point, k) => {
        body.push({ text: `${k + 1}.${point.heading}`, heading: true });
        for (const text of point.paragraphs) body.push({ text, heading: false });
      });
    });
  });
  const { year, month, day } = report.date;
  return {
    ...(report.title === undefined ? {} : { title: report.title }),
    ...(report.addressee === undefined ? {} : { addressee: `${report.addressee}：` }),
    body,
    ...(report.signature === undefined ? {} : { signature: report.signature }),
    dateLine: `${year}年${month}月${day}日`,
  };
}

/** Body lines with each run-in paragraph on its own line (or kept on the heading's line). */
function bodyLines(lines: Lines, runIn: (heading: string) => boolean): string[] {
  return lines.body.flatMap(({ text, runIn: first }) => {
    if (first === undefined) return [text];
    return runIn(text) ? [text + first] : [text, first];
  });
}

/** Half-width punctuation, as many sites and word processors write it; `share` of the marks are changed. */
function halfWidth(text: string, random: Random, share: number): string {
  const half: Record<string, string> = { '，': ',', '（': '(', '）': ')', '：': ':', '；': ';' };
  return text.replace(/[，（）：；]/gu, (mark) => (random.chance(share) ? half[mark]! : mark));
}

const endsSentence = (heading: string): boolean => /[。]$/u.test(heading);

function renderClean(lines: Lines, random: Random): string {
  const out = [
    ...(lines.title === undefined ? [] : [` ${lines.title}`, '']),
    ...(lines.addressee === undefined ? [] : [lines.addressee]),
    ...bodyLines(lines, () => false).map((line) => halfWidth(line, random, 0.1)),
    ...(lines.signature === undefined ? [] : [lines.signature]),
    lines.dateLine,
    ' ',
  ];
  return out.join(random.chance(0.3) ? '\r\n' : '\n');
}

function renderCollapsed(lines: Lines, random: Random): string {
  const head = [lines.title, lines.addressee].filter((line) => line !== undefined);
  const body = bodyLines(lines, endsSentence).map((line) => halfWidth(line, random, 0.9));
  const closing = [lines.signature, lines.dateLine].filter((line) => line !== undefined).join(' ');
  return `${[...head, ...body].join(' ')}\n${closing}\n|`;
}

const glossCache = new Map<string, string | undefined>();
/** The pinyin of one character when it makes a gloss the normalizer will recognize. */
function glossOf(character: string): string | undefined {
  if (!glossCache.has(character)) {
    const syllable = pinyin(character, { toneType: 'symbol' });
    glossCache.set(
      character,
      isPinyinSyllable(syllable) && /^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/u.test(syllable) ? syllable : undefined,
    );
  }
  return glossCache.get(character);
}

/** Traditional characters, with a pinyin gloss after some of those that differ from the simplified text. */
function toGlossedTraditional(simplified: string, random: Random): string {
  const traditional = toTraditional(simplified);
  const before = [...simplified];
  const after = [...traditional];
  if (before.length !== after.length) return traditional;
  return after
    .map((character, i) => {
      if (character === before[i] || !random.chance(0.6)) return character;
      const gloss = glossOf(before[i]!);
      return gloss === undefined ? character : `${character}(${gloss})`;
    })
    .join('');
}

function renderTraditional(lines: Lines, random: Random): string {
  const out = [
    ...(lines.title === undefined ? [] : [lines.title]),
    ...(lines.addressee === undefined ? [] : [lines.addressee]),
    ...bodyLines(lines, endsSentence),
    ...(lines.signature === undefined ? [] : [lines.signature]),
    lines.dateLine,
  ];
  return out.map((line) => toGlossedTraditional(halfWidth(line, random, 0.95), random)).join('\n');
}

function digits(random: Random, count: number): string {
  return Array.from({ length: count }, () => random.int(0, 9)).join('');
}

function renderWeb(lines: Lines, report: ComposedReport, p: PlaceYear, random: Random): string {
  const { year, month, day } = report.date;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const title = lines.title ?? `${p.county}${p.place}${p.year}年法治政府建设情况报告`;
  const host = `${p.city ?? ''}${p.county}`;
  const abbreviation = PROVINCE_ABBREVIATIONS[p.province] ?? '京';
  const indent = (): string => random.pick(['', '', '      ', '\u3000\u3000', '   ']);
  const head = [
    '您当前的位置:首页 > 政府信息公开 > 法定主动公开内容 > 法治政府建设年报',
    `索 引 号 ${digits(random, 9)}/${year}-${digits(random, 5)} 发文时间 ${iso}`,
    `发布机构 ${p.county}${p.place}政府 文 号`,
    '公开方式 主动公开 有效性 有效',
    `标 题: ${title}`,
    ...(lines.title === undefined ? [] : [lines.title]),
    '',
    '',
  ];
  const body = [
    ...(lines.addressee === undefined ? [] : [lines.addressee, '']),
    ...bodyLines(lines, () => false).flatMap((line) => [
      indent() + halfWidth(line, random, 0.95) + (random.chance(0.1) ? '   ' : ''),
      '',
    ]),
  ];
  const signature = [
    '',
    ...(lines.signature === undefined ? [] : [`               ${lines.signature}`, '']),
    `                ${lines.dateLine}`,
  ];
  const tail = [
    '',
    '',
    '',
    '',
    '扫一扫在手机上查看当前页面',
    '',
    '网站地图',
    '',
    `主办:${host}人民政府办公室     运行管理:${host}信息中心`,
    '',
    `联系电话:0${digits(random, 3)}-${digits(random, 7)} 电子邮件:${random.pick(['xxgk', 'zwgk', 'bgs', 'xxzx'])}${digits(random, 3)}@163.com`,
    '',
    `${abbreviation}ICP备${digits(random, 8)}号    网站标识码:${digits(random, 10)}     ${abbreviation}公网安备${digits(random, 14)}号`,
  ];
  return [...head, ...body, ...signature, ...tail].join('\n');
}

/** The raw text of a report in the given shape. */
export function renderShape(shape: Shape, report: ComposedReport, p: PlaceYear, random: Random): string {
  const lines = toLines(report);
  switch (shape) {
    case 'clean':
      return renderClean(lines, random);
    case 'collapsed':
      return renderCollapsed(lines, random);
    case 'traditional':
      return renderTraditional(lines, random);
    case 'web':
      return renderWeb(lines, report, p, random);
  }
}
