/**
 * Places the bench corpus of 100,000 reports used to refuse, one test per
 * kind of case, with expected units taken from the division list
 * (src/data/divisions.txt) or from OpenCC itself, never typed by hand:
 * - a name the conversion to simplified characters writes otherwise
 *   (濛阳街道 → 蒙阳街道), which may then be another unit's name;
 * - a name written in traditional characters that does not convert back
 *   (澄江镇 → 澂江鎮 → 澂江镇, 幺塘乡 → 么塘鄉 → 么塘乡);
 * - a county-level unit whose name has no usual ending (大柴旦行政委员会).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { writeReport } from '../../scripts/lib/bench/generate-corpus.ts';
import { loadMaterial } from '../../scripts/lib/bench/material.ts';
import { planPlaceYears } from '../../scripts/lib/bench/places.ts';
import { createRandom } from '../../scripts/lib/bench/random.ts';
import { parseAdminChain } from '../../scripts/lib/normalize/admin-units.ts';
import { normalizeCorpus } from '../../scripts/lib/normalize/corpus.ts';
import { gazetteer } from '../../scripts/lib/places/gazetteer.ts';
import { DIVISIONS_FILE } from '../../src/lib/divisions/divisions-file.ts';
import { simplify } from '../../src/lib/text/simplify.ts';

const root = new URL('../../', import.meta.url).pathname;
const g = gazetteer();
/** The list's rows read here on their own: code, official name, other spellings. */
const rows = readFileSync(join(root, DIVISIONS_FILE), 'utf8')
  .split('\n')
  .filter((line) => /^\d/u.test(line))
  .map((line) => line.split('\t'));
const known = (name: string): boolean => g.knows(name);
const isTownshipOrCounty = (code: string): boolean => code.length === 6 || code.length === 9;

describe('names the conversion to simplified characters writes otherwise', () => {
  it('find their unit by every spelling the list gives', () => {
    const respelled = rows.filter((row) => row.length > 2);
    expect(respelled.length).toBeGreaterThan(0);
    for (const [code, , ...spellings] of respelled)
      for (const spelling of spellings) expect(g.find(spelling)?.units, spelling).toContain(g.indexOf(code!));
  });

  it('find every unit of that spelling, also one whose official name it is (蒙阳街道)', () => {
    // Spellings that are also another unit's official name: neither unit may hide the other.
    const official = new Map(rows.map(([code, name]) => [name!, code!]));
    const shared = rows.filter(([, , ...spellings]) => spellings.some((s) => official.has(s)));
    expect(shared.map(([, name]) => name)).toContain('濛阳街道');
    for (const [code, , ...spellings] of shared)
      for (const spelling of spellings.filter((s) => official.has(s)))
        expect(g.find(spelling)?.units, spelling).toEqual(
          expect.arrayContaining([g.indexOf(code!), g.indexOf(official.get(spelling)!)]),
        );
  });

  it('are found by the report’s name, whether in simplified or traditional characters (OpenCC as the oracle)', () => {
    const converters = (['t', 'tw', 'hk'] as const).map((to) => OpenCC.Converter({ from: 'cn', to }));
    for (const [code, name] of rows.filter(([code]) => isTownshipOrCounty(code!))) {
      const spellings = new Set([simplify(name!, false), ...converters.map((c) => simplify(c(name!), true))]);
      for (const spelling of spellings)
        expect(g.find(spelling)?.units, `${name} as ${spelling}`).toContain(g.indexOf(code!));
    }
  });

  it('show the official name, not the converted one', () => {
    const unit = g.indexOf(rows.find(([, name]) => name === '幺塘乡')![0]!)!;
    expect(g.isConverted('么塘乡', unit)).toBe(true);
    expect(g.isConverted('幺塘乡', unit)).toBe(false);
  });
});

describe('county-level units without a usual ending', () => {
  it('split off a chain: every such county of the list, before each of its townships', () => {
    const counties = rows.filter(([code]) => code!.length === 6);
    let checked = 0;
    for (const [code, county] of counties) {
      const townships = rows.filter(
        ([c, name]) => c!.length === 9 && c!.startsWith(code!) && /(?:乡|镇|街道)$/u.test(name!),
      );
      if (/(?:县|区|市|旗|州)$/u.test(county!) || townships.length === 0) continue;
      for (const [, township] of townships)
        expect(parseAdminChain(county! + township!, known)).toEqual([county, township]);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(3); // 大柴旦行政委员会, 保定白沟新城, 乌拉盖管理区管委会
  });
});

describe('the reports of the bench corpus that were refused', () => {
  // Report i of the corpus is the same whatever its size: these nine were refused in a corpus of 57,724 reports.
  const refused = [
    'chaidanzhen-2020', // title 大柴旦行政委员会柴旦镇
    'chengjiangzhen-2021', // 澄江镇 in traditional characters: 澂江鎮
    'douanyaozuzizhixian-451228106-2024',
    'xuanzhouqu-341802002-2020', // 澂江街道
    'yaotangxiang-2020', // 幺塘乡 in traditional characters: 么塘鄉
    'yaotangxiang-2022',
    'mengyangjiedao-2021', // 濛阳街道 of 彭州市, converted to 蒙阳街道, the name of a subdistrict of 名山区
    'mengyangjiedao-2022',
    'pengzhoushi-510182003-2024',
  ];

  it('are placed where they were generated', async () => {
    const plan = planPlaceYears(createRandom('fazhi-bench-1').fork('places'), 54_504);
    const dir = mkdtempSync(join(tmpdir(), 'bench-refused-'));
    const material = loadMaterial(join(root, 'content/reports'));
    const generated = [];
    for (const slug of refused) {
      const index = plan.findIndex((p) => p.slug === slug);
      expect(index, slug).toBeGreaterThanOrEqual(0);
      generated.push(await writeReport(material, dir, plan[index]!, index));
    }
    const result = await normalizeCorpus({ inDir: dir, root: dir });
    expect(result.problems).toEqual([]);
    const bySlug = new Map(result.files.map((f) => [f.report.slug, f.report]));
    for (const planned of generated)
      expect({
        slug: planned.slug,
        code: bySlug.get(planned.slug)?.divisionCode,
        place: bySlug.get(planned.slug)?.place,
      }).toEqual({
        slug: planned.slug,
        code: planned.divisionCode,
        place: planned.place,
      });
  });
});
