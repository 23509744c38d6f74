/** The archive's order and indexes, and the table of contents. */
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { buildToc } from '../../src/lib/toc.ts';
import type { Report } from '../../src/schemas/report.ts';

/** Made-up reports; each place its own code. */
const CODES: Record<string, string> = { 李庄乡: '410421203', 老厂乡: '530427203', 头营镇: '640402107' };

function report(slug: string, place: string, year: number, province = '河南省'): Report {
  return {
    title: `${place}${year}年法治政府建设情况报告`,
    slug,
    place,
    level: '乡',
    county: '宝丰县',
    province,
    divisionCode: CODES[place] ?? '000000000',
    division: { province, county: '宝丰县', township: place },
    year,
    source: { path: `content/sources/${slug}.txt`, sha256: '0'.repeat(64), bytes: 1 },
    provenance: {
      encoding: 'utf-8',
      lineEndings: 'lf',
      chromeRemoved: [],
      glossesRemoved: { count: 0, examples: [] },
      charactersConverted: { count: 0, examples: [] },
      punctuationNormalized: { count: 0, examples: [] },
      spacesRemoved: 0,
      linesSplit: 0,
      runInHeadingsSplit: 0,
      headingsRenumbered: [],
      junkRemoved: [],
      titleFrom: 'source',
      headings: { h2: 0, h3: 0, h4: 0 },
      placeFrom: { clue: 'title', text: place },
      yearFrom: { clue: 'title', text: String(year) },
      normalizer: 'test',
    },
  };
}

const REPORTS = [
  report('lizhuangxiang-2022', '李庄乡', 2022),
  report('laochangxiang-2023', '老厂乡', 2023, '云南省'),
  report('lizhuangxiang-2023', '李庄乡', 2023),
  report('touyingzhen-2022', '头营镇', 2022, '宁夏回族自治区'),
];

describe('buildCatalog', () => {
  const catalog = buildCatalog(REPORTS);

  it('orders reports newest year first', () => {
    const years = catalog.reports.map((r) => r.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(catalog.years.map((group) => group.year)).toEqual([2023, 2022]);
    expect(catalog.years.flatMap((group) => group.reports)).toEqual(catalog.reports);
  });

  it('groups the years of one place together', () => {
    expect(catalog.placeOf('lizhuangxiang-2022')).toBe(catalog.placeOf('lizhuangxiang-2023'));
    expect(
      catalog
        .placeOf('lizhuangxiang-2022')
        .reports.map((r) => r.slug)
        .sort(),
    ).toEqual(['lizhuangxiang-2022', 'lizhuangxiang-2023']);
    expect(catalog.places).toHaveLength(3);
  });

  it('links each report to its neighbours in the archive order', () => {
    catalog.reports.forEach((current, index) => {
      const { previous, next } = catalog.neighbours(current.slug);
      expect(previous).toBe(catalog.reports[index - 1]);
      expect(next).toBe(catalog.reports[index + 1]);
    });
  });

  it('fails loudly for a report it does not know', () => {
    expect(() => catalog.placeOf('nowhere-2020')).toThrow(/nowhere-2020/);
  });
});

describe('buildToc', () => {
  it('nests level-2 sections under level 1 and level-3 sections under level 2', () => {
    const toc = buildToc([
      { depth: 2, slug: 's1', text: '一、甲' },
      { depth: 3, slug: 's1-1', text: '（一）乙' },
      { depth: 4, slug: 's1-1-1', text: '1.丙' },
      { depth: 2, slug: 's2', text: '二、丁' },
      { depth: 4, slug: 's2-0-1', text: '1.戊' },
      { depth: 5, slug: 's2-x', text: '深' },
    ]);
    expect(toc).toEqual([
      {
        id: 's1',
        text: '一、甲',
        children: [{ id: 's1-1', text: '（一）乙', children: [{ id: 's1-1-1', text: '1.丙', children: [] }] }],
      },
      { id: 's2', text: '二、丁', children: [{ id: 's2-0-1', text: '1.戊', children: [] }] },
    ]);
  });

  it('keeps a level-3 heading that comes before any level-1 heading', () => {
    expect(buildToc([{ depth: 4, slug: 'p1', text: '1.甲' }])).toEqual([{ id: 'p1', text: '1.甲', children: [] }]);
  });
});
