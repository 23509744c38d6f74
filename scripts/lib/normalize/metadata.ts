/**
 * Step 8: the report's metadata. What the text states (place, year, date,
 * issuer, addressee) is read from it; what it does not is taken from the
 * source's metadata file. A declared value that contradicts the text is an
 * error, not a silent choice; a required value found nowhere is an error
 * naming the file and what to add.
 */
import type { Level, Provenance, Report } from '../../../src/schemas/report.ts';
import { readChineseDateLine } from '../../../src/lib/text/dates.ts';
import { pinyinSlug } from '../../../src/lib/text/slug.ts';
import type { ChromeFacts } from './chrome.ts';
import type { Problem } from './problems.ts';
import type { SourceMeta } from './source-meta.ts';
import type { StructuredReport } from './structure.ts';

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
  | 'year'
  | 'published'
  | 'issuer'
  | 'addressee'
  | 'indexNumber'
> &
  Pick<Provenance, 'titleFrom'>;

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

/** One administrative unit and its suffix: 原州区, 头营镇, 新平彝族傣族自治县. */
const ADMIN_UNIT = /\p{Script=Han}{2,10}?(?:特别行政区|自治区|自治州|自治县|街道|地区|省|市|州|盟|县|区|旗|乡|镇)/gu;
const ORGANIZATION_SUFFIX = /(?:人民政府|政府|管理委员会|委员会|办事处|管委会|党委|工委|办公室)$/u;
const TOWNSHIP = /\p{Script=Han}{1,6}?(?:乡|镇|街道)/u;

/** Splits "固原市原州区头营镇" into its units, outermost first. */
export function parseAdminChain(text: string): string[] {
  const units = text.match(ADMIN_UNIT) ?? [];
  // Only a text made of units and nothing else is a chain: "洪江区工委洪江区
  // 管理委员会" would otherwise yield a unit "工委洪江区".
  return units.join('') === text ? units : [];
}

export function levelOf(place: string): Level | undefined {
  const m = place.match(/(街道|乡|镇|区|县|市)$/u);
  return m ? (m[1] as Level) : undefined;
}

interface Found<T> {
  value: T;
  line?: number;
}

export function resolveMetadata(
  report: StructuredReport,
  chrome: ChromeFacts,
  meta: SourceMeta,
  file: string,
): { metadata?: ReportMetadata; problems: Problem[] } {
  const problems: Problem[] = [];
  const metaFile = file.replace(/\.txt$/u, '.yaml');
  const firstParagraph = report.blocks.find((b) => b.kind === 'paragraph');
  const allText = report.blocks.map((b) => b.text).join('\n');

  const titleText = report.title?.text;
  const titleChain = titleText ? parseAdminChain(titleText.split(/\d{4}年|关于/u)[0]!.replace(/^中共/u, '')) : [];
  const signatureChain = report.signature
    ? parseAdminChain(report.signature.text.replace(ORGANIZATION_SUFFIX, ''))
    : [];

  // Year: the title's, else the opening paragraph's "2024年以来…", else a "2023年度法治政府建设" anywhere.
  const year =
    found(titleText?.match(/(\d{4})\s*年/u)?.[1], report.title?.line) ??
    found(firstParagraph?.text.match(/^(\d{4})\s*年/u)?.[1], firstParagraph?.line) ??
    found(allText.match(/(\d{4})年度?(?:\p{Script=Han}{0,8})法治政府建设/u)?.[1], undefined);
  const yearValue = year ? Number(year.value) : meta.year;
  if (year && meta.year !== undefined && meta.year !== Number(year.value)) {
    problems.push({
      file,
      line: year.line,
      message: `the text reports on ${year.value}年 but ${metaFile} declares year: ${meta.year}`,
      hint: `remove "year" from ${metaFile} or correct it; the text's own year wins only when they agree`,
    });
  }

  // Place: declared, else the last township (or district/county) named in the title, the signature, or the opening.
  const opening = firstParagraph?.text.match(new RegExp(`^\\d{4}年(?:以来|度)?[，,]?(${TOWNSHIP.source})`, 'u'))?.[1];
  const issuerPlace = titleText?.match(
    /^(?:中共)?(\p{Script=Han}{2,4}?(?:乡|镇|街道|区|县))(?:工委|党委|人民政府|管理委员会|委员会)/u,
  )?.[1];
  const reportedPlace = allText.match(/现将\d{4}年度?(\p{Script=Han}{2,6}?(?:乡|镇|街道|区|县))(?:法治政府)/u)?.[1];
  const place =
    meta.place ?? lastUnit(titleChain) ?? lastUnit(signatureChain) ?? opening ?? issuerPlace ?? reportedPlace;

  const chain = titleChain.length > 1 ? titleChain : signatureChain;
  const above = place ? chain.slice(0, Math.max(0, chain.indexOf(place))) : [];
  const county = meta.county ?? above.filter((u) => /(?:县|区|旗)$/u.test(u)).at(-1);
  const city =
    meta.city ??
    above.filter((u) => /(?:市|州|盟|地区)$/u.test(u) && !(PROVINCES as readonly string[]).includes(u)).at(-1);
  const province = meta.province ?? mostMentionedProvince(allText);

  const level = meta.level ?? (place ? levelOf(place) : undefined);
  const need = (what: string, key: string, example: string): void => {
    problems.push({
      file,
      message: `${what} is not stated in the text and not declared`,
      hint: `add "${key}: ${example}" to ${metaFile}`,
    });
  };
  if (yearValue === undefined) need('the year reported on', 'year', '2023');
  if (place === undefined) need('the place (township, town, subdistrict, district or county)', 'place', '老厂乡');
  if (province === undefined) need('the province', 'province', '云南省');
  if (place !== undefined && level === undefined) need(`the administrative level of "${place}"`, 'level', '镇');
  if (
    problems.length > 0 ||
    yearValue === undefined ||
    place === undefined ||
    province === undefined ||
    level === undefined
  ) {
    return { problems };
  }

  const dateLine = report.dateLine ? readChineseDateLine(report.dateLine.text) : undefined;
  const published = dateLine ?? chrome.published ?? meta.published;
  const titleIssuer = titleText?.match(/^(.{2,40}?(?:委员会|人民政府|政府|办事处|党委|工委))关于/u)?.[1];
  const generated = `${place}${yearValue}年法治政府建设情况报告`;
  const metadata: ReportMetadata = {
    title: titleText ?? meta.title ?? generated,
    titleFrom: titleText ? 'source' : 'generated',
    slug: meta.slug ?? `${pinyinSlug(place)}-${yearValue}`,
    place,
    level,
    province,
    year: yearValue,
  };
  if (county !== undefined && county !== place) metadata.county = county;
  if (city !== undefined) metadata.city = city;
  if (published !== undefined) metadata.published = published;
  const issuer = report.signature?.text ?? titleIssuer ?? chrome.issuer ?? meta.issuer;
  if (issuer !== undefined) metadata.issuer = issuer;
  if (report.addressee) metadata.addressee = report.addressee.text;
  if (chrome.indexNumber !== undefined) metadata.indexNumber = chrome.indexNumber;
  return { metadata, problems };
}

function found(value: string | undefined, line: number | undefined): Found<string> | undefined {
  if (value === undefined) return undefined;
  return line === undefined ? { value } : { value, line };
}

/** The innermost unit of a chain that a report can be about. */
function lastUnit(chain: string[]): string | undefined {
  const unit = chain.at(-1);
  return unit !== undefined && /(?:乡|镇|街道|区|县)$/u.test(unit) ? unit : undefined;
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
