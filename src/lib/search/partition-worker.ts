/** A worker thread of parallel-build.ts: writes one partition of the index from its share of the report pages. */
import { parentPort, workerData } from 'node:worker_threads';
import { PartitionWriter } from './index-builder.ts';
import type { PartitionTask } from './parallel-build.ts';
import { reportPages } from './report-pages.ts';

const task = workerData as PartitionTask;
const writer = new PartitionWriter(task.dir);
await writer.start();
for await (const report of reportPages(task.site, task.slugs)) await writer.add(report);
await writer.finish();
parentPort?.postMessage('done');
