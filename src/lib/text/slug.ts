/**
 * ASCII slugs from Chinese names through pinyin-pro, for URLs that stay
 * readable and stable: 老厂乡 → "laochangxiang". ü is written "v", as in
 * the usual input-method spelling (吕梁 → "lvliang"). The normalizer makes
 * report slugs with it, the site place and province slugs, the benchmark
 * its synthetic places.
 */
import { pinyin } from 'pinyin-pro';

/**
 * Lowercase ASCII pinyin of a name, letters and digits only.
 *
 * @example pinyinSlug('老厂乡') // 'laochangxiang'
 */
export function pinyinSlug(name: string): string {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' });
  return syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Lowercase initials of the pinyin syllables of a name, for typing a filter: 老厂乡 → "lcx". */
export function pinyinInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', v: true })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}
