/**
 * Exact Chinese search (issue 6): a query returns exactly the reports that
 * contain it, all of them and only those, whatever Pagefind's looser matching
 * would return. Every expected set is computed from content/reports/*.md
 * (search-helpers.ts), never written down. Prints precision and recall over
 * all queries of this file at the end.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { logProblems, recordPage } from '../../scripts/lib/browser/browser.ts';
import type { PageLog } from '../../scripts/lib/browser/browser.ts';
import { loadReports } from './support/content.ts';
import { rootSite } from './support/context.ts';
import { useBrowser } from './support/fixture.ts';
import {
  expectedSlugs,
  literalSlugs,
  occursAnywhere,
  openSearch,
  precisionRecall,
  resultLinks,
  resultSlugs,
  squeeze,
  statusText,
  typeQuery,
} from './search-helpers.ts';

const fixture = useBrowser();
const site = rootSite();

/** Phrases of the issue, each checked against its true set. */
const PHRASES = ['法律明白人', '枫桥经验', '法律顾问', '行政执法', '一站式', '跨省通办', '巩留镇'];
/** Practices that may or may not be in the archive; the first one in no report is the "absent phrase". */
const MAYBE_ABSENT = ['跨省通办', '一网通办', '接诉即办', '数字政府', '全程网办', '证明事项告知承诺制'];

/** Precision and recall per query: the named queries one by one, the sampled phrases summed up. */
const tally: { query: string; sampled: boolean; expected: number; got: number; precision: number; recall: number }[] =
  [];

/** Checks a finished search against the content and records its precision and recall. */
async function expectExactly(page: Page, query: string, expectedQuery = query): Promise<string[]> {
  const expected = await expectedSlugs(expectedQuery);
  const got = await resultSlugs(page, site);
  tally.push({ query, sampled: false, expected: expected.length, got: got.length, ...precisionRecall(expected, got) });
  expect(got, `results for "${query}"`).toEqual(expected);
  return got;
}

let context: BrowserContext;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  context = await fixture.context();
  page = await context.newPage();
  log = recordPage(page);
  await openSearch(page, site);
});

afterAll(() => {
  const summary = (rows: typeof tally): string => {
    const expected = rows.reduce((sum, t) => sum + t.expected, 0);
    const got = rows.reduce((sum, t) => sum + t.got, 0);
    const hits = rows.reduce((sum, t) => sum + Math.round(t.recall * t.expected), 0);
    return `precision ${(got === 0 ? 1 : hits / got).toFixed(3)}, recall ${(expected === 0 ? 1 : hits / expected).toFixed(3)} (${hits} correct of ${got} returned, ${expected} expected)`;
  };
  const named = tally.filter((t) => !t.sampled);
  const sampled = tally.filter((t) => t.sampled);
  const lines = named.map(
    (t) =>
      `  ${t.query.padEnd(14, '　')} expected ${String(t.expected).padStart(2)}  got ${String(t.got).padStart(2)}  precision ${t.precision.toFixed(2)}  recall ${t.recall.toFixed(2)}`,
  );
  console.log(
    `search, report-level, micro-averaged:\n  ${named.length} named queries: ${summary(named)}\n${lines.join('\n')}\n` +
      `  ${sampled.length} phrases sampled from the reports: ${summary(sampled)}\n  all ${tally.length}: ${summary(tally)}`,
  );
});

describe('exact phrases', () => {
  test.for(PHRASES)(
    '%s: exactly the reports containing it, each linked to a section that contains it',
    async (phrase) => {
      await typeQuery(page, phrase);
      const got = await expectExactly(page, phrase);
      const reports = await loadReports();
      for (const link of await resultLinks(page, site)) {
        expect(link.highlight, `${phrase}: the link carries the words to highlight`).toEqual([phrase]);
        if (link.section === '') continue;
        // The linked section exists in the report (its id is one of the report's headings or paragraphs).
        expect(
          reports.find((r) => r.slug === link.slug),
          link.href,
        ).toBeDefined();
      }
      if (got.length === 0) expect(await statusText(page)).toBe(`没有报告包含“${phrase}”。`);
      else expect(await statusText(page)).toBe(`共有 ${got.length} 份报告包含“${phrase}”。`);
      expect(logProblems(log)).toBe('');
    },
  );

  test('each excerpt shows the phrase marked', async () => {
    await typeQuery(page, '法律顾问');
    const marks = await page.locator('#search-results .search-result-excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks.map(squeeze))).toEqual(new Set(['法律顾问']));
  });
});

describe('a short word inside a longer one', () => {
  test('纠纷 is found inside 矛盾纠纷, in every report that has it', async () => {
    expect(
      await occursAnywhere('矛盾纠纷'),
      'the content should have 纠纷 inside 矛盾纠纷 for this test to mean something',
    ).toBe(true);
    await typeQuery(page, '纠纷');
    const got = await expectExactly(page, '纠纷');
    expect(got).toEqual(expect.arrayContaining(await expectedSlugs('矛盾纠纷')));
  });
});

describe('a phrase in no report', () => {
  test('gives zero results, a clear message, and how many reports hold its two halves apart', async () => {
    const absent = [];
    for (const phrase of MAYBE_ABSENT) if (!(await occursAnywhere(phrase))) absent.push(phrase);
    const phrase = absent[0];
    expect(phrase, `every one of ${MAYBE_ABSENT.join(', ')} occurs in the content; add an absent phrase`).toBeDefined();
    if (phrase === undefined) return;
    await typeQuery(page, phrase);
    await expectExactly(page, phrase);
    expect(await page.locator('#search-results a').count()).toBe(0);
    expect(await statusText(page)).toBe(`没有报告包含“${phrase}”。`);
    expect(await page.locator('#search-results').getAttribute('data-total')).toBe('0');
    expect(await page.locator('#search-results').getAttribute('data-exact')).toBe('true');
    const characters = [...phrase];
    const middle = Math.ceil(characters.length / 2);
    const halves = [characters.slice(0, middle).join(''), characters.slice(middle).join('')];
    const both = (await expectedSlugs(halves.join(' '))).length;
    const split = page.locator('#search-split');
    await expect.poll(() => split.isVisible()).toBe(true);
    expect(await split.textContent()).toMatch(
      new RegExp(`^没有报告包含“${phrase}”；分别包含“${halves[0]}”和“${halves[1]}”的报告：(至多 )?${both} 份。`, 'u'),
    );
    expect(logProblems(log)).toBe('');
  });

  test('跨省通办, whose pieces are everywhere, gives its true set', async () => {
    await typeQuery(page, '跨省通办');
    await expectExactly(page, '跨省通办');
    expect(await page.locator('#search-split').isVisible()).toBe((await expectedSlugs('跨省通办')).length === 0);
  });
});

describe('traditional-script queries', () => {
  test.for([
    ['鞏留鎮', '巩留镇'],
    ['法律顧問', '法律顾问'],
  ])('%s finds what %s finds, and says it converted', async ([traditional, simplified]) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await typeQuery(page, simplified ?? '');
    const converterBefore = requests.filter((url) => url.includes('opencc')).length;
    expect(converterBefore, 'a simplified query must not download the converter').toBe(0);
    await typeQuery(page, traditional ?? '');
    await expectExactly(page, traditional ?? '', simplified);
    await expect
      .poll(() => page.locator('#search-notes').textContent())
      .toBe(`已将繁体“${traditional}”转换为简体“${simplified}”搜索。`);
    expect((await resultLinks(page, site)).every((link) => link.highlight[0] === simplified)).toBe(true);
    expect(logProblems(log)).toBe('');
  });
});

