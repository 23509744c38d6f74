/** The errors that stop a site build: each says what went wrong and, as its hint, what to do. */
import { AstroError } from 'astro/errors';
import { describe, expect, it } from 'vitest';
import {
  noFilePath,
  noReportContent,
  notInCatalog,
  recordTooLarge,
  unreadableReport,
} from '../../src/lib/build-errors.ts';
import { buildCatalog } from '../../src/lib/catalog.ts';
import { readPartSections } from '../../src/lib/compare/sections.ts';

/** The error a function throws, for looking at its hint as well as its message. */
function thrownBy(run: () => unknown): AstroError {
  try {
    run();
  } catch (error) {
    if (error instanceof AstroError) return error;
    throw error;
  }
  throw new Error('expected an AstroError');
}

const text = (error: AstroError): string => `${error.message}\n→ ${error.hint ?? '(no hint)'}`;

describe('build errors', () => {
  it('a section whose HTML is not what the pipeline writes', () => {
    const error = thrownBy(() =>
      readPartSections('<section class="report-part" data-part="measures"><p>无标题</p></section>', []),
    );
    expect(text(error)).toMatchInlineSnapshot(`
      "level-1 section 1 (at character 0): expected <section …><h2 id="…">…</h2>…</section> as the report pipeline writes it.
      → The classes and tags are set in src/lib/report/markup.ts and written by src/plugins/rehype-report-parts.ts and rehype-section-links.ts; change them together."
    `);
  });

  it('a section of an unknown part', () => {
    const error = thrownBy(() =>
      readPartSections('<section class="report-part" data-part="nonsense"><h2 id="s1">一</h2></section>', []),
    );
    expect(text(error)).toMatchInlineSnapshot(`
      "level-1 section 1 (at character 0): data-part="nonsense" is not one of measures, problems, duty, plans, other.
      → rehype-report-parts.ts writes the part with classifyPart() from src/lib/parts.ts; the two must name the same parts."
    `);
  });

  it('a report looked up that the catalog does not hold', () => {
    const error = thrownBy(() => buildCatalog([]).placeOf('nowhere-2020'));
    expect(text(error)).toMatchInlineSnapshot(`
      "No place for report "nowhere-2020".
      → Look reports up only by the slugs of the collection the catalog was built from (loadCatalog())."
    `);
  });

  it('a report loaded without its rendered content or its file', () => {
    expect(
      text(
        noReportContent('laochangxiang-2023', 'content/reports/laochangxiang-2023.md', 'node_modules/.astro/x.json'),
      ),
    ).toMatchInlineSnapshot(`
      "Report "laochangxiang-2023" (content/reports/laochangxiang-2023.md): its rendered content node_modules/.astro/x.json is missing.
      → The content loader writes it while syncing (src/data/report-store.ts): build again; do not delete node_modules/.astro/ during a build."
    `);
    expect(text(noFilePath('laochangxiang-2023'))).toMatchInlineSnapshot(`
      "Report "laochangxiang-2023" has no file path.
      → src/content.config.ts must load the reports collection with glob() from content/reports/, so that Astro renders each report and records its file."
    `);
  });

  it('a report whose sections cannot be read keeps the hint of the cause', () => {
    const cause = thrownBy(() =>
      readPartSections('<section class="report-part" data-part="measures"><p>无标题</p></section>', []),
    );
    const error = unreadableReport('laochangxiang-2023', 'content/reports/laochangxiang-2023.md', cause);
    expect(text(error)).toMatchInlineSnapshot(`
      "Report "laochangxiang-2023" (content/reports/laochangxiang-2023.md): level-1 section 1 (at character 0): expected <section …><h2 id="…">…</h2>…</section> as the report pipeline writes it.
      → The classes and tags are set in src/lib/report/markup.ts and written by src/plugins/rehype-report-parts.ts and rehype-section-links.ts; change them together."
    `);
    expect(error.cause).toBe(cause);
    expect(text(notInCatalog('place', 'x'))).toContain('loadCatalog()');
  });

  it('a bulk-data record larger than a file may be', () => {
    expect(text(recordTooLarge('CSV row', 3, 30_000_000, 26_214_400))).toMatchInlineSnapshot(`
      "CSV row 3 is 30000000 bytes: it cannot fit in a file of at most 26214400 bytes.
      → A record is never split across files: raise FILE_LIMIT in src/lib/data/split-writer.ts, or find out why this report is so large."
    `);
  });
});
