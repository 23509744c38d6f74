/**
 * The markup contract (src/lib/report/markup.ts): the report pipeline writes
 * the markers its readers look for, and the styles name the same classes.
 */
import { readFile } from 'node:fs/promises';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { linkComparePages } from '../../src/lib/compare/links.ts';
import { readPartSections } from '../../src/lib/compare/sections.ts';
import {
  COMPARE_LINK_CLASS,
  COMPARE_LINK_OPEN,
  HEADING_WRAPPER_CLASS,
  LEVEL1_HEADING_WRAPPER_OPEN,
  PART_SECTION_CLASS,
  PART_SECTION_OPEN,
  SECTION_LINK_CLASS,
} from '../../src/lib/report/markup.ts';
import { reportMarkdownOptions } from '../../src/plugins/report-pipeline.ts';

const MARKDOWN = [
  '前言。',
  '## 一、主要工作举措和成效',
  '### （一）强化组织领导',
  '正文。',
  '## 二、存在的不足和问题',
  '问题。',
].join('\n\n');

async function render(): Promise<{ code: string; headings: { depth: number; slug: string; text: string }[] }> {
  const processor = await createMarkdownProcessor(reportMarkdownOptions('/'));
  const { code, metadata } = await processor.render(MARKDOWN, {
    frontmatter: { slug: 'lizhuangxiang-2023', year: 2023 },
  });
  return { code, headings: metadata.headings };
}

describe('report markup contract', () => {
  it('the pipeline writes every marker the readers search for', async () => {
    const { code } = await render();
    expect(code.split(PART_SECTION_OPEN)).toHaveLength(3);
    expect(code.split(LEVEL1_HEADING_WRAPPER_OPEN)).toHaveLength(3);
    expect(code.split(COMPARE_LINK_OPEN)).toHaveLength(3);
    expect(code.split(`class="${SECTION_LINK_CLASS}"`)).toHaveLength(4);
  });

  it('the readers find the sections and links the pipeline wrote', async () => {
    const { code, headings } = await render();
    expect(readPartSections(code, headings).map(({ id, part }) => `${id} ${part}`)).toEqual([
      's1 measures',
      's2 problems',
    ]);
    const paged = linkComparePages(code, (part) => (part === 'problems' ? 3 : 1));
    expect(paged).toContain('/compare/problems/2023/3/#lizhuangxiang-2023-s2"');
    expect(paged).toContain('/compare/measures/2023/#lizhuangxiang-2023-s1"');
  });

  it('the styles name the classes of the contract', async () => {
    const css = await readFile(new URL('../../src/styles/report.css', import.meta.url), 'utf8');
    for (const name of [PART_SECTION_CLASS, HEADING_WRAPPER_CLASS, SECTION_LINK_CLASS, COMPARE_LINK_CLASS]) {
      expect(css, name).toContain(`.${name}`);
    }
  });
});
