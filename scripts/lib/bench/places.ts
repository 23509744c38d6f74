/**
 * Places and years for the synthetic corpus. The 31 mainland provinces with
 * two real prefecture-level cities each; counties and townships are invented
 * from pools of characters common in Chinese place names, so the corpus holds
 * thousands of plausible places (青石镇, 柳河乡, 东坪街道) without pretending
 * to be a gazetteer. A place reports for several years, as real ones do, and
 * no place reports twice for one year.
 */
import { pinyinSlug } from '../../../src/lib/text/slug.ts';
import type { Random } from './random.ts';

/** Province → two of its prefecture-level cities; municipalities have none (their districts sit directly below). */
export const PROVINCES: Readonly<Record<string, readonly string[]>> = {
  北京市: [],
  天津市: [],
  上海市: [],
  重庆市: [],
  河北省: ['石家庄市', '保定市'],
  山西省: ['太原市', '大同市'],
  辽宁省: ['沈阳市', '锦州市'],
  吉林省: ['长春市', '通化市'],
  黑龙江省: ['哈尔滨市', '齐齐哈尔市'],
  江苏省: ['南京市', '徐州市'],
  浙江省: ['杭州市', '温州市'],
  安徽省: ['合肥市', '安庆市'],
  福建省: ['福州市', '泉州市'],
  江西省: ['南昌市', '赣州市'],
  山东省: ['济南市', '临沂市'],
  河南省: ['郑州市', '平顶山市'],
  湖北省: ['武汉市', '宜昌市'],
  湖南省: ['长沙市', '怀化市'],
  广东省: ['广州市', '韶关市'],
  海南省: ['海口市', '三亚市'],
  四川省: ['成都市', '绵阳市'],
  贵州省: ['贵阳市', '遵义市'],
  云南省: ['昆明市', '玉溪市'],
  陕西省: ['西安市', '宝鸡市'],
  甘肃省: ['兰州市', '天水市'],
  青海省: ['西宁市', '海东市'],
  内蒙古自治区: ['呼和浩特市', '赤峰市'],
  广西壮族自治区: ['南宁市', '桂林市'],
  西藏自治区: ['拉萨市', '日喀则市'],
  宁夏回族自治区: ['银川市', '固原市'],
  新疆维吾尔自治区: ['乌鲁木齐市', '伊犁哈萨克自治州'],
};

/**
 * First and second characters of invented names. None is an administrative
 * suffix (乡镇区县市州盟旗省, 街, 道): the normalizer reads 原州区头营镇 as a
 * chain of units by those suffixes, and a 市 inside a name would split it.
 */
const FIRST = [
  ...'青石河东西南北新大小高龙凤白黄金马杨柳桃梅松安永长平和兴福宝清红双三古沙芦杏槐枣桑茶云雁鹤鹿泰丰盛庆',
];
const SECOND = [...'河桥口沟庄营屯铺集店堡峪岗园田林山溪泉湖江阳坪坝寨湾塘岭川滩洲台埠峰湘源亭水城关'];
const COUNTY_SECOND = [...'平安宁丰阳城川江山源林水德化昌远康'];

export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;

/** One report to generate: where and when. */
export interface PlaceYear {
  province: string;
  city?: string;
  county: string;
  place: string;
  level: '乡' | '镇' | '街道';
  year: number;
  /** The slug the normalizer will give it: pinyin of the place and the year, or an explicit one when that clashes. */
  slug: string;
  /** True when the slug had to be declared (two places read the same in pinyin). */
  explicitSlug: boolean;
}

function inventName(random: Random, second: readonly string[]): string {
  const name = random.pick(FIRST) + random.pick(second);
  // One name in six has three characters (大石桥, 新安庄), as many real ones do.
  return random.chance(1 / 6) ? name + random.pick(SECOND) : name;
}

/**
 * Exactly `count` place-years, deterministic for a given random generator.
 * Each invented township reports for one to five of the years 2019–2025.
 */
export function planPlaceYears(random: Random, count: number): PlaceYear[] {
  const provinces = Object.keys(PROVINCES);
  const out: PlaceYear[] = [];
  const places = new Set<string>();
  const slugs = new Set<string>();
  while (out.length < count) {
    const province = random.pick(provinces);
    const cities = PROVINCES[province]!;
    const city = cities.length > 0 ? random.pick(cities) : undefined;
    const county = inventName(random, COUNTY_SECOND) + (city === undefined || random.chance(0.3) ? '区' : '县');
    const level = random.weighted({ 镇: 5, 乡: 3, 街道: 1 });
    const place = inventName(random, SECOND) + level;
    const key = `${province}${city ?? ''}${county}${place}`;
    if (places.has(key)) continue;
    places.add(key);
    const years = random.shuffle(YEARS).slice(0, random.int(1, 5)).sort();
    for (const year of years) {
      if (out.length === count) break;
      const natural = `${pinyinSlug(place)}-${year}`;
      const explicitSlug = slugs.has(natural);
      const slug = explicitSlug ? `${pinyinSlug(county)}-${natural}` : natural;
      if (slugs.has(slug)) continue;
      slugs.add(slug);
      out.push({ province, ...(city === undefined ? {} : { city }), county, place, level, year, slug, explicitSlug });
    }
  }
  return out;
}
