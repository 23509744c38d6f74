/**
 * Step 8: the report's metadata. What the text states (place, year, date,
 * issuer, addressee) is read from it; what it does not is taken from the
 * source's metadata file. The place is resolved to one unit of the official
 * division list (scripts/lib/places/), the year from its clues in a fixed
 * order (report-year.ts). A declared value that contradicts the text is an
 * error, not a silent choice; a required value found nowhere is an error
 * naming the file and what to add.
 */
import type { PlaceClueKind, Provenance, Report } from '../../../src/schemas/report.ts';
import { readChineseDateLine } from '../../../src/lib/text/dates.ts';
import { pinyinSlug } from '../../../src/lib/text/slug.ts';
import type { ChromeFacts } from './chrome.ts';
import { levelOf, parseAdminChain, townshipAtStart, unitsOfOrganizations } from './admin-units.ts';
import type { Problem } from './problems.ts';
import { yearClues, type YearClue } from './report-year.ts';
import type { MetaLines, SourceMeta } from './source-meta.ts';
import type { StructuredReport } from './structure.ts';
import { gazetteer } from '../places/gazetteer.ts';
import { resolveDivision, type PlaceClue } from '../places/resolve-division.ts';

/** What the text and the metadata file say about a report: fields of the schema, plus where the title came from. */
export type ReportMetadata = Pick<
  Report,
  | 'title'
  | 'slug'
  | 'place'
  | 'level'
  | 'county'
  | 'city'
  | 'province'
  | 'divisionCode'
  | 'division'
  | 'year'
  | 'published'
  | 'issuer'
  | 'addressee'
  | 'indexNumber'
> &
  Pick<Provenance, 'titleFrom' | 'placeFrom' | 'yearFrom'>;

const PROVINCES = [
  '北京市',
  '天津市',
  '上海市',
  '重庆市',
  '河北省',
  '山西省',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '海南省',
  '四川省',
  '贵州省',
  '云南省',
  '陕西省',
  '甘肃省',
  '青海省',
  '台湾省',
  '内蒙古自治区',
  '广西壮族自治区',
  '西藏自治区',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
  '香港特别行政区',
  '澳门特别行政区',
] as const;

export function resolveMetadata(
  report: StructuredReport,
  chrome: ChromeFacts,
  meta: SourceMeta,
  file: string,
  metaLines: MetaLines = {},
): { metadata?: ReportMetadata; problems: Problem[] } {
  const problems: Problem[] = [];
  const metaFile = file.replace(/\.txt$/u, '.yaml');

  const year = decideYear(yearClues(report), meta, file, metaFile, problems);
  const place = resolveDivision(
    placeClues(report, chrome, meta),
    {
      divisionCode: meta.divisionCode,
      province: meta.province,
      city: meta.city,
      county: meta.county,
      place: meta.place,
      lines: metaLines,
    },
    file,
    metaFile,
  );
  problems.push(...place.problems);
  const division = place.resolved;
  const level =
    meta.level ??
    (division
      ? (levelOf(division.display.place) ?? levelOf(division.division.township ?? division.division.county))
      : undefined);
  if (division && level === undefined)
    problems.push({
      file,
      message: `the administrative level of "${division.display.place}" is not stated in the text and not declared`,
      hint: `add "level: 镇" to ${metaFile}`,
    });
  if (problems.length > 0 || year === undefined || division === undefined || level === undefined) return { problems };

  const dateLine = report.dateLine ? readChineseDateLine(report.dateLine.text) : undefined;
  const published = dateLine ?? chrome.published ?? meta.published;
  const titleText = report.title?.text;
  const titleIssuer = titleText?.match(/^(.{2,40}?(?:委员会|人民政府|政府|办事处|党委|工委))关于/u)?.[1];
  const { place: placeName, county, city, province } = division.display;
  const generated = `${placeName}${year.year}年法治政府建设情况报告`;
  const metadata: ReportMetadata = {
    title: titleText ?? meta.title ?? generated,
    titleFrom: titleText ? 'source' : 'generated',
    slug: meta.slug ?? `${pinyinSlug(placeName)}-${year.year}`,
    place: placeName,
    level,
    province,
    divisionCode: division.code,
    division: division.division,
    year: year.year,
    placeFrom: division.decidedBy,
    yearFrom: { clue: year.kind, text: year.text },
  };
  if (county !== undefined && county !== placeName) metadata.county = county;
  if (city !== undefined) metadata.city = city;
  if (published !== undefined) metadata.published = published;
  const issuer = report.signature?.text ?? titleIssuer ?? chrome.issuer ?? meta.issuer;
  if (issuer !== undefined) metadata.issuer = issuer;
  if (report.addressee) metadata.addressee = report.addressee.text;
  if (chrome.indexNumber !== undefined) metadata.indexNumber = chrome.indexNumber;
  return { metadata, problems };
}

/**
 * The year from its clues (report-year.ts), strongest first. A declared year
 * must agree with the title; otherwise it settles clues that disagree.
 */
