/**
 * Which division a report is from. Every clue the report gives — its title,
 * signature, addressee, opening sentence, page facts (发布机构), the `.yaml`
 * — names units; the first clue that names the report's own unit gives the
 * candidates (every unit of that name in the list, allowing short forms and
 * renamings), and each clue in turn keeps the candidates lying in the units
 * it names. A clue that would rule out every candidate is ignored (reports
 * quote other places), except the `.yaml`'s, which must hold. One candidate
 * left is the answer, and the clue that left it is recorded; several left is
 * an error listing each with its code and chain and naming the key that
 * settles it; a name absent from the list is an error saying so.
 */
import type { PlaceClueKind } from '../../../src/schemas/report.ts';
import type { Problem } from '../normalize/problems.ts';
import { gazetteer, type Gazetteer, type NameMatch } from './gazetteer.ts';

export interface PlaceClue {
  kind: PlaceClueKind;
  /** The clue as written (quoted in messages and in provenance). */
  text: string;
  line?: number | undefined;
  /** Units it names, outermost first. */
  units: string[];
  /** Whether its innermost unit may be the report's own place (a title, a signature), or every unit lies above it (an addressee). */
  names: 'place' | 'above';
}

export interface DivisionDeclaration {
  divisionCode?: string | undefined;
  province?: string | undefined;
  city?: string | undefined;
  county?: string | undefined;
  /** The place as the `.yaml` declares it (also a clue of kind metadata). */
  place?: string | undefined;
  /** The line of each key in the `.yaml`, for messages. */
  lines?: Readonly<Partial<Record<string, number>>>;
}

/** The `.yaml` keys that say where a report is from, in the order a contradiction blames them. */
const PLACE_KEYS = ['divisionCode', 'place', 'county', 'city', 'province'] as const;

export interface ResolvedDivision {
  code: string;
  /** Official names, outermost first. */
  division: { province: string; city?: string; county: string; township?: string };
  /** The report's own spelling of each unit of the chain where it wrote one (新平县), else the official name. */
  display: { place: string; county?: string; city?: string; province: string };
  decidedBy: { clue: PlaceClueKind; text: string; alias?: string };
}

