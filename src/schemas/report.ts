/**
 * The schema of a normalized report: the frontmatter of every file in
 * `content/reports/`. The normalizer validates against it before writing, and
 * the Astro content collection validates against it again when the site is
 * built, so this file is the single source of the report type.
 */
import { z } from 'astro/zod';

/** Administrative levels a report can come from, by the suffix of the place name. */
export const LEVELS = ['乡', '镇', '街道', '区', '县', '市'] as const;

/** A date written YYYY-MM-DD. */
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' });

/** A URL slug: lowercase ASCII words joined by "-", e.g. "laochangxiang-2023". */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'must be lowercase ASCII words joined by "-"' });

/** A year a report can be about. */
export const yearSchema = z.number().int().min(1990).max(2100);

/** Clues a report's place can be decided by, in the order they are weighed. */
export const PLACE_CLUES = [
  'metadata',
  'title',
  'signature',
  'addressee',
  'opening',
  'body',
  'chrome',
  'text',
] as const;
/** Clues the year reported on can be decided by, in the order they are weighed. */
export const YEAR_CLUES = ['metadata', 'title', 'reported-on', 'heading', 'opening', 'date', 'plan'] as const;

/** A division code of the official list: 6 digits for a county-level unit, 9 for a township-level one. */
export const divisionCodeSchema = z
  .string()
  .regex(/^(?:\d{6}|\d{9})$/, { error: 'must be 6 digits (county level) or 9 digits (township level)' });

/** The report's unit and the units above it, as the official division list names them. */
export const divisionSchema = z.strictObject({
  /** Province-level unit, e.g. 云南省. */
  province: z.string().min(2),
  /** Prefecture-level unit, e.g. 玉溪市; absent under a municipality (北京市东城区) or for a county directly under a province. */
  city: z.string().min(2).optional(),
  /** County-level unit, e.g. 新平彝族傣族自治县 (the report's own unit when it is county level). */
  county: z.string().min(2),
  /** Township-level unit (乡, 镇, 街道), e.g. 老厂乡; absent for a county-level report. */
  township: z.string().min(2).optional(),
});

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'must be 64 lowercase hex digits' });

/** One kind of change with how often it happened and a few examples, for the provenance panel. */
export const changeCountSchema = z.strictObject({
  /** How many times the change was made. */
  count: z.number().int().nonnegative(),
  /** Up to a handful of examples, each as "before → after" or the removed text. */
  examples: z.array(z.string()),
});

/** A heading whose number the normalizer repaired, e.g. （1） → （一）. */
export const renumberingSchema = z.strictObject({
  /** Line of the source file the heading came from (1-based). */
  line: z.number().int().positive(),
  /** The number as written, e.g. "（1）" or "5、". */
  from: z.string(),
  /** The number as repaired, e.g. "（一）" or "五、". */
  to: z.string(),
});

/** Everything the normalizer changed, so a reader can see how the text differs from the source. */
export const provenanceSchema = z.strictObject({
  /** Encoding the source was decoded from. */
  encoding: z.enum(['utf-8', 'utf-8-bom', 'gb18030']),
  /** Line endings of the source. */
  lineEndings: z.enum(['lf', 'crlf', 'cr', 'mixed', 'none']),
  /** Web-page chrome removed (breadcrumbs, metadata tables, footers), one entry per removed line. */
  chromeRemoved: z.array(z.string()),
  /** Pinyin glosses such as (zhèn) removed after a character. */
  glossesRemoved: changeCountSchema,
  /** Characters converted from traditional to simplified, examples as "鎮→镇 ×12". */
  charactersConverted: changeCountSchema,
  /** Half-width punctuation between Chinese text made full-width, e.g. "," → "，". */
  punctuationNormalized: changeCountSchema,
  /** Stray spaces removed (ideographic, NBSP, en spaces, spaces inside words). */
  spacesRemoved: z.number().int().nonnegative(),
  /** Collapsed lines split back into paragraphs and headings. */
  linesSplit: z.number().int().nonnegative(),
  /** Headings that ran into their body text and were split off it. */
  runInHeadingsSplit: z.number().int().nonnegative(),
  /** Headings whose numbering was repaired. */
  headingsRenumbered: z.array(renumberingSchema),
  /** Trailing junk removed, such as a lone "|" after the text. */
  junkRemoved: z.array(z.string()),
  /** Whether the title was written in the source or composed by the normalizer. */
  titleFrom: z.enum(['source', 'generated']),
  /** Number of headings found at each level. */
  headings: z.strictObject({ h2: z.number().int(), h3: z.number().int(), h4: z.number().int() }),
  /** The clue that decided the report's division, as written, and the alias it went through (洪江区 = 怀化市洪江管理区). */
  placeFrom: z.strictObject({ clue: z.enum(PLACE_CLUES), text: z.string(), alias: z.string().optional() }),
  /** The clue that decided the year reported on, as written. */
  yearFrom: z.strictObject({ clue: z.enum(YEAR_CLUES), text: z.string() }),
  /** Version of the normalizer rules that produced the file; bumped when output changes on purpose. */
  normalizer: z.string(),
});

