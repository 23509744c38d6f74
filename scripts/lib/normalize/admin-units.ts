/**
 * Names of administrative units as reports write them: chains such as
 * 固原市原州区头营镇, organisations such as 新平县人民政府 or 中共怀化市委,
 * and the usual short forms of official names (新平县 for 新平彝族傣族自治县,
 * 洪江区 for 怀化市洪江管理区, 某某街道办事处 for 某某街道).
 */
import type { Level } from '../../../src/schemas/report.ts';

/** One administrative unit and its suffix: 原州区, 头营镇, 新平彝族傣族自治县. */
const ADMIN_UNIT =
  /\p{Script=Han}{2,10}?(?:特别行政区|自治区|自治州|自治县|自治旗|街道|地区|省|市|州|盟|县|区|旗|乡|镇)/gu;
const ORGANIZATION_SUFFIX =
  /(?:人民政府|政府|人大常委会|管理委员会|委员会|办事处|管委会|党委|党工委|工委|办公室|法治政府建设领导小组)$/u;

/** Whether a name is a known unit (the gazetteer's answer), to split chains such as 沁县定昌镇. */
export type KnownName = (name: string) => boolean;

const UNIT_END = /(?:特别行政区|自治区|自治州|自治县|自治旗|街道|地区|省|市|州|盟|县|区|旗|乡|镇)$/u;
/**
 * The endings of the county-level units of the division list that end in none of the above
 * (大柴旦行政委员会, 保定白沟新城, 乌拉盖管理区管委会): a chain may hold them when the list knows the name.
 */
export const OTHER_COUNTY_END = /(?:行政委员会|新城|管委会)$/u;

/**
 * Splits "固原市原州区头营镇" into its units, outermost first; [] when the
 * text is not only units. With `known`, a split into known units is preferred
 * (沁县定昌镇 → 沁县, 定昌镇; 天回镇街道 stays one unit; 大柴旦行政委员会柴旦镇 → 大柴旦行政委员会,
 * 柴旦镇), the fewest units first.
 */
export function parseAdminChain(text: string, known?: KnownName): string[] {
  if (known) {
    const split = splitKnown(text, known);
    if (split) return split;
  }
  const units = text.match(ADMIN_UNIT) ?? [];
  // Only a text made of units and nothing else is a chain: "洪江区工委洪江区
  // 管理委员会" would otherwise yield a unit "工委洪江区".
  return units.join('') === text ? units : [];
}

function splitKnown(text: string, known: KnownName): string[] | undefined {
  const memo = new Map<number, string[] | undefined>();
  const from = (start: number): string[] | undefined => {
    if (start === text.length) return [];
    if (memo.has(start)) return memo.get(start);
    let best: string[] | undefined;
    for (let end = start + 2; end <= Math.min(text.length, start + 16); end++) {
      const unit = text.slice(start, end);
      if (!(UNIT_END.test(unit) || OTHER_COUNTY_END.test(unit)) || !known(unit)) continue;
      const rest = from(end);
      if (rest && (best === undefined || rest.length + 1 < best.length)) best = [unit, ...rest];
    }
    memo.set(start, best);
    return best;
  };
  return text.length > 40 ? undefined : from(0);
}

/** The longest known township name at the start of a text: "阿尔乡镇坚持…" → 阿尔乡镇 (not 阿尔乡). */
export function townshipAtStart(text: string, known: KnownName): string | undefined {
  const head = text.slice(0, 12);
  let fallback: string | undefined;
  for (let end = head.length; end >= 2; end--) {
    const name = head.slice(0, end);
    if (!/(?:乡|镇|街道)$/u.test(name)) continue;
    if (known(name)) return name;
    fallback = name;
  }
  return fallback;
}

/**
 * The units an organisation name or a list of them names: "新平县人民政府" →
 * [新平县]; "中共怀化市委、怀化市人民政府" → [怀化市, 怀化市];
 * "固原市原州区头营镇人民政府" → [固原市, 原州区, 头营镇].
 */
export function unitsOfOrganizations(text: string, known?: KnownName): string[][] {
  return text
    .split(/[、，,；;]/u)
    .map((part) =>
      part
        .trim()
        .replace(/^中共/u, '')
        .replace(/[：:]$/u, '')
        // 东华门办事处, 东华门街道办事处: the subdistrict 东华门街道.
        .replace(/^(\p{Script=Han}{2,}?)(?:街道)?办事处$/u, '$1街道')
        .replace(ORGANIZATION_SUFFIX, '')
        .replace(/(市|县|区|州|旗|乡|镇)委$/u, '$1'),
    )
    .map((part) => parseAdminChain(part, known))
    .filter((chain) => chain.length > 0);
}

export function levelOf(place: string): Level | undefined {
  const m = place.match(/(街道|乡|镇|区|县|市)$/u);
  return m ? (m[1] as Level) : undefined;
}