export function resolveDivision(
  clues: readonly PlaceClue[],
  declared: DivisionDeclaration,
  file: string,
  metaFile: string,
): { resolved?: ResolvedDivision; problems: Problem[] } {
  const g = gazetteer();
  const fail = (message: string, hint: string, line?: number): { problems: Problem[] } => ({
    problems: [{ file, line, message, hint }],
  });
  const found = clues.length
    ? `clues found: ${clues.map((c) => `${c.kind} "${c.text}"${c.line ? ` (line ${c.line})` : ''}`).join('; ')}`
    : 'no clue names a place';

  // The spellings the report uses, for display: the first clue naming a unit wins. A spelling that is
  // only the conversion to simplified characters of the official name (蒙阳街道 for 濛阳街道, 么塘乡 for
  // 幺塘乡) is not the report's: the official name is shown.
  const written = new Map<number, string>();
  const note = (match: NameMatch | undefined, name: string): void => {
    if (match?.units.length === 1 && !written.has(match.units[0]!) && !g.isConverted(name, match.units[0]!))
      written.set(match.units[0]!, name);
  };

  let candidates: number[];
  let nameClue: PlaceClue | undefined;
  let placeName: string;
  let decidedBy: ResolvedDivision['decidedBy'] | undefined;
  if (declared.divisionCode !== undefined) {
    const unit = g.indexOf(declared.divisionCode);
    nameClue = clues.find((c) => c.names === 'place');
    if (unit === undefined) return declaredUnlisted(g, clues, declared, declared.divisionCode, file, metaFile);
    if (g.level(unit) !== 'county' && g.level(unit) !== 'township')
      return fail(
        `divisionCode ${declared.divisionCode} declared in ${metaFile} is ${g.describe(unit)}, not a county- or township-level unit`,
        'declare the code of the report’s own unit: 6 digits for a county-level unit, 9 for a township-level one',
      );
    candidates = [unit];
    placeName = nameClue?.units.at(-1) ?? g.names[unit]!;
    decidedBy = { clue: 'metadata', text: `divisionCode: ${declared.divisionCode}` };
  } else {
    nameClue = clues.find((c) => c.names === 'place' && c.units.length > 0);
    if (nameClue === undefined)
      return fail(
        `the place (township, town, subdistrict, district or county) is not stated in the text and not declared; ${found}`,
        `add "place: 老厂乡" (the name as the report writes it) to ${metaFile}`,
      );
    placeName = nameClue.units.at(-1)!;
    const match = g.find(placeName, true);
    candidates = (match?.units ?? []).filter((u) => g.level(u) === 'county' || g.level(u) === 'township');
    if (candidates.length === 0)
      return fail(
        `"${placeName}" (${nameClue.kind}: "${nameClue.text}") is not a county- or township-level unit in the division list (${g.header.source}, data as of ${g.header.dataDate}): a typo, or a unit newer than the list`,
        `correct the name in the text (or declare it: "place: …" in ${metaFile}); for a unit newer than the list, declare its "divisionCode:", "province:", "city:" and "county:" in ${metaFile}`,
        nameClue.line,
      );
    note(match, placeName);
    if (candidates.length === 1) decidedBy = decision(nameClue, match!, placeName, g);
  }

  const constraints: { clue: PlaceClue; strong: boolean; names: string[] }[] = [];
  if (declared.county) constraints.push(declaredClue('county', declared.county));
  if (declared.city) constraints.push(declaredClue('city', declared.city));
  if (declared.province) constraints.push(declaredClue('province', declared.province));
  for (const clue of clues) {
    const names = clue === nameClue ? clue.units.slice(0, -1) : clue.units;
    if (names.length > 0) constraints.push({ clue, strong: false, names });
  }

  for (const { clue, strong, names } of constraints) {
    for (const name of names) {
      const match = g.find(name);
      if (match === undefined) {
        if (strong)
          return fail(
            `${clue.text} declared in ${metaFile} is not in the division list (${g.header.source}, data as of ${g.header.dataDate})`,
            `write the name as the list does (for example 新平彝族傣族自治县 or 新平县), or remove the line`,
          );
        continue;
      }
      const kept = candidates.filter((c) => match.units.some((u) => g.contains(u, c)));
      if (kept.length === 0) {
        if (strong)
          return fail(
            `${metaFile} declares ${clue.text}, but no "${placeName}" of the division list lies in ${name}; ${listCandidates(g, candidates)}`,
            `correct or remove "${clue.text}" in ${metaFile}`,
          );
        continue;
      }
      note(match, name);
      if (kept.length === 1 && candidates.length > 1) decidedBy = decision(clue, match, name, g);
      candidates = kept;
    }
  }

  if (candidates.length > 1) {
    return fail(
      `"${placeName}" is ambiguous: the division list has ${candidates.length} units of that name and the clues do not tell which; ${found}; candidates:\n${candidates.map((c) => `    ${g.codes[c]} ${g.describe(c)}`).join('\n')}`,
      `add to ${metaFile} the code of the right one ("divisionCode: " and one of the codes above) or its county ("county: …")`,
      nameClue?.line,
    );
  }
  const unit = candidates[0]!;
  const contradiction = titleContradiction(g, clues, declared, unit, file, metaFile);
  if (contradiction) return { problems: [contradiction] };
  const chain = g.chain(unit);
  const official = (level: string): number | undefined => chain.find((u) => g.level(u) === level);
  const province = official('province')!;
  const city = official('city');
  const county = official('county')!;
  const township = official('township');
  const show = (u: number): string => written.get(u) ?? g.names[u]!;
  const resolved: ResolvedDivision = {
    code: g.codes[unit]!,
    division: {
      province: g.names[province]!,
      ...(city !== undefined ? { city: g.names[city]! } : {}),
      county: g.names[county]!,
      ...(township !== undefined ? { township: g.names[township]! } : {}),
    },
    display: {
      place: g.isConverted(placeName, unit) ? g.names[unit]! : placeName,
      ...(township !== undefined ? { county: show(county) } : {}),
      ...(city !== undefined ? { city: show(city) } : {}),
      province: show(province),
    },
    decidedBy: decidedBy ?? { clue: nameClue!.kind, text: nameClue!.text },
  };
  return { resolved, problems: [] };

  function declaredClue(key: string, value: string): { clue: PlaceClue; strong: boolean; names: string[] } {
    return {
      clue: { kind: 'metadata', text: `${key}: ${value}`, units: [value], names: 'above' },
      strong: true,
      names: [value],
    };
  }
}

/**
 * A unit newer than the list, declared by the `.yaml`: its code, province,
 * (city,) county and, for a township, the name the report gives. The
 * province must be in the list, and a township's code must begin with the
 * code of a county of the declared name when that county is listed.
 */
