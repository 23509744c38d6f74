/**
 * Normalizes sources on worker threads, one per core, and hands the outcomes
 * back in source order: the corpus checks (twins, slug clashes) and the
 * messages then come out exactly as with one thread, so the output stays
 * byte-identical and deterministic.
 *
 * Only a bounded window of sources is in flight or waiting to be consumed,
 * so a corpus of any size is streamed through rather than held in memory.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { normalizeSource, type SourceOutcome, type SourceTask } from './read-source.ts';

/** Below this many sources, starting workers (≈0.3 s each to load the converter and dictionaries) costs more than it saves. */
export const PARALLEL_THRESHOLD = 200;

/** Tasks given to one worker at once: the next one is already waiting when it finishes the current one. */
const PER_WORKER = 2;
/** Outcomes allowed to wait for an earlier, slower one, per worker: bounds memory while keeping workers busy. */
const WINDOW_PER_WORKER = 16;

/**
 * Workers load normalize-worker.ts natively, which needs a Node that strips
 * TypeScript types (the project's Node 24 does; Node 20 running the tests
 * through Vitest's own loader does not): elsewhere the corpus runs on one thread.
 */
export const CAN_USE_WORKERS = Boolean((process.features as { typescript?: string | false }).typescript);

/** How many workers a corpus of `sources` reports deserves: all cores when it is large, none when it is small. */
export function workersFor(sources: number): number {
  return sources > PARALLEL_THRESHOLD && CAN_USE_WORKERS ? Math.max(1, availableParallelism()) : 1;
}

/** Normalizes one source after the other in this thread. */
export function* normalizeInOrder(tasks: SourceTask[]): Generator<SourceOutcome> {
  for (const task of tasks) yield normalizeSource(task);
}

type Reply = { id: number; outcome: SourceOutcome } | { id: number; error: string };

/** Normalizes on `size` worker threads; yields outcomes in the order of `tasks`. */
export async function* normalizeInWorkers(tasks: SourceTask[], size: number): AsyncGenerator<SourceOutcome> {
  const count = Math.max(1, Math.min(size, tasks.length));
  const window = count * WINDOW_PER_WORKER;
  const ready = new Map<number, SourceOutcome>();
  const busy = new Map<Worker, number>();
  let next = 0;
  let emitted = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = (): void => {
    wake?.();
    wake = undefined;
  };

  const feed = (worker: Worker): void => {
    while ((busy.get(worker) ?? 0) < PER_WORKER && next < tasks.length && next < emitted + window) {
      worker.postMessage({ id: next, task: tasks[next] });
      busy.set(worker, (busy.get(worker) ?? 0) + 1);
      next += 1;
    }
  };
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(new URL('./normalize-worker.ts', import.meta.url));
    busy.set(worker, 0);
    worker.on('message', (reply: Reply) => {
      busy.set(worker, busy.get(worker)! - 1);
      if ('error' in reply)
        failure ??= new Error(
          `the normalizer failed on ${tasks[reply.id]!.name} (in a worker thread):\n${reply.error}`,
        );
      else ready.set(reply.id, reply.outcome);
      feed(worker);
      signal();
    });
    worker.on('error', (error: unknown) => {
      failure ??= error instanceof Error ? error : new Error(String(error));
      signal();
    });
    worker.on('exit', (code) => {
      if (emitted < tasks.length)
        failure ??= new Error(`a normalizer worker thread stopped (exit code ${code}) before the corpus was done`);
      signal();
    });
    return worker;
  });

  try {
    for (const worker of workers) feed(worker);
    while (emitted < tasks.length) {
      const outcome = ready.get(emitted);
      if (outcome !== undefined) {
        ready.delete(emitted);
        emitted += 1;
        // Consuming an outcome opens the window: give idle workers more.
        for (const worker of workers) feed(worker);
        yield outcome;
        continue;
      }
      if (failure) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    // On completion, on an error, or when the consumer stops early.
    emitted = tasks.length;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
