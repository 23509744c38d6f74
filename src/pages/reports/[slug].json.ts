/**
 * Each report as JSON at /reports/<slug>.json: the same record as its line
 * in /data/reports-NNNNN.jsonl.gz (schema: /data/report.schema.json), made
 * from the report's file when its page is written.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { reportRecord } from '../../lib/data/load-bulk-data.ts';

export const getStaticPaths = (async () =>
  (await getCollection('reports')).map((entry) => ({
    params: { slug: entry.id },
    props: { entry },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'reports'> }> = ({ props }) =>
  new Response(`${JSON.stringify(reportRecord(props.entry), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
