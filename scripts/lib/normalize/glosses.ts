/**
 * Step 2: remove pinyin glosses such as 鎮(zhèn) or 堅(jiān). They must go
 * before the traditional-to-simplified conversion: left in place they break
 * the converter's phrase matching (瞭(liǎo)解 would stay 瞭解).
 *
 * A gloss is a parenthesis right after a Chinese character holding one
 * lowercase pinyin syllable (tone marks or a tone digit allowed). Anything
 * else in parentheses — （一）, (一), 村(居), (LED) — is text and stays.
 */
import type { ChangeCount } from '../../../src/schemas/report.ts';
import { addExample } from './text-lines.ts';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê';
const GLOSS = new RegExp(`(?<=\\p{Script=Han})[(（]([a-z${TONED}]{1,6}[1-5]?)[)）]`, 'gu');

/** Initial + final shape of a Mandarin syllable, checked on the toneless form. */
const SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouv]|ü){1,3}(?:n|ng|r)?$/;

export function isPinyinSyllable(gloss: string): boolean {
  const toneless = gloss
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[1-5]$/, '');
  return SYLLABLE.test(toneless);
}

export function removeGlosses(text: string, tally: ChangeCount): string {
  return text.replace(GLOSS, (whole: string, syllable: string) => {
    if (!isPinyinSyllable(syllable)) return whole;
    tally.count += 1;
    addExample(tally, whole);
    return '';
  });
}
