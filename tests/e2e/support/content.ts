/**
 * The reports as the content says they are, read straight from
 * content/reports/*.md (or REPORTS_DIR, like the build), so tests compute
 * their expectations from the content instead of hard-coding slugs.
 *
 * Deliberately independent of src/: the frontmatter is parsed with `yaml`
 * and headings with a line scan, so a bug in the site's own code cannot make
 * its tests agree with it.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A Markdown heading of a report body: depth 2 is a level-1 section (一、), 3 is level 2 (（一）), 4 is level 3 (1.). */
export interface ContentHeading {
  depth: number;
  text: string;
}

/** The facts of one report the tests rely on. */
export interface ContentReport {
  file: string;
  slug: string;
  title: string;
  place: string;
  province: string;
  city: string | undefined;
  county: string | undefined;
  /** Code of the report's unit on the division list: 9 digits township level, 6 county level. */
  divisionCode: string;
  year: number;
  headings: ContentHeading[];
  /** The body paragraphs (non-heading, non-empty lines), in order. */
  paragraphs: string[];
}

/** The folder the build reads reports from. */
export function reportsDir(): string {
  return resolve(repoRoot, process.env['REPORTS_DIR'] ?? 'content/reports');
}

function requireString(data: Record<string, unknown>, key: string, file: string): string {
  const value = data[key];
  if (typeof value !== 'string' || value === '')
    throw new Error(`${file}: frontmatter field "${key}" missing or not a string`);
  return value;
}

function optionalString(data: Record<string, unknown>, key: string): string | undefined {
  const value = data[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Parses one report file's text. Exported for the tests' own checks. */
export function parseReport(file: string, text: string): ContentReport {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (match === null) throw new Error(`${file}: no YAML frontmatter between --- lines`);
  const data = parse(match[1] ?? '') as Record<string, unknown>;
  const year = data['year'];
  if (typeof year !== 'number') throw new Error(`${file}: frontmatter field "year" missing or not a number`);
  const headings: ContentHeading[] = [];
  const paragraphs: string[] = [];
  let inFence = false;
  for (const rawLine of (match[2] ?? '').split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line.startsWith('```')) inFence = !inFence;
    if (inFence || line === '') continue;
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    if (heading !== null) headings.push({ depth: (heading[1] ?? '').length, text: heading[2] ?? '' });
    else paragraphs.push(line);
  }
  return {
    file,
    slug: requireString(data, 'slug', file),
    title: requireString(data, 'title', file),
    place: requireString(data, 'place', file),
    province: requireString(data, 'province', file),
    city: optionalString(data, 'city'),
    county: optionalString(data, 'county'),
    divisionCode: requireString(data, 'divisionCode', file),
    year,
    headings,
    paragraphs,
  };
}

let cached: Promise<ContentReport[]> | undefined;

/** Every report of the content folder, sorted by slug. Fails if there are none. */
export function loadReports(): Promise<ContentReport[]> {
  cached ??= (async () => {
    const dir = reportsDir();
    const files = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
    if (files.length === 0) throw new Error(`no reports in ${dir}: run the normalizer (npm run normalize) first`);
    const reports = await Promise.all(
      files.map(async (name) => parseReport(join(dir, name), await readFile(join(dir, name), 'utf8'))),
    );
    return reports.sort((a, b) => a.slug.localeCompare(b.slug));
  })();
  return cached;
}

/** Groups reports by a key, e.g. by year or by place. */
export function groupBy<K>(
  reports: readonly ContentReport[],
  key: (report: ContentReport) => K,
): Map<K, ContentReport[]> {
  const groups = new Map<K, ContentReport[]>();
  for (const report of reports) {
    const k = key(report);
    groups.set(k, [...(groups.get(k) ?? []), report]);
  }
  return groups;
}

const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Reads a Chinese number from 1 to 99 (一, 十二, 二十三); undefined for anything else. */
export function chineseNumber(text: string): number | undefined {
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (match === null || text === '') return undefined;
  const [, tens, ten, units] = match;
  if (ten === undefined) return tens !== undefined && units === undefined ? DIGITS[tens] : undefined;
  return (tens === undefined ? 1 : (DIGITS[tens] ?? 0)) * 10 + (units === undefined ? 0 : (DIGITS[units] ?? 0));
}

/**
 * The section ids the issue defines, for headings numbered the standard way
 * only: "一、" → s1, its "（二）" → s1-2, that item's "3." → s1-2-3. Headings
 * numbered any other way (and everything under them) are left out, so the
 * tests only assert what the specification states unambiguously.
 */
export function expectedSectionIds(report: ContentReport): { id: string; heading: ContentHeading }[] {
  const result: { id: string; heading: ContentHeading }[] = [];
  let level1: string | undefined;
  let level2: string | undefined;
  for (const heading of report.headings) {
    if (heading.depth === 2) {
      const n = /^([一二三四五六七八九十]+)、/.exec(heading.text);
      const number = n === null ? undefined : chineseNumber(n[1] ?? '');
      level1 = number === undefined ? undefined : `s${number}`;
      level2 = undefined;
      if (level1 !== undefined) result.push({ id: level1, heading });
    } else if (heading.depth === 3) {
      const n = /^（([一二三四五六七八九十]+)）/.exec(heading.text);
      const number = n === null ? undefined : chineseNumber(n[1] ?? '');
      level2 = level1 === undefined || number === undefined ? undefined : `${level1}-${number}`;
      if (level2 !== undefined) result.push({ id: level2, heading });
    } else if (heading.depth === 4) {
      const n = /^(\d{1,2})[.．、]/.exec(heading.text);
      if (level2 !== undefined && n !== null) result.push({ id: `${level2}-${Number(n[1])}`, heading });
    }
  }
  // An id the numbering would give twice (a numbering slip in the source) is not unambiguous: leave it out.
  const counts = new Map<string, number>();
  for (const { id } of result) counts.set(id, (counts.get(id) ?? 0) + 1);
  return result.filter((r) => counts.get(r.id) === 1);
}

/** The five parts of the national outline, as issue 3 names them for data-part and /compare/<part>/. */
export const OUTLINE_PARTS = ['measures', 'problems', 'duty', 'plans', 'other'] as const;

/**
 * The part a level-1 heading certainly opens, by the wording of the national
 * outline; undefined when the wording is not one of the unmistakable ones
 * (then the tests do not judge the site's classification of it).
 */
export function certainPart(headingText: string): string | undefined {
  if (/其他需要报告/.test(headingText)) return 'other';
  if (/第一责任人/.test(headingText)) return 'duty';
  if (/存在的[^，。]*(不足|问题)/.test(headingText)) return 'problems';
  if (/(下一年度|下一步)[^，。]*(安排|计划|打算|工作)/.test(headingText)) return 'plans';
  return undefined;
}
