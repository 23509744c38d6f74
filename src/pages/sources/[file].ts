/**
 * The raw source of each report, byte for byte as collected, at
 * /sources/<file name>. Labelled with the charset the normalizer detected,
 * so a GB18030 file still displays correctly when a server passes it on.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Report } from '../../schemas/report.ts';
import { sourceCharset } from '../../lib/provenance.ts';
import { readSourceBytes, sourceFileName } from '../../data/sources.ts';

export const getStaticPaths = (async () => {
  const entries = await getCollection('reports');
  // One page per file: should two reports ever cite the same source, it is served once.
  const byFile = new Map(entries.map((entry) => [sourceFileName(entry.data), entry.data] as const));
  return [...byFile].map(([file, report]) => ({ params: { file }, props: { report } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ report: Report }> = async ({ props }) => {
  const bytes = await readSourceBytes(props.report);
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': `text/plain; charset=${sourceCharset(props.report.provenance)}` },
  });
};
