/** Place and province slugs, and grouping reports by place. */
import { describe, expect, it } from 'vitest';
import { groupByPlace, groupByProvince, placeSlug, provinceSlug, type PlaceFields } from '../../src/lib/places.ts';
import { pinyinSlug } from '../../src/lib/text/slug.ts';

const place = (fields: Partial<PlaceFields> & Pick<PlaceFields, 'place'>): PlaceFields & { id: string } => ({
  level: '乡',
  province: '河南省',
  county: undefined,
  city: undefined,
  divisionCode:
    `9${[...`${fields.place}${fields.county ?? ''}${fields.city ?? ''}${fields.province ?? ''}`].map((c) => c.codePointAt(0)! % 10).join('')}`
      .slice(0, 9)
      .padEnd(9, '0'),
  ...fields,
  id: `${fields.place}-${fields.county ?? ''}`,
});

describe('pinyinSlug', () => {
  it.each([
    ['老厂乡', 'laochangxiang'],
    ['巩留镇', 'gongliuzhen'],
    ['洪江区', 'hongjiangqu'],
    ['头营镇', 'touyingzhen'],
    ['吕梁市', 'lvliangshi'],
  ])('%s → %s', (name, slug) => {
    expect(pinyinSlug(name)).toBe(slug);
  });

  it('keeps only lowercase ASCII letters and digits', () => {
    expect(pinyinSlug('第1街道（新区）')).toMatch(/^[a-z0-9]+$/);
  });
});

describe('provinceSlug', () => {
  it.each([
    ['云南省', 'yunnan'],
    ['宁夏回族自治区', 'ningxia'],
    ['新疆维吾尔自治区', 'xinjiang'],
    ['广西壮族自治区', 'guangxi'],
    ['内蒙古自治区', 'neimenggu'],
    ['北京市', 'beijing'],
    ['山西省', 'shanxi'],
    ['陕西省', 'shaanxi'],
  ])('%s → %s', (name, slug) => {
    expect(provinceSlug(name)).toBe(slug);
  });

  it('gives every province of the country a distinct slug', () => {
    const provinces = [
      '北京市',
      '天津市',
      '河北省',
      '山西省',
      '内蒙古自治区',
      '辽宁省',
      '吉林省',
      '黑龙江省',
      '上海市',
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
      '广西壮族自治区',
      '海南省',
      '重庆市',
      '四川省',
      '贵州省',
      '云南省',
      '西藏自治区',
      '陕西省',
      '甘肃省',
      '青海省',
      '宁夏回族自治区',
      '新疆维吾尔自治区',
      '香港特别行政区',
      '澳门特别行政区',
      '台湾省',
    ];
    const slugs = provinces.map(provinceSlug);
    expect(new Set(slugs).size).toBe(provinces.length);
  });
});

describe('groupByPlace', () => {
  it('puts the reports of one place together, one group per place', () => {
    const reports = [
      place({ place: '李庄乡', county: '宝丰县' }),
      place({ place: '老厂乡', county: '新平彝族傣族自治县', province: '云南省' }),
      place({ place: '李庄乡', county: '宝丰县' }),
    ];
    const groups = groupByPlace(reports);
    expect(groups.map((group) => [group.place, group.reports.length])).toEqual([
      ['李庄乡', 2],
      ['老厂乡', 1],
    ]);
    expect(groups.map((group) => group.slug)).toEqual(groups.map((g) => `${pinyinSlug(g.place)}-${g.divisionCode}`));
    expect(groups.map((group) => group.legacySlug)).toEqual(groups.map((group) => pinyinSlug(group.place)));
  });

  it('keys places by division code: same-named townships get their own pages', () => {
    const reports = [
      place({ place: '李庄乡', divisionCode: '130608203' }),
      place({ place: '李庄乡', divisionCode: '410421203' }),
      place({ place: '李庄乡', divisionCode: '410421203' }),
    ];
    expect(groupByPlace(reports).map((group) => [group.slug, group.reports.length])).toEqual([
      [placeSlug('李庄乡', '130608203'), 1],
      [placeSlug('李庄乡', '410421203'), 2],
    ]);
    expect(placeSlug('李庄乡', '410421203')).toBe('lizhuangxiang-410421203');
  });

  it('keeps the old slugs for redirects: the county added to both when two places share a name', () => {
    const reports = [place({ place: '城关镇', county: '宝丰县' }), place({ place: '城关镇', county: '郏县' })];
    const slugs = groupByPlace(reports)
      .map((group) => group.legacySlug)
      .sort();
    expect(slugs).toEqual(
      [`${pinyinSlug('城关镇')}-${pinyinSlug('宝丰县')}`, `${pinyinSlug('城关镇')}-${pinyinSlug('郏县')}`].sort(),
    );
  });

  it('falls back to the city, then numbers, so slugs stay unique', () => {
    const reports = [
      place({ place: '新城街道', city: '甲市' }),
      place({ place: '新城街道', city: '乙市' }),
      place({ place: '新城街道', city: '乙市', county: undefined, province: '河北省' }),
    ];
    const slugs = groupByPlace(reports).map((group) => group.legacySlug);
    expect(new Set(slugs).size).toBe(3);
    for (const slug of slugs) expect(slug).toMatch(/^xinchengjiedao-[a-z0-9-]+$/);
  });
});

describe('groupByProvince', () => {
  it('groups by province with the province slug', () => {
    const groups = groupByProvince([
      place({ place: '甲乡', province: '陕西省' }),
      place({ place: '乙乡', province: '山西省' }),
      place({ place: '丙乡', province: '陕西省' }),
    ]);
    expect(groups.map((group) => [group.slug, group.reports.length]).sort()).toEqual([
      ['shaanxi', 2],
      ['shanxi', 1],
    ]);
  });
});
