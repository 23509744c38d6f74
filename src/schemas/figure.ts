/**
 * A figure of a report: one quantitative statement (调处矛盾纠纷74件) as a
 * record. The single source of the figure type for the extractor, the pages
 * and the CSV at /data/figures.csv.
 */
import { z } from 'astro/zod';

/** How the report qualifies the number: 40余件 is "over", 近100起 "about", exact otherwise. */
export const FIGURE_QUALIFIERS = ['exact', 'over', 'about', 'at-least'] as const;

export const figureSchema = z.strictObject({
  /** Slug of the report the figure is in. */
  report: z.string().min(1),
  /** Id of the block (paragraph or heading) holding the sentence, e.g. "s1-2-p1". */
  block: z.string().min(1),
  /** Id of the section the block belongs to, e.g. "s1-2" ("s0" before the first heading). */
  section: z.string().min(1),
  /** The phrase the number counts, as written (调处矛盾纠纷); may be empty when the text names nothing. */
  indicator: z.string(),
  /** The value with Chinese numerals, 万 and 亿 read: 4万余 → 40000. */
  value: z.number().nonnegative(),
  /** The unit as normalized: 件, 次, 场次, 人次, 万元, %, … (人（次） → 人次). */
  unit: z.string().min(1),
  qualifier: z.enum(FIGURE_QUALIFIERS),
  /** The number and unit exactly as written, with any qualifier: 40余件, 近300万元, 99.9%. */
  written: z.string().min(1),
  /** The sentence the figure is in. */
  sentence: z.string().min(1),
  /** Where `written` starts in the block's text (UTF-16 offset). */
  offset: z.number().int().nonnegative(),
});

export type Figure = z.infer<typeof figureSchema>;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];
