/**
 * Each report as JSON at /reports/<slug>.json: the same record as its line
 * in /data/reports-NNNNN.jsonl.gz (schema: /data/report.schema.json).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadReportRecords } from '../../lib/data/load-bulk-data.ts';
import type { ReportRecord } from '../../lib/data/report-record.ts';

export const getStaticPaths = (async () =>
  (await loadReportRecords()).map((record) => ({
    params: { slug: record.slug },
    props: { record },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: ReportRecord }> = ({ props }) =>
  new Response(`${JSON.stringify(props.record, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
