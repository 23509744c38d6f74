/**
 * The raw material of the synthetic corpus: the real, normalized reports of
 * content/reports/, cut into sections, subsections and paragraphs, with their
 * own place names and years replaced by placeholders. The composer fills the
 * placeholders with a generated place and year, so a synthetic report reads
 * like a real one ("现将{Y}年度{PLACE}法治政府建设工作情况报告如下") and keeps
 * the real phrases (法律明白人, 枫桥经验, 一站式…) that searches look for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { classifyPart, type Part } from '../../../src/lib/parts.ts';
import { stripSectionNumber } from '../../../src/lib/text/section-numbers.ts';

/** What a level-2 section of a report is about: its part, as the site classifies it (src/lib/parts.ts). */
export type SectionKind = Part;

/** A level-4 heading with its paragraphs, inside a subsection. */
export interface Point {
  heading: string;
  paragraphs: string[];
}

/** A level-3 heading (without its number) and what follows it. */
export interface Subsection {
  heading: string;
  paragraphs: string[];
  points: Point[];
}

/** A level-2 section (heading without its number). */
export interface Section {
  kind: SectionKind;
  heading: string;
  /** Paragraphs between the heading and its first subsection. */
  paragraphs: string[];
  subsections: Subsection[];
}

/** One real report as templates. */
export interface SourceReport {
  slug: string;
  title: string;
  level: string;
  addressee?: string;
  /** Paragraphs before the first section. */
  intro: string[];
  sections: Section[];
}

export interface Material {
  reports: SourceReport[];
}

/** Placeholders the composer fills in; braces never occur in the reports. */
export const PLACEHOLDERS = [
  '{PLACE}',
  '{SHORT}',
  '{LV}',
  '{COUNTY}',
  '{CITY}',
  '{PROVINCE}',
  '{PROVINCE_SHORT}',
  '{Y}',
  '{Y+1}',
  '{Y-1}',
] as const;

interface Names {
  place: string;
  level: string;
  county?: string | undefined;
  city?: string | undefined;
  province: string;
  year: number;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A place name without its administrative suffix: 新平彝族傣族自治县 → 新平, 老厂乡 → 老厂. */
export function shortName(name: string): string {
  const match = name.match(
    /^(\p{Script=Han}{2,}?)(?:(?:维吾尔|哈萨克|\p{Script=Han}{1,2}?族)*自治(?:县|州|区|旗)|特别行政区|街道|省|市|州|盟|县|区|旗|乡|镇)$/u,
  );
  return match ? match[1]! : name;
}

/**
 * Replaces a report's own names and years by placeholders. Longer names go
 * first so 新平彝族傣族自治县 is not half-replaced by 新平县; years are
 * replaced only as "2023年" standing alone, never inside a range such as
 * 2021-2025年 (a plan period, the same in every report).
 */
export function templatize(text: string, names: Names): string {
  const pairs: [string, string][] = [[names.place, '{PLACE}']];
  if (names.county) pairs.push([names.county, '{COUNTY}'], [`${shortName(names.county)}县`, '{COUNTY}']);
  if (names.city) pairs.push([names.city, '{CITY}']);
  pairs.push([names.province, '{PROVINCE}']);
  const shorts: [string, string][] = [
    [shortName(names.place), '{SHORT}'],
    [shortName(names.province), '{PROVINCE_SHORT}'],
  ];
  let out = text;
  for (const [name, placeholder] of [...pairs].sort((a, b) => b[0].length - a[0].length)) {
    if (name.length >= 2) out = out.replaceAll(name, placeholder);
  }
  for (const [name, placeholder] of shorts) {
    if (name.length >= 2) out = out.replace(new RegExp(`${escapeRegExp(name)}(?![乡镇区县市省])`, 'gu'), placeholder);
  }
  // 我乡, 全镇, 本乡 and the township's own bodies follow the generated place's level.
  out = out.replace(new RegExp(`(我|全|本)${escapeRegExp(names.level)}(?![村长])`, 'gu'), '$1{LV}');
  const years: Record<number, string> = { [names.year - 1]: '{Y-1}', [names.year]: '{Y}', [names.year + 1]: '{Y+1}' };
  return out.replace(/(?<![\d\-–—~〜至])(\d{4})(?=\s*年)/gu, (whole, digits: string) => years[Number(digits)] ?? whole);
}

/** Splits a normalized report into frontmatter data and body lines. */
function readReport(text: string): { data: Record<string, unknown>; body: string } {
  const match = text.match(/^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/u);
  if (!match) throw new Error('not a normalized report: no frontmatter');
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** An optional text field of the frontmatter: absent, or a string (anything else is not a normalized report). */
function optionalText(value: unknown): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new Error(`not a normalized report: a text field holds ${JSON.stringify(value)}`);
}

const unescape = (text: string): string => text.replace(/\\([\\`*_{}[\]()#+\-.!<>&|~])/gu, '$1');
const withoutNumber = stripSectionNumber;

/** Cuts a normalized report body into sections, subsections and points. */
export function parseBody(body: string, templ: (text: string) => string): Pick<SourceReport, 'intro' | 'sections'> {
  const intro: string[] = [];
  const sections: Section[] = [];
  let section: Section | undefined;
  let subsection: Subsection | undefined;
  let point: Point | undefined;
  for (const block of body.split(/\n{2,}/u)) {
    const text = unescape(block.trim());
    if (text === '') continue;
    const heading = text.match(/^(#{2,4}) (.*)$/u);
    if (heading) {
      const title = templ(withoutNumber(heading[2]!));
      const depth = heading[1]!.length;
      if (depth === 2) {
        section = { kind: classifyPart(title), heading: title, paragraphs: [], subsections: [] };
        sections.push(section);
        subsection = undefined;
        point = undefined;
      } else if (depth === 3 && section) {
        subsection = { heading: title, paragraphs: [], points: [] };
        section.subsections.push(subsection);
        point = undefined;
      } else if (depth === 4 && subsection) {
        point = { heading: title, paragraphs: [] };
        subsection.points.push(point);
      }
      continue;
    }
    const paragraph = templ(text.replace(/\n/gu, ''));
    if (point) point.paragraphs.push(paragraph);
    else if (subsection) subsection.paragraphs.push(paragraph);
    else if (section) section.paragraphs.push(paragraph);
    else intro.push(paragraph);
  }
  return { intro, sections };
}

/** Reads every normalized report of a folder as material. */
export function loadMaterial(reportsDir: string): Material {
  const reports = readdirSync(reportsDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name): SourceReport => {
      const { data, body } = readReport(readFileSync(join(reportsDir, name), 'utf8'));
      const names: Names = {
        place: String(data['place']),
        level: String(data['level']),
        county: optionalText(data['county']),
        city: optionalText(data['city']),
        province: String(data['province']),
        year: Number(data['year']),
      };
      const templ = (text: string): string => templatize(text, names);
      const addresseeText = optionalText(data['addressee']);
      const addressee = addresseeText === undefined ? undefined : templ(addresseeText);
      return {
        slug: String(data['slug']),
        title: templ(String(data['title'])),
        level: names.level,
        ...(addressee === undefined ? {} : { addressee }),
        ...parseBody(body, templ),
      };
    });
  if (reports.length === 0)
    throw new Error(
      `${reportsDir}: no normalized reports (*.md) to build the synthetic corpus from; run npm run normalize first`,
    );
  return { reports };
}
