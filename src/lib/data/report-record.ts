/**
 * One report as a bulk-data record (a line of `reports-NNNNN.jsonl.gz`, and
 * `/reports/<slug>.json`): its frontmatter exactly as the content schema
 * has it, its plain text, and its sections with the ids the report page
 * gives them and the part of the national outline each belongs to.
 *
 * The record's schema extends the content schema, so the published JSON
 * Schema (`report.schema.json`) is generated from the same zod definition
 * the site and the normalizer validate against.
 */
import type { Heading, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { z } from 'astro/zod';
import { reportSchema, type Report } from '../../schemas/report.ts';
import { toString } from 'mdast-util-to-string';
import { PARTS, classifyPart, type Part } from '../parts.ts';
import { createSectionIdAssigner } from '../section-ids.ts';
import type { SectionLevel } from '../text/section-numbers.ts';

export const sectionRecordSchema = z.strictObject({
  /** The section's id on the report page, e.g. "s1-2": /reports/<slug>/#s1-2. */
  id: z.string().regex(/^s[0-9x-]+$/),
  /** 1 for 一、, 2 for （一）, 3 for 1. */
  level: z.number().int().min(1).max(3),
  /** The heading as written, with its number, e.g. "（二）深化改革". */
  title: z.string(),
  /** Part of the national outline the section belongs to (that of its level-1 section). */
  part: z.enum(PARTS),
  /** Plain text of the section up to the next heading of any level, paragraphs separated by "\n". */
  text: z.string(),
});

export const reportRecordSchema = reportSchema.extend({
  /** Address of the report page, relative to the site root, e.g. "reports/laochangxiang-2023/". */
  path: z.string(),
  /** Plain text of the whole report (headings and paragraphs), blocks separated by "\n". */
  text: z.string(),
  /** Every heading of the report, in order, with the text that follows it. */
  sections: z.array(sectionRecordSchema),
});

export type SectionRecord = z.output<typeof sectionRecordSchema>;
export type ReportRecord = z.output<typeof reportRecordSchema>;

const LEVEL_OF_DEPTH: Readonly<Partial<Record<Heading['depth'], SectionLevel>>> = { 2: 1, 3: 2, 4: 3 };

const parser = unified().use(remarkParse);

/** Plain text of one block: list items and other nested blocks one per line. */
function blockText(node: RootContent): string {
  if (node.type === 'list') return node.children.map((item) => item.children.map(blockText).join('\n')).join('\n');
  if (node.type === 'blockquote') return node.children.map(blockText).join('\n');
  return toString(node, { includeImageAlt: false });
}

/**
 * The record of a report from its frontmatter and its Markdown body (as
 * stored in content/reports/). Section ids come from the same assigner the
 * site's Markdown pipeline uses, so `#<id>` on the report page is the section.
 */
export function buildReportRecord(report: Report, body: string, path: string): ReportRecord {
  const tree = parser.parse(body);
  const assign = createSectionIdAssigner();
  const blocks: string[] = [];
  const sections: SectionRecord[] = [];
  let part: Part | undefined;
  let current: { section: SectionRecord; lines: string[] } | undefined;
  const close = (): void => {
    if (current) current.section.text = current.lines.join('\n');
  };
  for (const node of tree.children) {
    const text = blockText(node).trim();
    const level = node.type === 'heading' ? LEVEL_OF_DEPTH[node.depth] : undefined;
    if (text !== '') blocks.push(text);
    if (level === undefined) {
      if (text !== '') current?.lines.push(text);
      continue;
    }
    close();
    if (level === 1) part = classifyPart(text);
    // A level-2 heading before any level-1 heading hangs under s0; its part is unknown: "other".
    const section: SectionRecord = {
      id: assign(level, toString(node, { includeImageAlt: false })),
      level,
      title: text,
      part: part ?? 'other',
      text: '',
    };
    sections.push(section);
    current = { section, lines: [] };
  }
  close();
  return { ...report, path, text: blocks.join('\n'), sections };
}
