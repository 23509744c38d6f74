/**
 * Entry point of a normalizer worker thread (see parallel.ts): receives
 * `{ id, task }`, answers `{ id, outcome }`, or `{ id, error }` when the
 * normalizer itself failed (a bug, not a bad source), so the main thread can
 * stop and show it.
 */
import { parentPort } from 'node:worker_threads';
import { normalizeSource, type SourceTask } from './read-source.ts';

if (parentPort === null) throw new Error('normalize-worker.ts runs only as a worker thread (see parallel.ts)');
const port = parentPort;

port.on('message', ({ id, task }: { id: number; task: SourceTask }) => {
  try {
    port.postMessage({ id, outcome: normalizeSource(task) });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