function declaredUnlisted(
  g: Gazetteer,
  clues: readonly PlaceClue[],
  declared: DivisionDeclaration,
  code: string,
  file: string,
  metaFile: string,
): { resolved?: ResolvedDivision; problems: Problem[] } {
  const problem = (message: string): { problems: Problem[] } => ({
    problems: [
      {
        file,
        message: `divisionCode ${code} declared in ${metaFile} is not in the division list (${g.header.source}, data as of ${g.header.dataDate}); ${message}`,
        hint: `correct the code, or declare the unit's "province:", "city:" and "county:" in ${metaFile} as its code says`,
      },
    ],
  });
  const place = clues.find((c) => c.names === 'place')?.units.at(-1);
  const province = declared.province === undefined ? undefined : g.find(declared.province);
  if (province === undefined || declared.county === undefined || place === undefined)
    return problem('a unit the list lacks needs its province and county declared and its name in the text or "place:"');
  if (!province.units.some((u) => code.startsWith(g.codes[u]!) && g.level(u) === 'province'))
    return problem(`it does not lie in ${declared.province}`);
  const listedCounty = code.length === 9 ? g.indexOf(code.slice(0, 6)) : undefined;
  if (listedCounty !== undefined && !(g.find(declared.county)?.units ?? []).includes(listedCounty))
    return problem(`its first six digits are ${g.describe(listedCounty)}, not ${declared.county}`);
  const county = code.length === 9 ? declared.county : place;
  return {
    problems: [],
    resolved: {
      code,
      division: {
        province: declared.province!,
        ...(declared.city !== undefined ? { city: declared.city } : {}),
        county,
        ...(code.length === 9 ? { township: place } : {}),
      },
      display: {
        place,
        ...(code.length === 9 ? { county: declared.county } : {}),
        ...(declared.city !== undefined ? { city: declared.city } : {}),
        province: declared.province!,
      },
      decidedBy: { clue: 'metadata', text: `divisionCode: ${code}` },
    },
  };
}

/**
 * A `.yaml` that places the report where its title says it is not: every unit the title names must be
 * the report's unit or lie above it, as written or through a known alias (新平县, 洪江区, a renamed 乡/镇,
 * a converted spelling). The title is the report's own word, so a `.yaml` key that overrules it is an
 * error naming the key and its line, unless the list does not know the title's name (nothing to compare).
 */
function titleContradiction(
  g: Gazetteer,
  clues: readonly PlaceClue[],
  declared: DivisionDeclaration,
  unit: number,
  file: string,
  metaFile: string,
): Problem | undefined {
  const keys = PLACE_KEYS.filter((key) => declared[key] !== undefined);
  if (keys.length === 0) return undefined;
  for (const clue of clues.filter((c) => c.kind === 'title')) {
    for (const name of clue.units) {
      const named = g.find(name, true)?.units;
      if (named === undefined || named.some((u) => g.contains(u, unit))) continue;
      // The keys that cannot agree with the title's unit, whatever the other keys say.
      const related = (units: number[]): boolean =>
        units.some((k) => named.some((n) => g.contains(k, n) || g.contains(n, k)));
      const unitsOf = (key: (typeof PLACE_KEYS)[number]): number[] => {
        const value = declared[key]!;
        if (key === 'divisionCode') return [g.indexOf(value)].filter((u) => u !== undefined);
        return g.find(value, key === 'place')?.units ?? [];
      };
      const blamed = keys.filter((key) => !related(unitsOf(key)));
      const shown = (blamed.length > 0 ? blamed : keys).map((key) => `${key}: ${declared[key]}`);
      const line = (blamed.length > 0 ? blamed : keys).map((key) => declared.lines?.[key]).find((l) => l !== undefined);
      const where = named
        .slice(0, 3)
        .map((u) => `${g.codes[u]} ${g.describe(u)}`)
        .join('; ');
      return {
        file: metaFile,
        line,
        message:
          `declares ${shown.join(', ')}, which places the report at ${g.codes[unit]} ${g.describe(unit)}, ` +
          `but its title ("${clue.text}", ${file}${clue.line ? ` line ${clue.line}` : ''}) names ${name}` +
          `${named.length > 3 ? ` (${named.length} units, among them ${where})` : ` (${where})`}`,
        hint:
          `if the title is right, correct or remove ${shown.map((k) => `"${k}"`).join(' and ')} in ${metaFile}; ` +
          `if the .yaml is right, the text is not this place's report: check the source file`,
      };
    }
  }
  return undefined;
}

/** The deciding clue, and the alias it went through: "洪江区 = 怀化市洪江管理区", "李庄镇 → 李庄乡 (renamed)". */
function decision(clue: PlaceClue, match: NameMatch, name: string, g: Gazetteer): ResolvedDivision['decidedBy'] {
  const decided: ResolvedDivision['decidedBy'] = { clue: clue.kind, text: clue.text };
  if (match.kind !== 'exact' && match.units.length === 1) {
    const official = g.names[match.units[0]!]!;
    decided.alias = match.kind === 'renamed' ? `${name} → ${official} (renamed)` : `${name} = ${official}`;
  }
  return decided;
}

function listCandidates(g: Gazetteer, candidates: readonly number[]): string {
  return `candidates: ${candidates.map((c) => `${g.codes[c]} ${g.describe(c)}`).join('; ')}`;
}
