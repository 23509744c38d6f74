/**
 * The page types of the site (issue 3) and one sample URL of each, found in
 * the build, so every per-page-type test covers the same set and a new page
 * type only needs adding here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { BuiltSite } from './constants.ts';
import { expectedSectionIds, loadReports } from './content.ts';
import type { ContentReport } from './content.ts';

/** One page to visit: what kind it is and its path relative to the base. */
export interface SamplePage {
  /** e.g. "report", "year", "years index", "404" */
  type: string;
  /** Path relative to the base, e.g. "reports/laochangxiang-2023/". */
  path: string;
  /** The HTTP status the page is served with. */
  status: 200 | 404;
}

/** A path that no page has, to see the 404 page. */
export const MISSING_PATH = 'no-such-page/';

/** Browse folders: an index page plus one page per year, place, province or part. */
const SECTIONS = [
  { folder: 'years', type: 'year' },
  { folder: 'places', type: 'place' },
  { folder: 'provinces', type: 'province' },
  { folder: 'divisions', type: 'division' },
  { folder: 'compare', type: 'compare' },
  { folder: 'figures', type: 'figure family' },
  { folder: 'passages', type: 'passages' },
  { folder: 'changes', type: 'year over year' },
] as const;

/**
 * The report used where one report stands for all: the one with the most
 * standard-numbered sections that has a level-2 section s1-2 (so TOC and
 * fragment tests have a target), ties broken by slug.
 */
export async function sampleReport(): Promise<ContentReport> {
  const reports = await loadReports();
  const scored = reports
    .map((report) => ({ report, ids: expectedSectionIds(report).map((s) => s.id) }))
    .filter(({ ids }) => ids.includes('s1-1') && ids.includes('s1-2'))
    .sort((a, b) => b.ids.length - a.ids.length || a.report.slug.localeCompare(b.report.slug));
  const best = scored[0];
  if (best === undefined)
    throw new Error('no report has sections numbered 一、（一）（二）: cannot test section links');
  return best.report;
}

async function firstSubfolderWithIndex(dist: string, folder: string): Promise<string | undefined> {
  const dir = join(dist, folder);
  if (!existsSync(dir)) return undefined;
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  // A page that only sends the reader on (an old place address) is not a page type of its own.
  return entries.find((name) => {
    const file = join(dir, name, 'index.html');
    return existsSync(file) && !readFileSync(file, 'utf8').includes('http-equiv="refresh"');
  });
}

/**
 * One page of each type present in the build: home, a report, each browse
 * and compare index and one page of each, the search page if built, and the
 * 404 page. Missing required types are reported by the page-type test, not here.
 */
export async function samplePages(site: BuiltSite): Promise<SamplePage[]> {
  const report = await sampleReport();
  const pages: SamplePage[] = [
    { type: 'home', path: '', status: 200 },
    { type: 'report', path: `reports/${report.slug}/`, status: 200 },
  ];
  for (const { folder, type } of SECTIONS) {
    if (existsSync(join(site.dist, folder, 'index.html')))
      pages.push({ type: `${folder} index`, path: `${folder}/`, status: 200 });
    const first = await firstSubfolderWithIndex(site.dist, folder);
    if (first !== undefined) pages.push({ type, path: `${folder}/${first}/`, status: 200 });
    // Compare pages go one level deeper: /compare/<part>/<year>/ holds the excerpts.
    const year =
      first === undefined || folder !== 'compare'
        ? undefined
        : await firstSubfolderWithIndex(site.dist, `${folder}/${first}`);
    if (year !== undefined) pages.push({ type: 'compare year', path: `${folder}/${first}/${year}/`, status: 200 });
  }
  // The paginated lists below the year and /changes/ pages: one province's reports of a year, its comparisons.
  const firstYear = await firstSubfolderWithIndex(site.dist, 'years');
  const yearProvince =
    firstYear === undefined ? undefined : await firstSubfolderWithIndex(site.dist, `years/${firstYear}`);
  if (yearProvince !== undefined)
    pages.push({ type: 'year province list', path: `years/${firstYear}/${yearProvince}/`, status: 200 });
  const changesProvince = await firstSubfolderWithIndex(site.dist, 'changes/provinces');
  if (changesProvince !== undefined)
    pages.push({ type: 'changes province list', path: `changes/provinces/${changesProvince}/`, status: 200 });
  if (existsSync(join(site.dist, 'search', 'index.html'))) pages.push({ type: 'search', path: 'search/', status: 200 });
  // A report's page of all its figures, where one has more than its page lists.
  const reportsWithFigures = existsSync(join(site.dist, 'reports'))
    ? (await readdir(join(site.dist, 'reports'))).filter((name) =>
        existsSync(join(site.dist, 'reports', name, 'figures', 'index.html')),
      )
    : [];
  const withFigures = reportsWithFigures.sort()[0];
  if (withFigures !== undefined)
    pages.push({ type: 'report figures', path: `reports/${withFigures}/figures/`, status: 200 });
  // Directory pages of the folders that hold one page or file per report.
  for (const folder of ['reports', 'sources'])
    if (existsSync(join(site.dist, folder, 'index.html')))
      pages.push({ type: `${folder} index`, path: `${folder}/`, status: 200 });
  const provincePlaces = await firstSubfolderWithIndex(site.dist, 'places/province');
  if (provincePlaces !== undefined)
    pages.push({ type: 'places of a province', path: `places/province/${provincePlaces}/`, status: 200 });
  const sourceText = await firstSubfolderWithIndex(site.dist, 'sources/text');
  if (sourceText !== undefined) pages.push({ type: 'source text', path: `sources/text/${sourceText}/`, status: 200 });
  // Pages that stand alone: the bulk data, the about page.
  for (const folder of ['data', 'about'])
    if (existsSync(join(site.dist, folder, 'index.html')))
      pages.push({ type: folder, path: `${folder}/`, status: 200 });
  pages.push({ type: '404', path: MISSING_PATH, status: 404 });
  return pages;
}
