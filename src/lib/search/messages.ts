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

/** What a search found so far. */
export interface ExactOutcome {
  /** The words as typed (for the status line), e.g. ["LED"], not their comparable form. */
  words: readonly string[];
  /** Results found and shown so far. */
  found: number;
  /** Reports containing every word within the filters: exact, or an upper bound while candidates remain. */
  total: number;
  exact: boolean;
  /** Whether filters narrow the search. */
  filtered: boolean;
}

/** The status line of a search. */
export function exactStatus(outcome: ExactOutcome): string {
  const where = outcome.filtered ? '在所选范围内，' : '';
  const words = quoteWords(outcome.words);
  if (!outcome.exact) {
    return `${where}已找到 ${outcome.found} 份${contain(outcome.words)}${words}的报告，共至多 ${outcome.total} 份（其余可能的报告尚未核对）。`;
  }
  if (outcome.total === 0) return `${where}没有报告${contain(outcome.words)}${words}。`;
  return `${where}共有 ${outcome.total} 份报告${contain(outcome.words)}${words}。`;
}

/** When no report contains a word: how many contain its two halves separately (a count, or a bound). */
export function splitSuggestion(word: string, halves: readonly string[], count: number, exact: boolean): string {
  return `没有报告包含“${word}”；分别包含${quoteWords(halves)}的报告：${exact ? '' : '至多 '}${count} 份。`;
}

/** Said when a query was longer than the limit. */
export function cutNote(limit: number): string {
  return `查询过长，只搜索了前 ${limit} 个字。`;
}

/** A count beside a filter value: exact, or a bound. */
export function countLabel(value: number, exact: boolean): string {
  return `（${exact ? '' : '≤'}${value}）`;
}

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

/** Beside a filter the engine did not count for a search (thousands of places): how to get it. */
export const NARROW_FIRST_NOTE = '先选择省份，或输入更具体的词，再按地区筛选。';