export const reportSchema = z.strictObject({
  /** Title in simplified Chinese; for a source without one, composed as "<place><year>年法治政府建设情况报告". */
  title: z.string().min(1),
  /** Stable ASCII slug, the page URL is /reports/<slug>/. Example: "laochangxiang-2023". */
  slug: slugSchema,
  /** The place the report is about, e.g. 老厂乡. */
  place: z.string().min(2),
  /** Administrative level of the place: 乡, 镇, 街道, 区, 县 or 市. */
  level: z.enum(LEVELS),
  /** County-level unit above the place (县, 区, 县级市, 旗), when known. */
  county: z.string().optional(),
  /** Prefecture-level unit (市, 州, 盟), when known. */
  city: z.string().optional(),
  /** Province-level unit, e.g. 云南省 or 宁夏回族自治区. */
  province: z.string().min(2),
  /** Code of the report's unit in the official division list (src/data/divisions.txt): 9 digits township level, 6 county level. */
  divisionCode: divisionCodeSchema,
  /** The unit and its chain as the division list names them; place, county, city and province above keep the report's own short forms. */
  division: divisionSchema,
  /** The year reported on (not the year of publication). */
  year: yearSchema,
  /** Date the report states (signature date) or its page states (发文时间), YYYY-MM-DD. */
  published: isoDateSchema.optional(),
  /** The body that issued the report, from the signature or the page's 发布机构. */
  issuer: z.string().optional(),
  /** Who the report is addressed to, e.g. 新平县人民政府. */
  addressee: z.string().optional(),
  /** The signature line as written at the end of the report. */
  signature: z.string().optional(),
  /** The date line as written at the end of the report, e.g. 2023年11月29日. */
  dateLine: z.string().optional(),
  /** Index number (索引号) from the publishing site's metadata table. */
  indexNumber: z.string().optional(),
  /** Where the report came from. */
  source: z.strictObject({
    /** Path of the raw file, relative to the repository root. */
    path: z.string(),
    /** SHA-256 of the raw bytes, lowercase hex. */
    sha256,
    /** Size of the raw file in bytes. */
    bytes: z.number().int().positive(),
    /** File name under which the report was first collected. */
    originalName: z.string().optional(),
    /** Web address where the report was published, when known. */
    url: z.url().optional(),
    /** Date the source was captured (from `url`, when given), YYYY-MM-DD, when known. */
    retrieved: isoDateSchema.optional(),
  }),
  provenance: provenanceSchema,
});

/** A normalized report's frontmatter. */
export type Report = z.output<typeof reportSchema>;
export type Provenance = z.output<typeof provenanceSchema>;
/** One kind of change, counted, with examples. */
export type ChangeCount = z.output<typeof changeCountSchema>;
/** A repaired heading number. */
export type Renumbering = z.output<typeof renumberingSchema>;
export type Level = (typeof LEVELS)[number];
export type Division = z.output<typeof divisionSchema>;
export type PlaceClueKind = (typeof PLACE_CLUES)[number];
export type YearClueKind = (typeof YEAR_CLUES)[number];
