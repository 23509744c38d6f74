/**
 * Peak memory and CPU time of a process tree, sampled from /proc (Linux). A build is a
 * tree — npm → sh → astro, then node → pagefind_extended — and the figure
 * that matters is how much memory the machine needs for it: the largest sum
 * of resident memory over the tree at one moment. GNU time cannot give it:
 * it reports one process's peak, and Pagefind's indexer (a child of a child,
 * stopped rather than waited for) escapes it entirely.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;
/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export interface MemorySample {
  /** Milliseconds since sampling started. */
  atMs: number;
  /** Resident bytes of the whole tree. */
  bytes: number;
  /**
   * CPU seconds used by the tree so far (its processes and the children they
   * have reaped). On a busy machine wall-clock time grows with the load; CPU
   * time barely does, so it tells what the step costs.
   */
  cpuSeconds: number;
}

export interface MemorySampler {
  /** Stops sampling and returns every sample taken. */
  stop(): MemorySample[];
}

/** True where /proc can be read (Linux). */
export const canSampleMemory = (): boolean => existsSync('/proc/self/stat');

interface ProcessInfo {
  parent: number;
  rssBytes: number;
  cpuTicks: number;
}

function readProcesses(): Map<number, ProcessInfo> {
  const processes = new Map<number, ProcessInfo>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: fields are counted after its closing one.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // Fields 14–17 of stat (11–14 here): utime, stime, and the reaped children's cutime, cstime.
      const cpuTicks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
      processes.set(Number(entry), { parent: Number(fields[1]), rssBytes: Number(fields[21]) * PAGE_BYTES, cpuTicks });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return processes;
}

/** Resident bytes and CPU seconds of `root` and all its descendants now. */
export function treeUsage(root: number): { bytes: number; cpuSeconds: number } {
  const processes = readProcesses();
  const children = new Map<number, number[]>();
  for (const [pid, info] of processes) children.set(info.parent, [...(children.get(info.parent) ?? []), pid]);
  let bytes = 0;
  let ticks = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    bytes += processes.get(pid)?.rssBytes ?? 0;
    ticks += processes.get(pid)?.cpuTicks ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return { bytes, cpuSeconds: ticks / TICKS_PER_SECOND };
}

/** Samples the tree under `pid` every `everyMs` until stopped. */
export function sampleMemory(pid: number, everyMs = 250): MemorySampler {
  const started = performance.now();
  const samples: MemorySample[] = [];
  const take = (): void => {
    samples.push({ atMs: performance.now() - started, ...treeUsage(pid) });
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}

/** CPU seconds the tree had used by the last sample (the final quarter second is missed), optionally up to `toMs`. */
export function cpuSecondsOf(samples: MemorySample[], toMs = Infinity): number | undefined {
  const within = samples.filter((s) => s.atMs < toMs).map((s) => s.cpuSeconds);
  return within.length === 0 ? undefined : Math.max(...within);
}

/** The largest sample, optionally only those within [fromMs, toMs). */
export function peakBytes(samples: MemorySample[], fromMs = 0, toMs = Infinity): number | undefined {
  const within = samples.filter((s) => s.atMs >= fromMs && s.atMs < toMs).map((s) => s.bytes);
  return within.length === 0 ? undefined : Math.max(...within);
}
