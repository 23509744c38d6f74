/**
 * The compare pages' building blocks, on HTML rendered by the report pages'
 * own pipeline: finding the level-1 sections of a rendered report, and
 * turning one into an excerpt that can share a page with other reports.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { readPartSections } from '../../src/lib/compare/sections.ts';
import { renderSectionExcerpt } from '../../src/lib/compare/section-excerpt.ts';
import { reportMarkdownOptions } from '../../src/plugins/report-pipeline.ts';

const MARKDOWN = [
  '前言。',
  '## 一、工作开展情况',
  '### （一）加强学习',
  '学习 id="s9" 与 \\<h3> 照原文写。',
  '#### 1.会前学法。',
  '会前。',
  '## 二、存在的问题 a>b "c"',
  '问题。',
  '## 三、下一步打算',
  '打算。',
].join('\n\n');

async function render(markdown: string) {
  const processor = await createMarkdownProcessor(reportMarkdownOptions('/archive/'));
  const { code, metadata } = await processor.render(markdown, {
    frontmatter: { slug: 'gongliuzhen-2024', year: 2024 },
  });
  return { html: code, headings: metadata.headings };
}

const { html, headings } = await render(MARKDOWN);
const sections = readPartSections(html, headings);
const excerpt = (id: string): string => {
  const section = sections.find((candidate) => candidate.id === id);
  if (section === undefined) throw new Error(`no section ${id}`);
  return renderSectionExcerpt(html.slice(section.start, section.end), { idPrefix: 'gongliuzhen-2024-', demote: 1 });
};

describe('readPartSections', () => {
  it('lists the level-1 sections with their ids, titles as written and parts', () => {
    expect(sections.map(({ id, title, part }) => ({ id, title, part }))).toEqual([
      { id: 's1', title: '一、工作开展情况', part: 'measures' },
      { id: 's2', title: '二、存在的问题 a>b "c"', part: 'problems' },
      { id: 's3', title: '三、下一步打算', part: 'plans' },
    ]);
  });

  it('locates each section’s content after its heading and links, up to the next section', () => {
    const [first, second, third] = sections.map((section) => html.slice(section.start, section.end));
    expect(first).toMatch(/^\s*<div class="section-heading section-heading-h3"><h3 id="s1-1">/);
    expect(first).not.toContain('一、工作开展情况');
    expect(first).not.toContain('</section>');
    expect(second?.trim()).toBe('<p id="s2-p1">问题。</p>');
    expect(third?.trim()).toBe('<p id="s3-p1">打算。</p>');
  });

  it('finds nothing in a report without level-1 headings', async () => {
    const plain = await render('只有一段。');
    expect(readPartSections(plain.html, plain.headings)).toEqual([]);
  });

  it('names the section when the HTML is not what the pipeline writes', () => {
    expect(() =>
      readPartSections('<section class="report-part" data-part="measures"><p>无标题</p></section>', []),
    ).toThrow(/level-1 section 1 .*expected <section …><h2 id="…">/);
    expect(() =>
      readPartSections('<section class="report-part" data-part="nonsense"><h2 id="s1">一</h2></section>', []),
    ).toThrow('data-part="nonsense" is not one of measures, problems, duty, plans, other');
  });
});

describe('renderSectionExcerpt', () => {
  it('keeps the text and its headings, one level down, heading ids prefixed with the report', () => {
    expect(excerpt('s1').trim()).toBe(
      [
        '<h4 id="gongliuzhen-2024-s1-1">（一）加强学习</h4>',
        '<p>学习 id="s9" 与 &#x3C;h3> 照原文写。</p>',
        '<h5 id="gongliuzhen-2024-s1-1-1">1.会前学法。</h5>',
        '<p>会前。</p>',
      ].join('\n'),
    );
  });

  it('drops what serves only the report page: section links, their wrappers, paragraph ids', () => {
    const text = excerpt('s1');
    expect(text).not.toContain('section-link');
    expect(text).not.toContain('section-heading');
    expect(text).not.toMatch(/<p [^>]*id=/);
  });

  it('leaves other markup and comments as they are', () => {
    const html =
      '<p>甲<strong class="x">乙</strong><br>丙</p><!-- <h3 id="c"> --><div><div class="section-heading section-heading-h3"><h3 id="a">标题</h3></div></div>';
    expect(renderSectionExcerpt(html, { idPrefix: 'r-', demote: 1 })).toBe(
      '<p>甲<strong class="x">乙</strong><br>丙</p><!-- <h3 id="c"> --><div><h4 id="r-a">标题</h4></div>',
    );
  });

  it('keeps h6 as the deepest heading', () => {
    expect(renderSectionExcerpt('<h6 id="x">六</h6>', { idPrefix: 'p-', demote: 1 })).toBe('<h6 id="p-x">六</h6>');
  });
});
