/**
 * The archive on the division list, built once per build from the catalog
 * and the gazetteer and shared by the pages that show it.
 */
import { loadCatalog } from './load-catalog.ts';
import { buildDivisionTree, type DivisionTree } from '../lib/divisions/coverage.ts';
import { loadGazetteer } from './load-gazetteer.ts';

let tree: Promise<DivisionTree> | undefined;

export function loadDivisionTree(): Promise<DivisionTree> {
  tree ??= loadCatalog().then((catalog) => buildDivisionTree(catalog.reports, loadGazetteer()));
  return tree;
}
