/**
 * The normalizer for one report, as a table of contents: decode → remove
 * glosses → convert to simplified → strip chrome → split collapsed lines →
 * typography → recover structure → metadata → Markdown → verify. Pure: bytes
 * and metadata in, Markdown out; the command line does all file I/O.
 */
import { createHash } from 'node:crypto';
import { reportSchema, type Report } from '../../../src/schemas/report.ts';
import { stripChrome } from './chrome.ts';
import { isTraditional } from '../../../src/lib/text/simplify.ts';
import { collapseSpaces } from '../../../src/lib/text/spaces.ts';
import { convertToSimplified, summarizeConversions } from './convert.ts';
import { decodeSource } from './decode.ts';
import { removeGlosses } from './glosses.ts';
import { blocksToMarkdown, withFrontmatter } from './markdown.ts';
import { resolveMetadata } from './metadata.ts';
import { NormalizeError, type Problem } from './problems.ts';
import type { MetaLines, SourceMeta } from './source-meta.ts';
import { splitCollapsedLines } from './split-lines.ts';
import { recoverStructure } from './structure.ts';
import { newChangeCount, toSourceLines } from './text-lines.ts';
import { normalizeTypography, type TypographyTally } from './typography.ts';
import { verifyNothingLost } from './verify.ts';

/** Bumped whenever a rule change alters the output on purpose. */
export const NORMALIZER_VERSION = '3';

export interface SourceInput {
  /** Raw bytes of the report as published. */
  bytes: Uint8Array;
  /** Path shown in messages and stored as source.path (repository-relative for the archive). */
  path: string;
  /** Contents of the metadata file, already validated; {} when there is none. */
  meta: SourceMeta;
  /** The line of each key of the metadata file, for messages. */
  metaLines?: MetaLines;
}

export type NormalizeResult = { ok: true; report: Report; markdown: string } | { ok: false; problems: Problem[] };

export function normalizeReport(input: SourceInput): NormalizeResult {
  try {
    return normalizeOrThrow(input);
  } catch (error) {
    if (error instanceof NormalizeError) return { ok: false, problems: [error.problem] };
    throw error;
  }
}

function normalizeOrThrow({ bytes, path, meta, metaLines = {} }: SourceInput): NormalizeResult {
  const decoded = decodeSource(bytes, path);

  const glosses = newChangeCount();
  const unglossed = toSourceLines(decoded.text).map(({ text, line }) => ({ line, text: removeGlosses(text, glosses) }));
  const traditional = isTraditional(decoded.text);
  const conversions = new Map<string, number>();
  const converted = unglossed.map(({ text, line }) => ({
    line,
    text: convertToSimplified(text, conversions, traditional),
  }));

  const chrome = stripChrome(converted);
  if (chrome.lines.length === 0) {
    throw new NormalizeError({
      file: path,
      message: 'the file holds only web-page chrome (navigation, footers), no report text',
      hint: 'save the report text itself from the page, not only its frame',
    });
  }
  const split = splitCollapsedLines(chrome.lines);
  const typography: TypographyTally = { punctuation: newChangeCount(), spaces: 0 };
  const lines = split.lines.map(({ text, line }) => ({ line, text: normalizeTypography(text, typography) }));
  const structure = recoverStructure(lines.filter((l) => l.text !== ''));

  const resolved = resolveMetadata(structure, chrome.facts, meta, path, metaLines);
  if (!resolved.metadata) return { ok: false, problems: resolved.problems };
  const { titleFrom, placeFrom, yearFrom, ...metadata } = resolved.metadata;

  const body = blocksToMarkdown(structure.blocks);
  const depthCount = (depth: number): number =>
    structure.blocks.filter((b) => b.kind === 'heading' && b.depth === depth).length;
  const frontmatter: Report = {
    ...metadata,
    ...(structure.signature ? { signature: structure.signature.text } : {}),
    ...(structure.dateLine ? { dateLine: structure.dateLine.text } : {}),
    source: {
      path,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.length,
      ...(meta.originalName ? { originalName: meta.originalName } : {}),
      ...(meta.url ? { url: meta.url } : {}),
      ...(meta.retrieved ? { retrieved: meta.retrieved } : {}),
    },
    provenance: {
      encoding: decoded.encoding,
      lineEndings: decoded.lineEndings,
      chromeRemoved: chrome.removed.map((l) => collapseSpaces(l.text)),
      glossesRemoved: glosses,
      charactersConverted: summarizeConversions(conversions),
      punctuationNormalized: typography.punctuation,
      spacesRemoved: typography.spaces,
      linesSplit: split.splits,
      runInHeadingsSplit: structure.runInHeadingsSplit,
      headingsRenumbered: structure.renumbered,
      junkRemoved: chrome.junk.map((l) => l.text.trim()),
      titleFrom,
      headings: { h2: depthCount(2), h3: depthCount(3), h4: depthCount(4) },
      placeFrom,
      yearFrom,
      normalizer: NORMALIZER_VERSION,
    },
  };

  const checked = reportSchema.safeParse(frontmatter);
  if (!checked.success) {
    return {
      ok: false,
      problems: checked.error.issues.map((issue) => ({
        file: path,
        message: `the normalized metadata is invalid at "${issue.path.join('.')}": ${issue.message}`,
        hint: 'correct the value in the metadata file beside the source',
      })),
    };
  }

  verifyNothingLost(
    path,
    chrome.lines,
    [
      titleFrom === 'source' ? frontmatter.title : '',
      frontmatter.addressee ?? '',
      body,
      frontmatter.signature ?? '',
      frontmatter.dateLine ?? '',
    ],
    structure.renumbered,
  );
  return { ok: true, report: checked.data, markdown: withFrontmatter(checked.data, body) };
}
