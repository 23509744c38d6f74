/**
 * Peak memory of a process tree, sampled from /proc (Linux). A build is a
 * tree — npm → sh → astro, then node → pagefind_extended — and the figure
 * that matters is how much memory the machine needs for it: the largest sum
 * of resident memory over the tree at one moment. GNU time cannot give it:
 * it reports one process's peak, and Pagefind's indexer (a child of a child,
 * stopped rather than waited for) escapes it entirely.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

export interface MemorySample {
  /** Milliseconds since sampling started. */
  atMs: number;
  /** Resident bytes of the whole tree. */
  bytes: number;
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
}

function readProcesses(): Map<number, ProcessInfo> {
  const processes = new Map<number, ProcessInfo>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: fields are counted after its closing one.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      processes.set(Number(entry), { parent: Number(fields[1]), rssBytes: Number(fields[21]) * PAGE_BYTES });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return processes;
}

/** Resident bytes of `root` and all its descendants now. */
export function treeResidentBytes(root: number): number {
  const processes = readProcesses();
  const children = new Map<number, number[]>();
  for (const [pid, info] of processes) children.set(info.parent, [...(children.get(info.parent) ?? []), pid]);
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += processes.get(pid)?.rssBytes ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples the tree under `pid` every `everyMs` until stopped. */
export function sampleMemory(pid: number, everyMs = 250): MemorySampler {
  const started = performance.now();
  const samples: MemorySample[] = [];
  const take = (): void => {
    samples.push({ atMs: performance.now() - started, bytes: treeResidentBytes(pid) });
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

/** The largest sample, optionally only those within [fromMs, toMs). */
export function peakBytes(samples: MemorySample[], fromMs = 0, toMs = Infinity): number | undefined {
  const within = samples.filter((s) => s.atMs >= fromMs && s.atMs < toMs).map((s) => s.bytes);
  return within.length === 0 ? undefined : Math.max(...within);
}
