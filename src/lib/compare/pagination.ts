/** Which page numbers the compare pages' pagination shows. */

/**
 * The page numbers to link from page `page` of `count`: all of them when
 * there are few, otherwise the first, the last, and two on each side of the
 * current one; `undefined` stands for a gap ("…"). A gap never hides a single
 * page: that page is shown instead.
 *
 * @example pageWindow(6, 20) // [1, undefined, 4, 5, 6, 7, 8, undefined, 20]
 */
export function pageWindow(page: number, count: number, around = 2): (number | undefined)[] {
  const shown = new Set([1, count]);
  for (let number = page - around; number <= page + around; number += 1) {
    if (number >= 1 && number <= count) shown.add(number);
  }
  const numbers = [...shown].sort((a, b) => a - b);
  const result: (number | undefined)[] = [];
  for (const [index, number] of numbers.entries()) {
    const previous = numbers[index - 1];
    if (previous !== undefined && number - previous === 2) result.push(previous + 1);
    else if (previous !== undefined && number - previous > 2) result.push(undefined);
    result.push(number);
  }
  return result;
}
