/**
 * The benchmark's synthetic corpus: deterministic for a seed, shaped like the
 * real sources, sized like them, full of their phrases, and accepted by the
 * normalizer with exactly the place, year and slug it was generated for.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeCorpus } from '../../scripts/lib/normalize/corpus.ts';
import { generateCorpus, MAX_BYTES, MIN_BYTES } from '../../scripts/lib/bench/generate-corpus.ts';
import { loadMaterial, templatize } from '../../scripts/lib/bench/material.ts';
import { planPlaceYears, YEARS } from '../../scripts/lib/bench/places.ts';
import { gazetteer } from '../../scripts/lib/places/gazetteer.ts';
import { createRandom } from '../../scripts/lib/bench/random.ts';
import { SHAPES } from '../../scripts/lib/bench/shapes.ts';

const root = new URL('../../', import.meta.url).pathname;
const material = loadMaterial(join(root, 'content/reports'));
const tempDir = (): string => mkdtempSync(join(tmpdir(), 'bench-corpus-'));
const contents = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
  );

const corpus = await generateCorpus({ material, dir: tempDir(), count: 48 });
const texts = corpus.reports.map((r) => readFileSync(join(corpus.dir, r.file), 'utf8'));

describe('the random generator', () => {
  it('repeats itself for a seed and differs between seeds', () => {
    const draw = (seed: string) => {
      const random = createRandom(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw('a')).toEqual(draw('a'));
    expect(draw('a')).not.toEqual(draw('b'));
  });
});

describe('the material', () => {
  it('replaces a report’s own names and years, not plan periods', () => {
    const names = {
      place: '老厂乡',
      level: '乡',
      county: '新平彝族傣族自治县',
      city: '玉溪市',
      province: '云南省',
      year: 2023,
    };
    expect(
      templatize('新平县人民政府：2023年，老厂乡按照《云南省法治政府建设实施方案（2021-2025年）》，全乡2024年', names),
    ).toBe('{COUNTY}人民政府：{Y}年，{PLACE}按照《{PROVINCE}法治政府建设实施方案（2021-2025年）》，全{LV}{Y+1}年');
  });

  it('holds every real report, cut into sections', () => {
    expect(material.reports.map((r) => r.slug)).toEqual(
      readdirSync(join(root, 'content/reports'))
        .filter((n) => n.endsWith('.md'))
        .map((n) => n.replace(/\.md$/u, ''))
        .sort(),
    );
    for (const report of material.reports) expect(report.sections.length, report.slug).toBeGreaterThanOrEqual(3);
  });
});

describe('the synthetic corpus', () => {
  it('is the same, byte for byte, for the same seed', async () => {
    const again = await generateCorpus({ material, dir: tempDir(), count: 48 });
    expect(contents(again.dir)).toEqual(contents(corpus.dir));
  });

  it('begins with the same reports whatever its size, and changes with the seed', async () => {
    const smaller = await generateCorpus({ material, dir: tempDir(), count: 12 });
    expect(smaller.reports).toEqual(corpus.reports.slice(0, 12));
    const other = await generateCorpus({ material, dir: tempDir(), count: 12, seed: 'another seed' });
    expect(other.reports.map((r) => r.slug)).not.toEqual(smaller.reports.map((r) => r.slug));
  });

  it('reaches 100,000 place-years, each once, drawing counties again once each has been drawn', () => {
    const plan = (count: number) => planPlaceYears(createRandom('fazhi-bench-1').fork('places'), count);
    const large = plan(100_000);
    expect(large).toHaveLength(100_000);
    expect(new Set(large.map((p) => `${p.divisionCode}/${p.year}`)).size).toBe(100_000);
    expect(new Set(large.map((p) => p.slug)).size).toBe(100_000);
    // More than one round of counties (a round holds about 57,700), and the start does not depend on N.
    expect(new Set(large.map((p) => p.divisionCode)).size).toBeLessThan(gazetteer().size);
    expect(plan(60_000)).toEqual(large.slice(0, 60_000));
  });

  it('has one report per place and year, with a .yaml beside each .txt', () => {
    expect(new Set(corpus.reports.map((r) => `${r.province}${r.county}${r.place}${r.year}`)).size).toBe(48);
    expect(new Set(corpus.reports.map((r) => r.slug)).size).toBe(48);
    expect(readdirSync(corpus.dir)).toHaveLength(96);
  });

  it('is sized like the real reports', () => {
    for (const report of corpus.reports) {
      expect(report.bytes, report.file).toBeGreaterThanOrEqual(MIN_BYTES);
      expect(report.bytes, report.file).toBeLessThanOrEqual(MAX_BYTES);
    }
  });

  it('uses real townships of the division list and years 2019–2025', () => {
    const g = gazetteer();
    for (const report of corpus.reports) {
      const unit = g.indexOf(report.divisionCode);
      expect(unit, report.divisionCode).toBeDefined();
      expect(g.chain(unit!).map((u) => g.names[u])).toEqual(
        [report.province, report.city, report.county, report.place].filter((n) => n !== undefined),
      );
      expect(YEARS).toContain(report.year);
    }
    // Counties report from several of their townships, so coverage grids have rows to show.
    const perCounty = new Map<string, Set<string>>();
    for (const r of corpus.reports) perCounty.set(r.county, (perCounty.get(r.county) ?? new Set()).add(r.place));
    expect(Math.max(...[...perCounty.values()].map((s) => s.size))).toBeGreaterThan(1);
  });

  it('comes in every shape of the real sources', () => {
    const byShape = (shape: string) => texts.filter((_, i) => corpus.reports[i]!.shape === shape);
    expect(new Set(corpus.reports.map((r) => r.shape))).toEqual(new Set(SHAPES));
    for (const text of byShape('collapsed')) expect(text.split('\n').length).toBeLessThanOrEqual(3);
    for (const text of byShape('traditional'))
      expect(text).toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
    for (const text of byShape('web'))
      expect(text).toMatch(/^\ufeff?您当前的位置[\s\S]*扫一扫在手机上查看当前页面[\s\S]*ICP备/u);
  });

  it('reads like the real reports: their phrases, no placeholder left', () => {
    const all = texts.join('\n');
    for (const phrase of ['法律明白人', '枫桥经验', '一站式', '习近平法治思想', '行政执法', '普法'])
      expect(all).toContain(phrase);
    expect(all).not.toMatch(/\{[A-Z_+\-1]+\}/u);
  });

  it('normalizes without a problem, to the place, year and slug it was made for', async () => {
    const result = await normalizeCorpus({ inDir: corpus.dir, root: corpus.dir });
    expect(result.problems).toEqual([]);
    const bySlug = new Map(result.files.map((f) => [f.report.slug, f.report]));
    for (const planned of corpus.reports) {
      const report = bySlug.get(planned.slug);
      expect(report, planned.slug).toBeDefined();
      expect({ code: report!.divisionCode, place: report!.place, year: report!.year }).toEqual({
        code: planned.divisionCode,
        place: planned.place,
        year: planned.year,
      });
    }
    // The normalizer did real work on the shapes.
    const provenance = result.files.map((f) => f.report.provenance);
    expect(provenance.some((p) => p.glossesRemoved.count > 0 && p.charactersConverted.count > 0)).toBe(true);
    expect(provenance.some((p) => p.chromeRemoved.length > 0)).toBe(true);
    expect(provenance.some((p) => p.linesSplit > 10)).toBe(true);
  });
});
