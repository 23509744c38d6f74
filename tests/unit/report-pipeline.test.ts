/**
 * The report pages' whole Markdown pipeline, run through Astro's own
 * renderer as the site runs it: our ids must survive Astro's heading-id
 * step, each level-1 section must be wrapped with its part, and every
 * heading must get its links.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { classifyPart } from '../../src/lib/parts.ts';
import { reportMarkdownOptions } from '../../src/plugins/report-pipeline.ts';

const MARKDOWN = [
  '2023年，我乡深入推进法治政府建设。现将有关情况报告如下：',
  '## 一、主要工作举措和成效',
  '### （一）强化组织领导',
  '第一段。',
  '第二段，1\\~3月完成。',
  '### （二）深化改革',
  '#### 1.行政审批制度改革全面推进。',
  '做法。',
  '## 二、存在的不足和问题',
  '一是学法不深。',
  '## 三、2024年工作计划',
  '#### 2.加强学习。',
].join('\n\n');

async function render(markdown: string, base = '/archive/', slug = 'lizhuangxiang-2023') {
  const processor = await createMarkdownProcessor(reportMarkdownOptions(base));
  return processor.render(markdown, { frontmatter: { slug, year: 2023 } });
}

const ids = (html: string): string[] => [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1] ?? '');

describe('report Markdown pipeline', () => {
  it('gives headings the numbering ids, not Astro’s slugs', async () => {
    const { code, metadata } = await render(MARKDOWN);
    expect(metadata.headings.map((heading) => heading.slug)).toEqual([
      's1',
      's1-1',
      's1-2',
      's1-2-1',
      's2',
      's3',
      's3-0-2',
    ]);
    expect(code).toContain('<h2 id="s1">一、主要工作举措和成效</h2>');
    expect(code).toContain('<h4 id="s1-2-1">1.行政审批制度改革全面推进。</h4>');
  });

  it('keeps the collected heading text free of the links beside it', async () => {
    const { metadata } = await render(MARKDOWN);
    for (const heading of metadata.headings) expect(heading.text).toMatch(/^[一二三四（0-9]/);
    expect(metadata.headings.map((heading) => heading.text)).not.toContain(expect.stringContaining('#'));
  });

  it('numbers paragraphs within their section', async () => {
    const { code } = await render(MARKDOWN);
    expect(ids(code).filter((id) => id.includes('-p'))).toEqual(['s0-p1', 's1-1-p1', 's1-1-p2', 's1-2-1-p1', 's2-p1']);
  });

  it('gives every element a unique id', async () => {
    const all = ids((await render(MARKDOWN)).code);
    expect(new Set(all).size).toBe(all.length);
  });

  it('wraps each level-1 section in a <section> naming its part, and leaves the preamble outside', async () => {
    const { code } = await render(MARKDOWN);
    const sections = [
      ...code.matchAll(
        /<section class="report-part" data-part="([a-z]+)">\s*<div[^>]*><h2 id="([^"]+)">([^<]+)<\/h2>/g,
      ),
    ];
    expect(sections.map((match) => [match[2], match[1]])).toEqual(
      sections.map((match) => [match[2], classifyPart(match[3] ?? '')]),
    );
    expect(sections.map((match) => match[1])).toEqual(['measures', 'problems', 'plans']);
    expect(code.indexOf('<p id="s0-p1">')).toBeLessThan(code.indexOf('<section'));
  });

  it('puts a link to the section beside every heading', async () => {
    const { code, metadata } = await render(MARKDOWN);
    for (const heading of metadata.headings) {
      expect(code).toContain(`<a class="section-link" href="#${heading.slug}" aria-label="本节链接：${heading.text}"`);
    }
  });

  it('links each level-1 heading to its part on the year’s compare page, under the base path', async () => {
    const { code } = await render(MARKDOWN, '/archive/', 'lizhuangxiang-2023');
    const compareLinks = [...code.matchAll(/class="compare-link" href="([^"]+)"/g)].map((match) => match[1]);
    expect(compareLinks).toEqual([
      '/archive/compare/measures/2023/#lizhuangxiang-2023-s1',
      '/archive/compare/problems/2023/#lizhuangxiang-2023-s2',
      '/archive/compare/plans/2023/#lizhuangxiang-2023-s3',
    ]);
  });

  it('shows the text as written: escaped tildes stay, quotes stay straight', async () => {
    const { code } = await render('甲"乙"丙，1~3月，4\\~5月。');
    expect(code).toContain('甲"乙"丙，1~3月，4~5月。');
  });
});
