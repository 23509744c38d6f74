/**
 * The bulk-data files at /data/<file>: the reports as gzip JSON Lines, the
 * metadata CSV, the figures CSV, the JSON Schema and datapackage.json (see
 * src/lib/data/write-bulk-data.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { loadBulkData, type PublishedDataFile } from '../../lib/data/load-bulk-data.ts';

const CONTENT_TYPES: Record<PublishedDataFile['kind'], string> = {
  reports: 'application/gzip',
  metadata: 'text/csv; charset=utf-8',
  figures: 'text/csv; charset=utf-8',
  schema: 'application/schema+json',
  package: 'application/json',
};

export const getStaticPaths = (async () =>
  (await loadBulkData()).map((file) => ({ params: { file: file.name }, props: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: PublishedDataFile }> = ({ props }) =>
  new Response(new Uint8Array(readFileSync(props.file.path)), {
    headers: { 'Content-Type': CONTENT_TYPES[props.file.kind] },
  });
