/**
 * Runs one step of the pipeline as a child process, the way a user runs it,
 * and measures it from outside: wall-clock time and peak resident memory.
 * Peak memory comes from GNU time (`/usr/bin/time`, Debian package "time"),
 * which reports the largest resident set of the process tree (npm → astro);
 * without it the figure is left out rather than guessed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const GNU_TIME = '/usr/bin/time';

export interface ProcessRun {
  seconds: number;
  /** Peak resident set size of the process and its children, in bytes; undefined without GNU time. */
  peakRssBytes?: number;
  /** The last lines of output (stdout and stderr interleaved), for error messages. */
  tail: string[];
}

export interface RunOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Called for every line of output with the milliseconds since the start. */
  onLine?: (line: string, atMs: number) => void;
}

let gnuTime: boolean | undefined;
/** True when GNU time is installed and accepts -f/-o (BusyBox time does not). */
export function hasGnuTime(): boolean {
  gnuTime ??= spawnSync(GNU_TIME, ['-f', '%M', '-o', '/dev/null', 'true']).status === 0;
  return gnuTime;
}

const TAIL_LINES = 80;

export async function runMeasured(command: string, args: string[], options: RunOptions): Promise<ProcessRun> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const timeFile = join(scratch, 'time.txt');
  const [file, argv] = hasGnuTime() ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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
  });
  const seconds = (performance.now() - started) / 1000;
  try {
    if (code !== 0) {
      throw new Error(`"${[command, ...args].join(' ')}" failed (exit code ${code}). Its last lines:\n${tail.join('\n')}`);
    }
    const kilobytes = hasGnuTime() ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) : NaN;
    return { seconds, tail, ...(Number.isFinite(kilobytes) ? { peakRssBytes: kilobytes * 1024 } : {}) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
