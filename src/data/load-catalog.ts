/**
 * The catalog of the reports collection, built once per build and shared by
 * every page (Astro renders pages in one process, so the promise is reused).
 */
import { getCollection } from 'astro:content';
import { buildCatalog, type Catalog } from '../lib/catalog.ts';

let catalog: Promise<Catalog> | undefined;

export function loadCatalog(): Promise<Catalog> {
  catalog ??= getCollection('reports').then((entries) => buildCatalog(entries.map((entry) => entry.data)));
  return catalog;
}
