/**
 * Places and provinces as the site browses them: grouping reports by place
 * (by division code), and the ASCII slugs of /places/<slug>/ and /provinces/<slug>/.
 */
import type { Report } from '../schemas/report.ts';
import { pinyinSlug } from './text/slug.ts';

/** The fields that say where a report comes from. */
export type PlaceFields = Pick<Report, 'place' | 'level' | 'county' | 'city' | 'province' | 'divisionCode'>;

/** One place with all its reports (one per year, usually). */
export interface PlaceGroup<R extends PlaceFields> {
  /** URL slug: pinyin of the place and its division code, "laochangxiang-530427203", unique by construction. */
  slug: string;
  /** The slug the place had before division codes ("laochangxiang"), kept as a redirect. */
  legacySlug: string;
  divisionCode: string;
  place: string;
  level: Report['level'];
  county: string | undefined;
  city: string | undefined;
  province: string;
  reports: R[];
}

/** One province with all its reports. */
export interface ProvinceGroup<R extends PlaceFields> {
  slug: string;
  province: string;
  reports: R[];
}

/** Sorting for Chinese names, by pinyin as a Chinese reader expects. */
export const chineseCollator = new Intl.Collator('zh-CN');

/** The place slug: pinyin of the place's name and its division code. */
export function placeSlug(place: string, divisionCode: string): string {
  return `${pinyinSlug(place)}-${divisionCode}`;
}

/** Make every slug in the list unique by numbering repeats: "a", "a-2", "a-3". */
function uniqueSlugs(slugs: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return slugs.map((slug) => {
    const count = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, count);
    return count === 1 ? slug : `${slug}-${count}`;
  });
}

/**
 * Reports grouped by place — by division code, so same-named townships never
 * share a page — sorted by province then place name. A place's slug is the
 * pinyin of its name and its code (老厂乡 → "laochangxiang-530427203").
 */
export function groupByPlace<R extends PlaceFields>(reports: readonly R[]): PlaceGroup<R>[] {
  const groups = new Map<string, PlaceGroup<R>>();
  for (const report of reports) {
    const key = report.divisionCode;
    const group = groups.get(key);
    if (group) group.reports.push(report);
    else {
      groups.set(key, {
        slug: placeSlug(report.place, report.divisionCode),
        legacySlug: '',
        divisionCode: report.divisionCode,
        place: report.place,
        level: report.level,
        county: report.county,
        city: report.city,
        province: report.province,
        reports: [report],
      });
    }
  }
  const sorted = [...groups.values()].sort(
    (a, b) =>
      chineseCollator.compare(a.province, b.province) ||
      chineseCollator.compare(a.place, b.place) ||
      a.divisionCode.localeCompare(b.divisionCode),
  );
  // The slugs of the site before division codes: the pinyin of the name, plus the
  // county's (or city's, or province's) when two places share a name; numbered repeats.
  const nameCounts = new Map<string, number>();
  for (const group of sorted) nameCounts.set(group.place, (nameCounts.get(group.place) ?? 0) + 1);
  const slugs = uniqueSlugs(
    sorted.map((group) => {
      const base = pinyinSlug(group.place);
      if (nameCounts.get(group.place) === 1) return base;
      return `${base}-${pinyinSlug(group.county ?? group.city ?? group.province)}`;
    }),
  );
  sorted.forEach((group, index) => {
    group.legacySlug = slugs[index] ?? '';
  });
  return sorted;
}

/** Suffixes dropped from province names before romanizing: 宁夏回族自治区 → 宁夏. */
const PROVINCE_SUFFIX = /(?:壮族|回族|维吾尔)?自治区$|特别行政区$|省$|市$/;

/**
 * Official romanizations where plain pinyin would collide: 陕西 and 山西 are
 * both "shanxi" in pinyin, and the national standard spells 陕西 "Shaanxi".
 */
const PROVINCE_SPELLINGS: Readonly<Record<string, string>> = { 陕西: 'shaanxi' };

/** The slug of a province: 云南省 → "yunnan", 宁夏回族自治区 → "ningxia", 陕西省 → "shaanxi". */
export function provinceSlug(province: string): string {
  const short = province.replace(PROVINCE_SUFFIX, '') || province;
  return PROVINCE_SPELLINGS[short] ?? pinyinSlug(short);
}

/** Reports grouped by province, sorted by province name. */
export function groupByProvince<R extends PlaceFields>(reports: readonly R[]): ProvinceGroup<R>[] {
  const groups = new Map<string, ProvinceGroup<R>>();
  for (const report of reports) {
    const group = groups.get(report.province);
    if (group) group.reports.push(report);
    else groups.set(report.province, { slug: '', province: report.province, reports: [report] });
  }
  const sorted = [...groups.values()].sort((a, b) => chineseCollator.compare(a.province, b.province));
  const slugs = uniqueSlugs(sorted.map((group) => provinceSlug(group.province)));
  sorted.forEach((group, index) => {
    group.slug = slugs[index] ?? '';
  });
  return sorted;
}
