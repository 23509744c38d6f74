/**
 * The site's search index built on every core: the report pages are dealt
 * to worker threads, each writing one partition (PartitionWriter), and the
 * partitions are merged (mergePartitions), which gives the same bytes as a
 * single partition (index-builder.ts; tested). Reading and parsing the pages
 * is most of the work; the merge runs on one thread.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { rm } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { mergePartitions, type MergeSummary } from './index-builder.ts';
import { reportPageSlugs } from './report-pages.ts';

/** What a partition worker is given (partition-worker.ts). */
export interface PartitionTask {
  site: string;
  slugs: string[];
  dir: string;
}

function runWorker(task: PartitionTask): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./partition-worker.ts', import.meta.url), { workerData: task });
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`search index: a partition worker stopped with code ${code}`));
    });
  });
}

/** Indexes the report pages of `site` into `out`, `threads` partitions at once, in `workDir`. */
export async function buildSiteIndex(
  site: string,
  out: string,
  workDir: string,
  threads = availableParallelism(),
): Promise<MergeSummary> {
  const slugs = await reportPageSlugs(site);
  const count = Math.max(1, Math.min(threads, slugs.length));
  const size = Math.ceil(slugs.length / count);
  const tasks = Array.from({ length: count }, (_, i) => ({
    site,
    slugs: slugs.slice(i * size, (i + 1) * size),
    dir: join(workDir, `partition-${i}`),
  }));
  await Promise.all(tasks.map(runWorker));
  const summary = await mergePartitions(
    tasks.map((task) => task.dir),
    out,
  );
  await rm(workDir, { recursive: true, force: true });
  return summary;
}
