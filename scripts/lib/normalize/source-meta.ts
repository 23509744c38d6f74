/**
 * Per-source metadata: a `<name>.yaml` beside `<name>.txt` declares what the
 * report's text does not say (province, county, a place it only implies, the
 * page it came from). Optional for `--in` folders; validated strictly, so a
 * misspelt key is an error rather than silently ignored.
 */
import { parseDocument, isMap, isScalar } from 'yaml';
import { z } from 'astro/zod';
import { divisionCodeSchema, reportSchema } from '../../../src/schemas/report.ts';
import type { Problem } from './problems.ts';

/** The keys a metadata file shares with the report, validated exactly as in the report, all optional. */
const fromReport = reportSchema
  .pick({ place: true, level: true, year: true, title: true, slug: true, published: true })
  .partial().shape;

/** The keys in the order the "allowed keys" hint lists them. */
export const sourceMetaSchema = z.strictObject({
  /** File name under which the report was first collected. */
  originalName: z.string().min(1).optional(),
  /** Web address of the published report. */
  url: z.url({ error: 'must be a web address such as https://www.example.gov.cn/…' }).optional(),
  /** Date the source was captured, YYYY-MM-DD. */
  retrieved: reportSchema.shape.source.shape.retrieved,
  province: z
    .string()
    .regex(/(?:省|自治区|市|特别行政区)$/u, { error: 'must be a province-level name such as 云南省 or 宁夏回族自治区' })
    .optional(),
  city: z.string().min(2).optional(),
  county: z.string().min(2).optional(),
  /** The place, when the text only implies it (我乡). */
  place: fromReport.place,
  level: fromReport.level,
  /** Code of the place in the division list (src/data/divisions.txt), when the names leave several candidates. */
  divisionCode: z.coerce.string().pipe(divisionCodeSchema).optional(),
  /** Year reported on; must agree with the text when the text states one. */
  year: fromReport.year,
  /** Title to use when the source has none. */
  title: fromReport.title,
  /** Slug to use instead of the pinyin of the place plus the year (to resolve a clash). */
  slug: fromReport.slug,
  published: fromReport.published,
  issuer: z.string().min(2).optional(),
});

export type SourceMeta = z.output<typeof sourceMetaSchema>;

/** The line of each key in a metadata file, for messages about a declared value. */
export type MetaLines = Readonly<Partial<Record<keyof SourceMeta, number>>>;

/** Parses and validates a metadata file; problems carry the line of the offending key. */
export function parseSourceMeta(
  text: string,
  file: string,
): { meta?: SourceMeta; lines?: MetaLines; problems: Problem[] } {
  const doc = parseDocument(text, { prettyErrors: false });
  const lineOf = (offset: number | undefined): number | undefined =>
    offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: lineOf(error.pos[0]),
        message: `not valid YAML: ${error.message.split('\n')[0]}`,
        hint: 'write one "key: value" per line',
      })),
    };
  }
  const data: unknown = doc.toJS() ?? {};
  const result = sourceMetaSchema.safeParse(data);
  const keyLine = (key: string): number | undefined => {
    if (!isMap(doc.contents)) return undefined;
    const pair = doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key);
    return pair && isScalar(pair.key) ? lineOf(pair.key.range?.[0]) : undefined;
  };
  if (result.success) {
    const lines: Partial<Record<string, number>> = {};
    for (const key of Object.keys(result.data)) lines[key] = keyLine(key);
    return { meta: result.data, lines, problems: [] };
  }

  const allowed = Object.keys(sourceMetaSchema.shape).join(', ');
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        line: keyLine(key),
        message: `unknown key "${key}"`,
        hint: `remove it or correct its spelling; allowed keys: ${allowed}`,
      }));
    }
    const key = String(issue.path[0] ?? '');
    const value = key && typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[key] : undefined;
    return [
      {
        file,
        line: keyLine(key),
        message: key ? `"${key}: ${String(value)}" ${issue.message}` : issue.message,
        hint: key ? `correct the value of "${key}" or remove the line` : 'the file must hold "key: value" lines',
      },
    ];
  });
  return { problems: problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}
