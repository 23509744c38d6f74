/**
 * Step 7: recover the document's structure from its lines: title, addressee,
 * numbered sections at three levels, paragraphs, signature and date.
 *
 * Chinese official reports number level-1 sections 一、, level-2 （一）, and
 * level-3 1. — headings that often run into their body ("（一）深入开展法治
 * 教育，不断厚植法治思维。一是将…"). Enumerations such as 一是/二是 are
 * paragraph text. Broken numbering ((1)(2)(三)(四), a 5、 after 四、) is
 * repaired so the numbers — and the section links built from them — are
 * consistent; every repair is recorded.
 */
import { CHINESE_DATE_LINE } from '../../../src/lib/text/dates.ts';
import { toChineseNumeral } from '../../../src/lib/text/numerals.ts';
import { readSectionMarker, type MarkerStyle } from '../../../src/lib/text/section-numbers.ts';
import type { Renumbering } from '../../../src/schemas/report.ts';
import type { SourceLine } from './text-lines.ts';

export interface HeadingBlock {
  kind: 'heading';
  /** Markdown depth: 2 for 一、, 3 for （一）, 4 for 1. */
  depth: 2 | 3 | 4;
  /** The section number as repaired: 一、, （一） or 1. */
  number: string;
  /** The heading text after its number. */
  text: string;
  line: number;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  line: number;
}

export type Block = HeadingBlock | ParagraphBlock;

export interface StructuredReport {
  title?: SourceLine;
  addressee?: SourceLine;
  blocks: Block[];
  signature?: SourceLine;
  dateLine?: SourceLine;
  runInHeadingsSplit: number;
  renumbered: Renumbering[];
}

/** Longest heading we accept; a longer "heading" is a numbered paragraph. */
const MAX_HEADING = 100;
const HEADING_END = /[。！？；：]/u;
const TITLE = /报告(?:[（(][^）)]*[）)])?$/u;
const ADDRESSEE = /^[^。，；]{2,40}[：:]$/u;
const ORGANIZATION = /(?:人民政府|政府|委员会|市委|县委|区委|州委|党委|工委|管委会|办事处|办公室|人大常委会)/u;
const SIGNATURE = /^[^。，；：\s]{2,40}(?:人民政府|政府|委员会|办事处|管委会|党委|工委|办公室)$/u;
type Marker =
  | {
      style: MarkerStyle;
      value: number;
      written: string;
      rest: string;
    }
  | undefined;

/** The section number a line opens with (the grammar is src/lib/text/section-numbers.ts) and the text after it. */
function readMarker(text: string): Marker {
  const marker = readSectionMarker(text);
  if (!marker) return undefined;
  const { style, value, written } = marker;
  return { style, value, written, rest: text.slice(written.length).replace(/^\s+/u, '') };
}

export function recoverStructure(lines: SourceLine[]): StructuredReport {
  const body = [...lines];
  const report: StructuredReport = { blocks: [], runInHeadingsSplit: 0, renumbered: [] };

  const first = body[0];
  if (
    first &&
    !readMarker(first.text) &&
    first.text.length <= 80 &&
    TITLE.test(first.text) &&
    !/。/u.test(first.text)
  ) {
    report.title = body.shift()!;
  }
  const next = body[0];
  if (next && ADDRESSEE.test(next.text) && ORGANIZATION.test(next.text)) {
    report.addressee = { ...body.shift()!, text: next.text.replace(/[：:]$/u, '') };
  }
  const last = body[body.length - 1];
  if (last && CHINESE_DATE_LINE.test(last.text)) {
    report.dateLine = body.pop()!;
    const before = body[body.length - 1];
    if (before && SIGNATURE.test(before.text) && !readMarker(before.text)) report.signature = body.pop()!;
  }

  const numbering = new Numbering(report.renumbered);
  for (const line of body) {
    const marker = readMarker(line.text);
    const placed = marker && numbering.place(marker, line.line);
    if (!marker || !placed) {
      report.blocks.push({ kind: 'paragraph', text: line.text, line: line.line });
      continue;
    }
    const { heading, runIn } = splitRunIn(marker.rest);
    if (heading === undefined) {
      numbering.undo();
      report.blocks.push({ kind: 'paragraph', text: line.text, line: line.line });
      continue;
    }
    numbering.commit();
    report.blocks.push({ kind: 'heading', depth: placed.depth, number: placed.number, text: heading, line: line.line });
    if (runIn !== '') {
      report.runInHeadingsSplit += 1;
      report.blocks.push({ kind: 'paragraph', text: runIn, line: line.line });
    }
  }
  return report;
}

/** Splits "（一）标题。正文…" into heading and body; no heading when the first sentence is too long. */
function splitRunIn(rest: string): { heading?: string; runIn: string } {
  const end = rest.search(HEADING_END);
  if (end === -1) return rest.length <= MAX_HEADING && rest.length > 0 ? { heading: rest, runIn: '' } : { runIn: '' };
  if (end + 1 > MAX_HEADING) return { runIn: '' };
  return { heading: rest.slice(0, end + 1), runIn: rest.slice(end + 1).trim() };
}

/**
 * Keeps the section counters and decides level and repaired number of each
 * numbered line. `place` proposes; `commit` or `undo` settles, because a
 * numbered line may still turn out to be a paragraph (too long for a heading).
 */
class Numbering {
  private l1 = 0;
  private l2 = 0;
  private l3 = 0;
  private saved: [number, number, number] = [0, 0, 0];
  private pending: Renumbering | undefined;
  private readonly repairs: Renumbering[];

  constructor(repairs: Renumbering[]) {
    this.repairs = repairs;
  }

  place(marker: NonNullable<Marker>, line: number): { depth: 2 | 3 | 4; number: string } | undefined {
    this.saved = [this.l1, this.l2, this.l3];
    this.pending = undefined;
    const { style, value, written } = marker;
    let depth: 2 | 3 | 4;
    let number: string;
    if (style === 'chinese-l1' || (style === 'arabic-l1' && value === this.l1 + 1 && this.l3 !== value - 1)) {
      // An Arabic "5、" continues 一、…四、 as level 1 unless it continues a level-3 list.
      this.l1 += 1;
      this.l2 = 0;
      this.l3 = 0;
      depth = 2;
      number = `${toChineseNumeral(this.l1)}、`;
    } else if (style === 'chinese-l2' || (style === 'arabic-l2' && value === this.l2 + 1 && this.l3 === 0)) {
      // （1）（2） among （三）（四） are level 2; inside a 1. item they are a sub-list (text).
      this.l2 += 1;
      this.l3 = 0;
      depth = 3;
      number = `（${toChineseNumeral(this.l2)}）`;
    } else if (style === 'arabic-l3' || (style === 'arabic-l1' && value === this.l3 + 1)) {
      this.l3 += 1;
      depth = 4;
      number = `${this.l3}.`;
    } else {
      return undefined;
    }
    if (normalizedForm(written) !== number) this.pending = { line, from: written, to: number };
    return { depth, number };
  }

  commit(): void {
    if (this.pending) this.repairs.push(this.pending);
    this.pending = undefined;
  }

  undo(): void {
    [this.l1, this.l2, this.l3] = this.saved;
    this.pending = undefined;
  }
}

/** A number written with the right value but other characters (（ 一 ）) is not a repair. */
function normalizedForm(written: string): string {
  return written.replace(/\s+/gu, '').replace(/^\(/u, '（').replace(/\)$/u, '）').replace(/．$/u, '.');
}