function decideYear(
  clues: YearClue[],
  meta: SourceMeta,
  file: string,
  metaFile: string,
  problems: Problem[],
): { year: number; kind: YearClue['kind']; text: string } | undefined {
  const quote = (c: YearClue): string => `${c.kind} "${c.text}"${c.line ? ` (line ${c.line})` : ''}`;
  if (meta.year !== undefined) {
    const title = clues.find((c) => c.kind === 'title');
    if (title && title.year !== meta.year) {
      problems.push({
        file,
        line: title.line,
        message: `the text reports on ${title.year}年 but ${metaFile} declares year: ${meta.year}`,
        hint: `remove "year" from ${metaFile} or correct it; the text's own year wins only when they agree`,
      });
      return undefined;
    }
    const agreeing = clues.find((c) => c.year === meta.year);
    return agreeing ?? { year: meta.year, kind: 'metadata', text: `year: ${meta.year}` };
  }
  const [first] = clues;
  if (first === undefined) {
    problems.push({
      file,
      message: 'the year reported on is not stated in the text and not declared',
      hint: `add "year: 2023" to ${metaFile}`,
    });
    return undefined;
  }
  const other = clues.find((c) => c.year !== first.year);
  if (other) {
    problems.push({
      file,
      line: other.line,
      message: `the clues disagree on the year reported on: ${quote(first)} means ${first.year}, ${quote(other)} means ${other.year}`,
      hint: `add "year:" with the year the report is on (${first.year}, ${other.year} or another) to ${metaFile}`,
    });
    return undefined;
  }
  return first;
}

const PLACE_LIKE = /(?:乡|镇|街道|区|县)$/u;

/** Every clue to the report's place, in the order they are weighed (see resolve-division.ts). */
function placeClues(report: StructuredReport, chrome: ChromeFacts, meta: SourceMeta): PlaceClue[] {
  const g = gazetteer();
  const known = (name: string): boolean => g.knows(name);
  const clues: PlaceClue[] = [];
  const add = (kind: PlaceClueKind, text: string, line: number | undefined, units: string[]): void => {
    if (units.length === 0) return;
    clues.push({ kind, text, line, units, names: PLACE_LIKE.test(units.at(-1)!) ? 'place' : 'above' });
  };
  if (meta.place) add('metadata', `place: ${meta.place}`, undefined, [meta.place]);
  const title = report.title;
  if (title) {
    add(
      'title',
      title.text,
      title.line,
      parseAdminChain(title.text.split(/\d{4}\s*年|关于/u)[0]!.replace(/^中共/u, ''), known),
    );
    const issuer = title.text.match(
      /^(?:中共)?(\p{Script=Han}{2,4}?(?:乡|镇|街道|区|县))(?:工委|党委|人民政府|管理委员会|委员会)/u,
    )?.[1];
    if (issuer) add('title', title.text, title.line, [issuer]);
  }
  const signature = report.signature;
  if (signature)
    for (const units of unitsOfOrganizations(signature.text, known))
      add('signature', signature.text, signature.line, units);
  const paragraphs = report.blocks.filter((b) => b.kind === 'paragraph');
  const first = paragraphs[0];
  const afterYear = first?.text.match(/^\d{4}\s*年(?:以来|度)?[，,]?/u);
  const opening = afterYear ? townshipAtStart(first!.text.slice(afterYear[0].length), known) : undefined;
  if (opening) add('opening', first!.text.slice(0, 20), first!.line, [opening]);
  for (const p of paragraphs) {
    const reported = p.text.match(/现将\d{4}年度?(\p{Script=Han}{2,12}?(?:乡|镇|街道|区|县))法治政府/u);
    if (reported) {
      const units = parseAdminChain(reported[1]!, known);
      add('body', reported[0], p.line, units.length > 0 ? units : [reported[1]!]);
      break;
    }
  }
  if (chrome.issuer)
    for (const units of unitsOfOrganizations(chrome.issuer, known))
      add('chrome', `发布机构 ${chrome.issuer}`, undefined, units);
  const addressee = report.addressee;
  if (addressee) {
    const units = [...new Set(unitsOfOrganizations(addressee.text, known).flat())];
    if (units.length > 0)
      clues.push({ kind: 'addressee', text: addressee.text, line: addressee.line, units, names: 'above' });
  }
  const province = mostMentionedProvince(report.blocks.map((b) => b.text).join('\n'));
  if (province) clues.push({ kind: 'text', text: `${province} (named most often)`, units: [province], names: 'above' });
  return clues;
}

/** The province the text names most often (reports cite their province's regulations). */
function mostMentionedProvince(text: string): string | undefined {
  let best: string | undefined;
  let bestCount = 0;
  for (const province of PROVINCES) {
    const count = text.split(province).length - 1;
    if (count > bestCount) {
      best = province;
      bestCount = count;
    }
  }
  return best;
}
