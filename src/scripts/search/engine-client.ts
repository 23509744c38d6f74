/**
 * The one module of the page that knows which engine answers searches: the
 * archive's own static index under <base>search-index/, fetched as needed.
 */
import type { SearchEngine } from '../../lib/search/engine.ts';
import { INDEX_DIR } from '../../lib/search/index-format.ts';
import { StaticEngine } from '../../lib/search/static-engine.ts';
import type { IndexLoader } from '../../lib/search/static-engine.ts';
import { routes } from '../../lib/routes.ts';
import { href } from '../../lib/urls.ts';

/** Fetches a file of the index; any failure reads "无法加载搜索索引" on the page (the cause goes to the console). */
async function fetchOk(path: string): Promise<Response> {
  const response = await fetch(href(`${INDEX_DIR}/${path}`)).catch((error: unknown) => {
    throw new Error('无法加载搜索索引', { cause: error });
  });
  if (!response.ok) throw new Error('无法加载搜索索引', { cause: new Error(`${path}: HTTP ${response.status}`) });
  return response;
}

const loader: IndexLoader = {
  bytes: async (path) => new Uint8Array(await (await fetchOk(path)).arrayBuffer()),
  json: async <T>(path: string) => (await (await fetchOk(path)).json()) as T,
};

let engine: SearchEngine | undefined;

/** The search engine (one per page). */
export function searchEngine(): SearchEngine {
  engine ??= new StaticEngine(loader, (slug) => href(routes.report(slug)));
  return engine;
}
