/** What the search page says, in Chinese, for each outcome. */

/** “A”, “A”和“B”, “A”、“B”和“C”. */
export function quoteWords(words: readonly string[]): string {
  const quoted = words.map((word) => `“${word}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join('、')}和${quoted.at(-1) ?? ''}`;
}

/** "contain" or "all contain", depending on how many words there are. */
function contain(words: readonly string[]): string {
  return words.length > 1 ? '同时包含' : '包含';
}

/** What an exact search found. */
export interface ExactOutcome {
  words: readonly string[];
  /** Reports shown (containing every word, within the filters). */
  found: number;
  /** Whether filters narrow the search. */
  filtered: boolean;
  /** Candidates checked so far and in all; equal when the search is complete. */
  checked: number;
  candidates: number;
}

/** The status line of an exact search. */
export function exactStatus(outcome: ExactOutcome): string {
  const where = outcome.filtered ? '在所选范围内，' : '';
  const words = quoteWords(outcome.words);
  if (outcome.checked < outcome.candidates) {
    return `${where}已找到 ${outcome.found} 份${contain(outcome.words)}${words}的报告（已核对 ${outcome.checked} / ${outcome.candidates} 份可能的报告）。`;
  }
  if (outcome.found === 0) return `${where}没有报告${contain(outcome.words)}${words}。`;
  return `${where}共有 ${outcome.found} 份报告${contain(outcome.words)}${words}。`;
}

/** The introduction of the looser matches offered when nothing matches exactly. */
export function looseIntro(words: readonly string[]): string {
  return `以下是部分字词匹配的结果，这些报告不${contain(words)}完整的${quoteWords(words)}：`;
}

/** When even the looser search finds nothing. */
export const NO_LOOSE_MATCHES = '也没有找到部分字词匹配的报告。请检查用字，或减少筛选条件。';

/** The status line of a search by filters alone. */
export function filterStatus(found: number): string {
  return found === 0 ? '没有报告符合所选的筛选条件。' : `共有 ${found} 份报告符合所选的筛选条件。`;
}

/** Before anything is searched. */
export const IDLE_STATUS = '输入要查找的字词（多个字词用空格分开），或选择年份、省份、地区，查看符合条件的报告。';

/** While searching. */
export const SEARCHING_STATUS = '正在搜索……';

/** Said when a traditional-script query was converted. */
export function conversionNote(from: string, to: string): string {
  return `已将繁体“${from}”转换为简体“${to}”搜索。`;
}

/** Said when the search cannot run. */
export function errorStatus(detail: string): string {
  return `搜索出错：${detail}。请刷新页面重试，或按年份、省份、地区浏览报告。`;
}
