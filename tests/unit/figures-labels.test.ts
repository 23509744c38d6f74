/**
 * The figure extractor against the hand labels of every figure of the five
 * seed reports (tests/fixtures/figures/labels.tsv, labelled by reading the
 * texts). The seeds are rendered by the site's own Markdown pipeline, so the
 * blocks are those of the report pages.
 *
 * An extracted figure matches a label of the same report when value and unit
 * are equal and the two indicators share at least two consecutive characters
 * (labels name the counted thing, the extractor the whole clause, 12个模块 →
 * 矛盾纠纷等模块), or one holds the other when it is a single character (破76起); each label matches at most one figure, in reading order.
 * Targets (issue 11): precision ≥ 95 %, recall ≥ 85 %.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readTextBlocks } from '../../src/lib/figures/blocks.ts';
import { extractFigures } from '../../src/lib/figures/extract.ts';
import { reportMarkdownOptions } from '../../src/plugins/report-pipeline.ts';
import type { Figure } from '../../src/schemas/figure.ts';

interface Label {
  report: string;
  indicator: string;
  value: number;
  unit: string;
}

const LABELS_FILE = 'tests/fixtures/figures/labels.tsv';
const REPORTS_DIR = 'content/reports';

function readLabels(): Label[] {
  const lines = readFileSync(LABELS_FILE, 'utf8').split('\n');
  const rows = lines.filter((line) => line.trim() !== '' && !line.startsWith('#')).slice(1);
  return rows.map((line, index) => {
    const [report, indicator, value, unit, ...rest] = line.split('\t');
    if (report === undefined || indicator === undefined || unit === undefined || rest.length > 0 || value === undefined)
      throw new Error(`${LABELS_FILE}: row ${index + 2} does not have 4 tab-separated fields: ${line}`);
    return { report, indicator, value: Number(value), unit };
  });
}

/** Whether two phrases share a run of at least two characters (or one holds the other, when it is one character). */
function overlaps(a: string, b: string): boolean {
  if ([...a].length < 2 || [...b].length < 2) return a !== '' && b !== '' && (a.includes(b) || b.includes(a));
  const chars = [...a];
  for (let i = 0; i + 1 < chars.length; i++) if (b.includes(chars[i]! + chars[i + 1]!)) return true;
  return false;
}

async function seedFigures(): Promise<Map<string, Figure[]>> {
  const processor = await createMarkdownProcessor(reportMarkdownOptions('/'));
  const bySlug = new Map<string, Figure[]>();
  for (const file of readdirSync(REPORTS_DIR).filter((name) => name.endsWith('.md'))) {
    const text = readFileSync(join(REPORTS_DIR, file), 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text) ?? [];
    const { slug } = parse(frontmatter) as { slug: string };
    const { code } = await processor.render(body, { frontmatter: { slug } });
    bySlug.set(slug, extractFigures(slug, readTextBlocks(code)));
  }
  return bySlug;
}

describe('figure extraction on the five labelled seeds', async () => {
  const labels = readLabels();
  const figures = await seedFigures();

  it('has labels for every seed and only for seeds', () => {
    expect(new Set(labels.map((label) => label.report))).toEqual(new Set(figures.keys()));
  });

  it('reaches precision ≥ 95 % and recall ≥ 85 %', () => {
    let matched = 0;
    let extracted = 0;
    const falsePositives: string[] = [];
    const missed: string[] = [];
    for (const [slug, found] of figures) {
      extracted += found.length;
      const open = labels.filter((label) => label.report === slug);
      for (const figure of found) {
        const at = open.findIndex(
          (label) =>
            label.value === figure.value && label.unit === figure.unit && overlaps(label.indicator, figure.indicator),
        );
        if (at === -1) falsePositives.push(`${slug}: ${figure.indicator} ${figure.written} (${figure.sentence})`);
        else {
          matched += 1;
          open.splice(at, 1);
        }
      }
      missed.push(...open.map((label) => `${slug}: ${label.indicator} ${label.value}${label.unit}`));
    }
    const precision = matched / extracted;
    const recall = matched / labels.length;
    console.info(
      `figures: ${labels.length} labelled, ${extracted} extracted, ${matched} matched; precision ${(precision * 100).toFixed(1)} %, recall ${(recall * 100).toFixed(1)} %` +
        (falsePositives.length > 0 ? `\nnot labelled:\n  ${falsePositives.join('\n  ')}` : '') +
        (missed.length > 0 ? `\nmissed:\n  ${missed.join('\n  ')}` : ''),
    );
    expect(precision, falsePositives.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(recall, missed.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('links every figure to a sentence of its block that holds it as written', () => {
    for (const found of figures.values())
      for (const figure of found) {
        expect(figure.sentence, figure.written).toContain(figure.written);
        expect(figure.block.startsWith(figure.section), figure.block).toBe(true);
      }
  });
});
