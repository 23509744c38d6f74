import { describe, expect, it } from 'vitest';
import { matchesFilter, placeFilterText } from '../../src/lib/place-filter.ts';
import { pinyinInitials } from '../../src/lib/text/slug.ts';

describe('places filter', () => {
  const text = placeFilterText({ place: '老厂乡', county: '新平彝族傣族自治县', city: '玉溪市', province: '云南省' });

  it('holds the names, the full pinyin and the initials of the place', () => {
    expect(text.split(' ')).toEqual(['老厂乡', '新平彝族傣族自治县', '玉溪市', '云南省', 'laochangxiang', 'lcx']);
  });

  it('matches part of a name, its pinyin or initials, every word of the query, any case', () => {
    for (const query of ['老厂', 'laochang', 'LCX', '玉溪 lao', '  ', ''])
      expect(matchesFilter(text, query), query).toBe(true);
    for (const query of ['红江', 'hongjiang', 'lcx 红']) expect(matchesFilter(text, query), query).toBe(false);
  });

  it('spells ü as v in initials and slugs alike', () => {
    expect(pinyinInitials('吕梁市')).toBe('lls');
  });
});
