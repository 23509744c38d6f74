/**
 * Places and years for the synthetic corpus: real township-level units of
 * the division list (src/data/divisions.txt), so the corpus resolves to real
 * codes and the hierarchy and coverage pages are exercised as with real
 * reports. Counties are drawn at random; each reports from a share of its
 * townships, and a township for several years, as real ones do; no place
 * reports twice for one year.
 */
import { levelOf } from '../normalize/admin-units.ts';
import { pinyinSlug } from '../../../src/lib/text/slug.ts';
import { gazetteer } from '../places/gazetteer.ts';
import type { Random } from './random.ts';

export const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025] as const;

/** One report to generate: where and when. */
export interface PlaceYear {
  province: string;
  city?: string;
  county: string;
  place: string;
  level: '乡' | '镇' | '街道';
  /** The township's code in the division list. */
  divisionCode: string;
  /** True when province, county and place leave several units: the .yaml declares the code. */
  explicitCode: boolean;
  /** True when province and place leave several units: the .yaml declares the county. */
  needsCounty: boolean;
  year: number;
  /** The slug the normalizer will give it: pinyin of the place and the year, or an explicit one when that clashes. */
  slug: string;
  /** True when the slug had to be declared (two places read the same in pinyin). */
  explicitSlug: boolean;
}

/** County-level units with their townships named 乡, 镇 or 街道, in code order. */
function countiesWithTownships(): { county: number; townships: number[] }[] {
  const g = gazetteer();
  const byCounty = new Map<number, number[]>();
  for (let unit = 0; unit < g.size; unit++) {
    if (g.level(unit) !== 'township' || !/(?:乡|镇|街道)$/u.test(g.names[unit]!)) continue;
    const county = g.parents[unit]!;
    const list = byCounty.get(county);
    if (list) list.push(unit);
    else byCounty.set(county, [unit]);
  }
  return [...byCounty].map(([county, townships]) => ({ county, townships }));
}

/**
 * Exactly `count` place-years, deterministic for a given random generator.
 * A drawn county reports from 20–80 % of its townships; each of those for
 * one to five of the years 2019–2025. Once every county has been drawn
 * (about 57,700 place-years), counties are drawn again in further rounds,
 * each adding place-years not taken yet, so 100,000 reports and more fit
 * (the list holds about 280,000 place-years). The first round is the same
 * whatever `count` is, so report i does not depend on N.
 */
export function planPlaceYears(random: Random, count: number): PlaceYear[] {
  const g = gazetteer();
  const counties = countiesWithTownships();
  const out: PlaceYear[] = [];
  const drawn = new Set<number>();
  const slugs = new Set<string>();
  const taken = new Set<string>();

  function report(county: number, townships: number[]): void {
    const share = random.int(20, 80) / 100;
    const chosen = random.shuffle(townships).slice(0, Math.max(1, Math.round(share * townships.length)));
    for (const township of chosen) {
      const chain = g.chain(township);
      const name = (level: string): string | undefined => {
        const unit = chain.find((u) => g.level(u) === level);
        return unit === undefined ? undefined : g.names[unit];
      };
      const place = g.names[township]!;
      const countyName = g.names[county]!;
      const city = name('city');
      // The names a report gives may fit several units (two 城关镇 in counties of one name): then the code is declared.
      const countyUnits = g.find(countyName)?.units ?? [];
      const sameName = g.find(place)?.units ?? [];
      const fitting = sameName.filter((u) => countyUnits.some((c) => g.contains(c, u)));
      const inProvince = sameName.filter((u) => g.contains(chain[0]!, u));
      const years = random.shuffle(YEARS).slice(0, random.int(1, 5)).sort();
      for (const year of years) {
        if (out.length === count) break;
        if (taken.has(`${township}/${year}`)) continue;
        const natural = `${pinyinSlug(place)}-${year}`;
        const explicitSlug = slugs.has(natural);
        const slug = explicitSlug ? `${pinyinSlug(countyName)}-${g.codes[township]}-${year}` : natural;
        if (slugs.has(slug)) continue;
        slugs.add(slug);
        taken.add(`${township}/${year}`);
        out.push({
          province: name('province')!,
          ...(city === undefined ? {} : { city }),
          county: countyName,
          place,
          level: levelOf(place) as PlaceYear['level'],
          divisionCode: g.codes[township]!,
          explicitCode: fitting.length !== 1,
          needsCounty: inProvince.length !== 1,
          year,
          slug,
          explicitSlug,
        });
      }
    }
  }

  while (out.length < count && drawn.size < counties.length) {
    const { county, townships } = random.pick(counties);
    if (drawn.has(county)) continue;
    drawn.add(county);
    report(county, townships);
  }
  // Further rounds: every county again, in a new order, until N is reached or a round adds nothing.
  for (let before = -1; out.length < count && out.length > before;) {
    before = out.length;
    for (const { county, townships } of random.shuffle(counties)) {
      if (out.length === count) break;
      report(county, townships);
    }
  }
  return out;
}
