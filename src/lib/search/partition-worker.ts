/** A worker thread of parallel-build.ts: writes one partition of the index from its share of the report pages. */
import { parentPort, workerData } from 'node:worker_threads';
import { writePartition } from './index-builder.ts';
import type { PartitionTask } from './parallel-build.ts';
import { reportPages } from './report-pages.ts';

const task = workerData as PartitionTask;
await writePartition(reportPages(task.site, task.slugs), task.dir);
parentPort?.postMessage('done');
