/**
 * Writes the synthetic corpus: N raw reports (`<slug>.txt`) with their
 * metadata files (`<slug>.yaml`), deterministic for a seed. Each report gets
 * its own place-year, its own composition and one of the four raw shapes.
 * The metadata files declare what real ones declare (province, city,
 * county, the original file name, sometimes the page address) and, like
 * real ones, the place only when the text does not name it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { composeReport } from './compose.ts';
import type { Material } from './material.ts';
import { planPlaceYears, type PlaceYear } from './places.ts';
import { createRandom } from './random.ts';
import { renderShape, SHAPE_WEIGHTS, type Shape } from './shapes.ts';

export interface GeneratedReport extends PlaceYear {
  /** File name of the raw report in the corpus folder. */
  file: string;
  shape: Shape;
  /** Size of the raw file. */
  bytes: number;
}

export interface GeneratedCorpus {
  dir: string;
  reports: GeneratedReport[];
  /** Total size of the raw .txt files. */
  bytes: number;
}

export interface GenerateOptions {
  material: Material;
  /** Folder to write into (created when missing). */
  dir: string;
  count: number;
  seed?: string;
  /** Called after each report written, for the progress line. */
  onReport?: (done: number) => void;
}

export const DEFAULT_SEED = 'fazhi-bench-1';

/** Sizes of the real reports' raw files (7.8–14 KB), which the synthetic ones imitate. */
export const MIN_BYTES = 8_000;
export const MAX_BYTES = 15_000;
/** Raw bytes per byte of composed text, by shape: glosses and three-byte traditional forms make `traditional` heavier. */
const SHAPE_GROWTH: Readonly<Record<Shape, number>> = { clean: 0.95, collapsed: 0.93, traditional: 1.27, web: 1.0 };

const fits = (bytes: number): boolean => bytes >= MIN_BYTES && bytes <= MAX_BYTES;

/** The metadata file of a generated report. */
function metadataFile(
  p: PlaceYear,
  placeImplied: boolean,
  index: number,
  random: ReturnType<typeof createRandom>,
): string {
  const meta: Record<string, string> = {
    originalName: `${String(index).padStart(5, '0')}_${random.int(0, 0xffffffff).toString(16).padStart(8, '0')}.txt`,
  };
  if (random.chance(0.2))
    meta['url'] = `https://www.example.gov.cn/zwgk/fzzfjs/${p.year + 1}/${random.int(100000, 999999)}.html`;
  meta['province'] = p.province;
  if (p.city !== undefined && random.chance(0.9)) meta['city'] = p.city;
  if (p.needsCounty || random.chance(0.9)) meta['county'] = p.county;
  if (p.explicitCode) meta['divisionCode'] = p.divisionCode;
  if (placeImplied) meta['place'] = p.place;
  if (p.explicitSlug) meta['slug'] = p.slug;
  return `# What the text of ${p.slug}.txt does not say itself (synthetic report for the benchmark).\n${stringify(meta)}`;
}

export async function generateCorpus({
  material,
  dir,
  count,
  seed = DEFAULT_SEED,
  onReport,
}: GenerateOptions): Promise<GeneratedCorpus> {
  const plan = planPlaceYears(createRandom(seed).fork('places'), count);
  await mkdir(dir, { recursive: true });
  const reports: GeneratedReport[] = [];
  let bytes = 0;
  for (const [index, p] of plan.entries()) {
    const report = await writeReport(material, dir, p, index, seed);
    reports.push(report);
    bytes += report.bytes;
    onReport?.(index + 1);
  }
  return { dir, reports, bytes };
}

/**
 * Writes report `index` of the plan (`<slug>.txt` and `<slug>.yaml`) into `dir`: the same bytes as
 * in a whole corpus of that seed, so a single report of a large corpus can be made again alone.
 */
export async function writeReport(
  material: Material,
  dir: string,
  p: PlaceYear,
  index: number,
  seed: string = DEFAULT_SEED,
): Promise<GeneratedReport> {
  // One generator per report: report i is the same whatever N is.
  const own = createRandom(`${seed}/${p.slug}`);
  const shape = own.weighted(SHAPE_WEIGHTS);
  const wanted = own.int(MIN_BYTES + 500, MAX_BYTES - 500);
  let target = Math.round(wanted / SHAPE_GROWTH[shape]);
  let composed = composeReport(material, p, own.fork('compose'), target);
  let text = renderShape(shape, composed, p, own.fork('shape'));
  // Subsections come in whole pieces of 1–3 KB: aim again, closer, when a report falls outside the real sizes.
  for (let attempt = 0; attempt < 4 && !fits(Buffer.byteLength(text)); attempt += 1) {
    target = Math.round((target * wanted) / Buffer.byteLength(text));
    composed = composeReport(material, p, own.fork(`compose-${attempt}`), target);
    text = renderShape(shape, composed, p, own.fork('shape'));
  }
  // Some sources are saved with a byte-order mark, as Windows editors do.
  const data = Buffer.from((own.chance(0.1) ? '\ufeff' : '') + text);
  const placeImplied = composed.placeImplied || (composed.title === undefined && shape === 'web');
  await writeFile(join(dir, `${p.slug}.txt`), data);
  await writeFile(join(dir, `${p.slug}.yaml`), metadataFile(p, placeImplied, index, own.fork('meta')));
  return { ...p, file: `${p.slug}.txt`, shape, bytes: data.length };
}
