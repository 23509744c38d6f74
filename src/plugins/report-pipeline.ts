/**
 * The Markdown pipeline of the report pages, in one place so that the Astro
 * config, the compare pages and the tests render reports the same way.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeReportParts from './rehype-report-parts.ts';
import rehypeSectionLinks from './rehype-section-links.ts';
import remarkParagraphIds from './remark-paragraph-ids.ts';
import remarkSectionIds from './remark-section-ids.ts';

/**
 * The normalizer's text is shown as it is: no typographic quotes
 * (SmartyPants) and no GFM, whose "~" strikethrough would eat 1~3月.
 */
export const TEXT_AS_WRITTEN = { gfm: false, smartypants: false } as const;

/**
 * Options for `unified()` from @astrojs/markdown-remark: ids from the
 * document's numbering (s1, s1-2, s1-2-3, s1-2-p3), then each level-1
 * section wrapped with its part, then the links beside each heading.
 * `codeDigest` (see pipeline-digest.ts) only serves to re-render cached
 * Markdown when the pipeline's code changes.
 */
export function reportMarkdownOptions(base: string, codeDigest = ''): UnifiedProcessorOptions {
  return {
    ...TEXT_AS_WRITTEN,
    remarkPlugins: [remarkSectionIds, remarkParagraphIds],
    rehypePlugins: [rehypeReportParts, [rehypeSectionLinks, { base, codeDigest }]],
  };
}
