/**
 * The errors that stop a site build, each with what went wrong and what to
 * do about it. Astro prints an `AstroError`'s hint below its message, as it
 * does for its own errors. The messages are pinned in
 * tests/unit/build-errors.test.ts.
 */
import { AstroError } from 'astro/errors';

const GLOB_LOADER_HINT =
  'src/content.config.ts must load the reports collection with glob() from content/reports/, so that Astro renders each report and records its file.';

/** The body and HTML the content loader keeps on disk for a report are not there. */
export function noReportContent(id: string, file: string | undefined, contentFile: string): AstroError {
  return new AstroError(
    `Report "${id}" (${file ?? 'unknown file'}): its rendered content ${contentFile} is missing.`,
    'The content loader writes it while syncing (src/data/report-store.ts): build again; do not delete node_modules/.astro/ during a build.',
  );
}

/** A report of the collection came without the path of its file. */
export function noFilePath(id: string): AstroError {
  return new AstroError(`Report "${id}" has no file path.`, GLOB_LOADER_HINT);
}

/** A report's rendered HTML does not have the shape the report pipeline gives it. */
export function unreadableReport(id: string, file: string | undefined, cause: unknown): AstroError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  const hint =
    cause instanceof AstroError && cause.hint !== undefined
      ? cause.hint
      : 'Rebuild after `npm run normalize`; if it persists, the report pipeline (src/plugins/) and src/lib/report/markup.ts disagree.';
  const error = new AstroError(`Report "${id}" (${file ?? 'unknown file'}): ${detail}`, hint);
  error.cause = cause;
  return error;
}

/** A level-1 section names a part that is not one of the report parts. */
export function unknownPart(where: string, part: string, parts: readonly string[]): AstroError {
  return new AstroError(
    `${where}: data-part="${part}" is not one of ${parts.join(', ')}.`,
    'rehype-report-parts.ts writes the part with classifyPart() from src/lib/parts.ts; the two must name the same parts.',
  );
}

/** A level-1 section's HTML lacks its heading or its end. */
export function unexpectedSectionShape(where: string): AstroError {
  return new AstroError(
    `${where}: expected <section …><h2 id="…">…</h2>…</section> as the report pipeline writes it.`,
    'The classes and tags are set in src/lib/report/markup.ts and written by src/plugins/rehype-report-parts.ts and rehype-section-links.ts; change them together.',
  );
}

/** A lookup by report slug found nothing in a table built from the same reports. */
export function notInCatalog(what: string, slug: string): AstroError {
  return new AstroError(
    `No ${what} for report "${slug}".`,
    'Look reports up only by the slugs of the collection the catalog was built from (loadCatalog()).',
  );
}

/** One line or row of a bulk-data file is larger than a whole file may be. */
export function recordTooLarge(what: string, index: number, bytes: number, limit: number): AstroError {
  return new AstroError(
    `${what} ${index} is ${bytes} bytes: it cannot fit in a file of at most ${limit} bytes.`,
    'A record is never split across files: raise FILE_LIMIT in src/lib/data/split-writer.ts, or find out why this report is so large.',
  );
}
