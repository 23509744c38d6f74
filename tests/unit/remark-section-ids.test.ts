/**
 * remark-section-ids on its own: Markdown in, heading ids out. Each case is
 * one behaviour of the numbering rules in src/lib/section-ids.ts.
 */
import type { Heading, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { getHastId } from '../../src/plugins/hast-id.ts';
import remarkSectionIds, { type RemarkSectionIdsOptions } from '../../src/plugins/remark-section-ids.ts';

/** The ids the plugin gives the headings of a Markdown document, in order, as "text → id". */
function headingIds(markdown: string, options?: RemarkSectionIdsOptions): string[] {
  const processor = unified().use(remarkParse).use(remarkSectionIds, options);
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  return tree.children
    .filter((node): node is Heading => node.type === 'heading')
    .map(
      (heading) =>
        `${heading.children.map((child) => ('value' in child ? child.value : '')).join('')} → ${getHastId(heading) ?? '(none)'}`,
    );
}

const lines = (...rows: string[]): string => rows.join('\n\n');

describe('remark-section-ids', () => {
  it('derives ids from the three levels of numbering', () => {
    const markdown = lines(
      '## 一、主要工作举措和成效',
      '### （一）强化组织领导',
      '### （二）提升行政决策水平',
      '#### 1.行政审批制度改革全面推进。',
      '#### 2.加强市场监管。',
      '#### 3.营商环境持续优化。',
      '## 二、存在的不足',
    );
    expect(headingIds(markdown)).toEqual([
      '一、主要工作举措和成效 → s1',
      '（一）强化组织领导 → s1-1',
      '（二）提升行政决策水平 → s1-2',
      '1.行政审批制度改革全面推进。 → s1-2-1',
      '2.加强市场监管。 → s1-2-2',
      '3.营商环境持续优化。 → s1-2-3',
      '二、存在的不足 → s2',
    ]);
  });

  it('uses 0 for a missing level 2 when a level-3 heading sits straight under level 1', () => {
    expect(headingIds(lines('## 三、下一步工作', '#### 3.加强学习。'))).toEqual([
      '三、下一步工作 → s3',
      '3.加强学习。 → s3-0-3',
    ]);
  });

  it('starts a new level-2 context at each level-1 heading', () => {
    const markdown = lines('## 一、甲', '### （一）乙', '## 二、丙', '#### 1.丁');
    expect(headingIds(markdown).map((row) => row.split(' → ')[1])).toEqual(['s1', 's1-1', 's2', 's2-0-1']);
  });

  it('reads Chinese numerals above ten and the variants a source may keep', () => {
    const markdown = lines('## 十二、第十二部分', '### (十一)半角括号', '#### 10、顿号', '## 13. 阿拉伯数字');
    expect(headingIds(markdown).map((row) => row.split(' → ')[1])).toEqual(['s12', 's12-11', 's12-11-10', 's13']);
  });

  it('hangs level-2 headings that come before any level-1 heading under s0', () => {
    expect(headingIds(lines('### （一）前言中的小节', '## 一、正文'))).toEqual([
      '（一）前言中的小节 → s0-1',
      '一、正文 → s1',
    ]);
  });

  it('falls back to <parent>-x<k> for headings without a number', () => {
    const markdown = lines('## 一、甲', '### 小结', '## 附件说明', '### （一）乙', '#### 没有编号');
    expect(headingIds(markdown).map((row) => row.split(' → ')[1])).toEqual([
      's1',
      's1-x1',
      's1-x2',
      's1-x2-1',
      's1-x2-1-x3',
    ]);
  });

  it('keeps ids unique when the numbering repeats', () => {
    const ids = headingIds(lines('## 一、甲', '## 一、又是一', '### （一）乙', '### （一）又是乙')).map(
      (row) => row.split(' → ')[1],
    );
    expect(ids).toEqual(['s1', 's1-x1', 's1-x1-1', 's1-x1-x2']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('puts the prefix before every id', () => {
    const ids = headingIds(lines('## 一、甲', '### 无编号', '#### 2.丙'), { prefix: 'laochangxiang-2023-' });
    expect(ids.map((row) => row.split(' → ')[1])).toEqual([
      'laochangxiang-2023-s1',
      'laochangxiang-2023-s1-x1',
      'laochangxiang-2023-s1-x1-2',
    ]);
  });

  it('leaves headings outside the three report levels alone', () => {
    expect(headingIds(lines('# 标题', '##### 五级'))).toEqual(['标题 → (none)', '五级 → (none)']);
  });
});
