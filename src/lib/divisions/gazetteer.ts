/**
 * The gazetteer: src/data/divisions.txt held in memory, built once per
 * process (per worker thread) by its loader — `scripts/lib/places/gazetteer.ts`
 * for the normalizer, `load-gazetteer.ts` for the site's build. Units are indices into parallel
 * arrays (code, name, parent); two maps lead from a name — official or a
 * short form — to the units that bear it. Nothing is allocated per lookup
 * beyond the result, so resolving thousands of reports stays cheap.
 */
import { parseDivisionsFile, type DivisionsHeader } from './divisions-file.ts';
import { nameVariants, renamings, shortForms } from './names.ts';

/** Prefecture-level entries that are only groupings, not cities: 市辖区, 省直辖县级行政区划. */
const GROUPING = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/u;

export type UnitLevel = 'province' | 'city' | 'county' | 'township';

/**
 * How a name was found: as written; as the normalizer's conversion to
 * simplified characters writes an official name (蒙阳街道 for 濛阳街道); as a
 * short form of the official name; or as a renamed unit's other name.
 */
export type MatchKind = 'exact' | 'converted' | 'short' | 'renamed';

export interface NameMatch {
  units: number[];
  kind: MatchKind;
  /** The spelling that matched, when it differs from the name looked up. */
  spelling?: string;
}

export class Gazetteer {
  readonly header: DivisionsHeader;
  readonly codes: readonly string[];
  readonly names: readonly string[];
  /** Index of each unit's parent, -1 for a province. */
  readonly parents: Int32Array;
  private readonly byCode = new Map<string, number>();
  private readonly byName = new Map<string, number | number[]>();
  private readonly byConverted = new Map<string, number | number[]>();
  private readonly byShortForm = new Map<string, number | number[]>();

  constructor(text: string) {
    const { header, codes, names, converted } = parseDivisionsFile(text);
    this.header = header;
    this.codes = codes;
    this.names = names;
    this.parents = new Int32Array(codes.length).fill(-1);
    // Sorted by code, so a unit's parent is the latest shorter code that prefixes it.
    const latest = new Map<number, number>();
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i]!;
      this.byCode.set(code, i);
      for (const length of [6, 4, 2]) {
        if (length >= code.length) continue;
        const candidate = latest.get(length);
        if (candidate !== undefined && code.startsWith(codes[candidate]!)) {
          this.parents[i] = candidate;
          break;
        }
      }
      latest.set(code.length, i);
      add(this.byName, names[i]!, i);
    }
    for (let i = 0; i < codes.length; i++) {
      const parent = this.parents[i]!;
      for (const form of shortForms(names[i]!, codes[i]!.length, parent >= 0 ? names[parent] : undefined))
        add(this.byShortForm, form, i);
    }
    for (const [i, spellings] of converted) for (const name of spellings) add(this.byConverted, name, i);
  }

  get size(): number {
    return this.codes.length;
  }

  indexOf(code: string): number | undefined {
    return this.byCode.get(code);
  }

  level(unit: number): UnitLevel {
    switch (this.codes[unit]!.length) {
      case 2:
        return 'province';
      case 4:
        return 'city';
      case 6:
        return 'county';
      default:
        return 'township';
    }
  }

  /** Whether a prefecture-level entry is a real city rather than a grouping (市辖区). */
  isGrouping(unit: number): boolean {
    return this.level(unit) === 'city' && GROUPING.test(this.names[unit]!);
  }

  /** The unit and its parents, outermost first, without groupings such as 市辖区. */
  chain(unit: number): number[] {
    const chain: number[] = [];
    for (let u = unit; u >= 0; u = this.parents[u]!) if (!this.isGrouping(u)) chain.unshift(u);
    return chain;
  }

  /** Whether `ancestor` is `unit` or one of its parents. */
  contains(ancestor: number, unit: number): boolean {
    for (let u = unit; u >= 0; u = this.parents[u]!) if (u === ancestor) return true;
    return false;
  }

  /** "云南省 玉溪市 新平彝族傣族自治县 老厂乡" */
  describe(unit: number): string {
    return this.chain(unit)
      .map((u) => this.names[u])
      .join(' ');
  }

  /** Whether `name` is not the unit's official name but the normalizer's conversion of it (蒙阳街道 for 濛阳街道). */
  isConverted(name: string, unit: number): boolean {
    const units = this.byConverted.get(name);
    return units !== undefined && this.names[unit] !== name && asList(units).includes(unit);
  }

  /** Whether a name denotes some unit, as written or as a short form. */
  knows(name: string): boolean {
    return this.byName.has(name) || this.byConverted.has(name) || this.byShortForm.has(name);
  }

  /**
   * The units a name may denote: the official name and the units whose
   * name the normalizer's conversion writes so (蒙阳街道 is 雅安市's 蒙阳街道
   * and 彭州市's 濛阳街道, converted); else a short form
   * (新平县, 洪江区, 宁夏) or a variant spelling (某某街道办事处); else, when
   * `allowRenamed`, the same name with another township suffix (某乡 → 某镇).
   */
  find(name: string, allowRenamed = false): NameMatch | undefined {
    for (const spelling of nameVariants(name)) {
      const exact = this.byName.get(spelling);
      const converted = this.byConverted.get(spelling);
      if (converted !== undefined) {
        const units = [...new Set([...asList(exact), ...asList(converted)])].sort((a, b) => a - b);
        return match(units, exact === undefined ? 'converted' : spelling === name ? 'exact' : 'short', spelling, name);
      }
      if (exact !== undefined) return match(exact, spelling === name ? 'exact' : 'short', spelling, name);
    }
    for (const spelling of nameVariants(name)) {
      const short = this.byShortForm.get(spelling);
      if (short !== undefined) return match(short, 'short', spelling, name);
    }
    if (allowRenamed) {
      for (const spelling of renamings(name)) {
        const renamed = this.byName.get(spelling);
        if (renamed !== undefined) return match(renamed, 'renamed', spelling, name);
      }
    }
    return undefined;
  }
}

function add(map: Map<string, number | number[]>, name: string, unit: number): void {
  const present = map.get(name);
  if (present === undefined) map.set(name, unit);
  else if (typeof present === 'number') map.set(name, [present, unit]);
  else present.push(unit);
}

function asList(found: number | number[] | undefined): number[] {
  return found === undefined ? [] : typeof found === 'number' ? [found] : found;
}

function match(found: number | number[], kind: MatchKind, spelling: string, name: string): NameMatch {
  const units = typeof found === 'number' ? [found] : [...found];
  return spelling === name ? { units, kind } : { units, kind, spelling };
}
