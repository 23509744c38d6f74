/**
 * What the places filter matches against: a place's names (place, county,
 * city, province) with the full pinyin and the initials of the place's name,
 * lowercased and joined by spaces, so 老厂, laochang and lcx all find 老厂乡.
 */
import { pinyinInitials, pinyinSlug } from './text/slug.ts';

export function placeFilterText(names: {
  place: string;
  county?: string | undefined;
  city?: string | undefined;
  province: string;
}): string {
  const { place, county, city, province } = names;
  return [place, county, city, province, pinyinSlug(place), pinyinInitials(place)]
    .filter((part): part is string => part !== undefined && part !== '')
    .join(' ')
    .toLowerCase();
}

/** Whether every whitespace-separated word of the query occurs in the text (an empty query matches all). */
export function matchesFilter(text: string, query: string): boolean {
  const words = query
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => word !== '');
  return words.every((word) => text.includes(word));
}
