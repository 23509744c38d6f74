/**
 * The normalized Markdown of each report, exactly as stored in the
 * collection (frontmatter and body), at /reports/<slug>.md.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { noFilePath } from '../../lib/build-errors.ts';

export const getStaticPaths = (async () => {
  const entries = await getCollection('reports');
  return entries.map((entry) => {
    if (entry.filePath === undefined) throw noFilePath(entry.id);
    return { params: { slug: entry.id }, props: { filePath: entry.filePath } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ filePath: string }> = async ({ props }) => {
  const bytes = await readFile(resolve(process.cwd(), props.filePath));
  return new Response(new Uint8Array(bytes), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
};
