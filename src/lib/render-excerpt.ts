/**
 * HTML of one level-1 section of a report, for the compare pages. Uses
 * Astro's own Markdown renderer with the same text settings as the report
 * pages (see report-pipeline.ts), ids
 * prefixed with the report slug so many reports fit on one page.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkSectionExcerpt from '../plugins/remark-section-excerpt.ts';
import remarkSectionIds from '../plugins/remark-section-ids.ts';
import { TEXT_AS_WRITTEN } from '../plugins/report-pipeline.ts';
import { compareAnchor } from './routes.ts';

/**
 * Render the section `sectionId` (as on the report page, e.g. "s2") of a
 * report's Markdown, its headings moved down `demote` levels.
 */
export async function renderSectionExcerpt(
  markdown: string,
  reportSlug: string,
  sectionId: string,
  demote: number,
): Promise<string> {
  const prefix = compareAnchor(reportSlug, '');
  const processor = await createMarkdownProcessor({
    ...TEXT_AS_WRITTEN,
    syntaxHighlight: false,
    remarkPlugins: [
      [remarkSectionIds, { prefix }],
      [remarkSectionExcerpt, { sectionId: `${prefix}${sectionId}`, demote }],
    ],
  });
  const { code } = await processor.render(markdown);
  return code;
}