describe('phrases written with marks inside', () => {
  test.for(['八五普法', '十四五规划', '放管服改革', '12345政务服务'])(
    '%s finds the reports that write it with quotation marks inside',
    async (phrase) => {
      await typeQuery(page, phrase);
      await expectExactly(page, phrase);
    },
  );

  test('八五普法 is written “八五”普法 in the content, so the rule matters', async () => {
    expect((await expectedSlugs('八五普法')).length).toBeGreaterThan((await literalSlugs('八五普法')).length);
  });

  test('a match never crosses a sentence end', async () => {
    const reports = await loadReports();
    // The last two characters of a sentence and the first two of the next, in the first report.
    const paragraph = reports[0]?.paragraphs.find((p) => /\p{Script=Han}{2}。\p{Script=Han}{2}/u.test(p)) ?? '';
    const across = /(\p{Script=Han}{2})。(\p{Script=Han}{2})/u.exec(paragraph);
    expect(across).not.toBeNull();
    const phrase = `${across?.[1] ?? ''}${across?.[2] ?? ''}`;
    await typeQuery(page, phrase);
    await expectExactly(page, phrase);
  });
});

describe('several words', () => {
  test('法律顾问 纠纷: the reports containing both words', async () => {
    await typeQuery(page, '法律顾问 纠纷');
    await expectExactly(page, '法律顾问 纠纷');
    const status = await statusText(page);
    expect(status).toMatch(/同时包含“法律顾问”和“纠纷”/u);
  });

  test('a quoted phrase with a space is one word', async () => {
    await typeQuery(page, '“法律 顾问”');
    await expectExactly(page, '“法律 顾问”', '法律顾问');
  });
});

describe('recall and precision over phrases taken from every report', () => {
  /**
   * Deterministic sample: from each report, pieces of 2 to 6 Chinese
   * characters starting at spread-out positions of its paragraphs and
   * headings. Each must return exactly the reports that contain it.
   */
  async function samplePhrases(): Promise<string[]> {
    const phrases = new Set<string>();
    for (const report of await loadReports()) {
      const text = [...report.headings.map((h) => h.text), ...report.paragraphs].join('\n');
      const runs = text.match(/\p{Script=Han}{2,}/gu) ?? [];
      for (let i = 0; i < runs.length && phrases.size < 200; i += Math.max(1, Math.floor(runs.length / 10))) {
        const run = [...(runs[i] ?? '')];
        const length = 2 + (i % 5);
        const start = (i * 7) % Math.max(1, run.length - length + 1);
        const piece = run.slice(start, start + length).join('');
        if ([...piece].length >= 2) phrases.add(piece);
      }
    }
    return [...phrases];
  }

  test('every sampled phrase gives exactly its reports', async () => {
    const phrases = await samplePhrases();
    expect(phrases.length).toBeGreaterThan(30);
    const wrong: string[] = [];
    for (const phrase of phrases) {
      await typeQuery(page, phrase);
      const expected = await expectedSlugs(phrase);
      const got = await resultSlugs(page, site);
      tally.push({
        query: phrase,
        sampled: true,
        expected: expected.length,
        got: got.length,
        ...precisionRecall(expected, got),
      });
      if (JSON.stringify(expected) !== JSON.stringify(got))
        wrong.push(`${phrase}: expected ${expected.join(',')} got ${got.join(',')}`);
    }
    expect(wrong).toEqual([]);
    expect(logProblems(log)).toBe('');
  }, 300_000);
});
