/**
 * Runs one step of the pipeline as a child process, the way a user runs it,
 * and measures it from outside: wall-clock time, and resident memory of the
 * whole process tree sampled over time (memory-sampler.ts; Linux only,
 * elsewhere memory is not reported).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { canSampleMemory, sampleMemory, type MemorySample } from './memory-sampler.ts';

export interface ProcessRun {
  seconds: number;
  /** Tree memory over time; empty where /proc cannot be read. */
  memory: MemorySample[];
  /** The last lines of output (stdout and stderr interleaved), for error messages. */
  tail: string[];
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Called for every line of output with the milliseconds since the start. */
  onLine?: (line: string, atMs: number) => void;
}

const TAIL_LINES = 80;

export async function runMeasured(command: string, args: string[], options: RunOptions): Promise<ProcessRun> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const sampler = child.pid !== undefined && canSampleMemory() ? sampleMemory(child.pid) : undefined;
  const tail: string[] = [];
  const onLine = (line: string): void => {
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
    options.onLine?.(line, performance.now() - started);
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  }).finally(() => sampler?.stop());
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    throw new Error(
      `"${[command, ...args].join(' ')}" failed (exit code ${code}). Its last lines:\n${tail.join('\n')}`,
    );
  }
  return { seconds, memory: sampler?.stop() ?? [], tail };
}
