/** The compare pages' building blocks: a report's outline and the excerpt of one section. */
import { describe, expect, it } from 'vitest';
import { renderSectionExcerpt } from '../../src/lib/render-excerpt.ts';
import { outlineReport } from '../../src/lib/report-outline.ts';

const MARKDOWN = [
  '前言。',
  '## 一、工作开展情况',
  '### （一）加强学习',
  '学习。',
  '#### 1.会前学法。',
  '会前。',
  '## 二、存在的问题',
  '问题。',
  '## 三、下一步打算',
  '打算。',
].join('\n\n');

describe('outlineReport', () => {
  it('lists the level-1 sections with their ids, titles and parts', () => {
    expect(outlineReport(MARKDOWN)).toEqual([
      { id: 's1', title: '一、工作开展情况', part: 'measures' },
      { id: 's2', title: '二、存在的问题', part: 'problems' },
      { id: 's3', title: '三、下一步打算', part: 'plans' },
    ]);
  });
});

describe('renderSectionExcerpt', () => {
  it('keeps only the section’s content, headings one level down, ids prefixed with the report', async () => {
    const html = await renderSectionExcerpt(MARKDOWN, 'gongliuzhen-2024', 's1', 1);
    expect(html).toContain('<h4 id="gongliuzhen-2024-s1-1">（一）加强学习</h4>');
    expect(html).toContain('<h5 id="gongliuzhen-2024-s1-1-1">1.会前学法。</h5>');
    expect(html).toContain('<p>学习。</p>');
    for (const left of ['前言', '一、工作开展情况', '问题。', '打算。']) expect(html).not.toContain(left);
  });

  it('renders the last section up to the end of the report', async () => {
    expect((await renderSectionExcerpt(MARKDOWN, 'x', 's3', 1)).trim()).toBe('<p>打算。</p>');
  });

  it('renders nothing for a section the report does not have', async () => {
    expect((await renderSectionExcerpt(MARKDOWN, 'x', 's9', 1)).trim()).toBe('');
  });
});
