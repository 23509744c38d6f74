/** The report page's "对照阅读" links, given the page of the year's compare pages that holds each part. */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { linkComparePages } from '../../src/lib/compare/links.ts';
import { reportMarkdownOptions } from '../../src/plugins/report-pipeline.ts';

const MARKDOWN = [
  '## 一、主要工作举措和成效',
  '做法。',
  '## 二、存在的不足和问题',
  '不足。',
  '## 三、2024年工作计划',
  '计划。',
].join('\n\n');

const processor = await createMarkdownProcessor(reportMarkdownOptions('/archive/'));
const { code } = await processor.render(MARKDOWN, { frontmatter: { slug: 'lizhuangxiang-2023', year: 2023 } });
const compareLinks = (html: string): (string | undefined)[] =>
  [...html.matchAll(/class="compare-link" href="([^"]+)"/g)].map((match) => match[1]);

describe('linkComparePages', () => {
  it('adds the page number where the excerpt is not on the first page', () => {
    const pages = { measures: 3, problems: 1, plans: undefined } as const;
    expect(compareLinks(linkComparePages(code, (part) => pages[part as keyof typeof pages]))).toEqual([
      '/archive/compare/measures/2023/3/#lizhuangxiang-2023-s1',
      '/archive/compare/problems/2023/#lizhuangxiang-2023-s2',
      '/archive/compare/plans/2023/#lizhuangxiang-2023-s3',
    ]);
  });

  it('changes nothing else', () => {
    const changed = linkComparePages(code, () => 2);
    expect(changed.replaceAll('/2023/2/#', '/2023/#')).toBe(code);
  });
});
