import { readdirSync, readFileSync } from 'node:fs';
import { MemoryTimeline, processLabel, type ProcessSample } from './memory-peaks.ts';

/**
 * Peak memory of a build: the resident set of the whole process tree (npm, Astro, Vite workers,
 * the Pagefind binary), read from /proc, because the index runs in a separate native process
 * that `process.memoryUsage()` would never see.
 */

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // the process ended between listing /proc and reading it
  }
}

/** Parent pid of every live process: field 4 of /proc/<pid>/stat, after the `(command)` field. */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrEmpty(`/proc/${entry}/stat`);
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.length > 1) parentOf.set(Number(entry), Number(fields[1]));
  }
  return parentOf;
}

/** `root` and every process descending from it, each with its parent. */
export function processTree(root: number): { pid: number; parent: number }[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents()) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const tree: { pid: number; parent: number }[] = [];
  const queue = [{ pid: root, parent: 0 }];
  while (queue.length > 0) {
    const next = queue.pop()!;
    tree.push(next);
    queue.push(...(children.get(next.pid) ?? []).map((pid) => ({ pid, parent: next.pid })));
  }
  return tree;
}

/**
 * The processes whose memory is their own. A child forked by a process of the tree runs, until it
 * execs, its parent's command line over its parent's pages (shared copy-on-write, so in both
 * RSS figures and both high-water marks): counted, the parent's memory is counted twice, the
 * second time under the parent's role (the index step's Node, whose Pagefind client forks the
 * binary). Such a child is left out until it execs; exec gives it a memory and a VmHWM of its own.
 */
export function ownProcesses(tree: { pid: number; parent: number }[], cmdlineOf: (pid: number) => string): number[] {
  const cmdlines = new Map(tree.map(({ pid }) => [pid, cmdlineOf(pid)]));
  return tree.filter(({ pid, parent }) => cmdlines.get(pid) !== cmdlines.get(parent)).map(({ pid }) => pid);
}

const CLOCK_TICKS_PER_SECOND = 100;

/** A field of /proc/PID/status in bytes (the kernel prints kB); 0 once the process has gone. */
function statusBytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Each process's resident memory now and its high-water mark, named by its role in the build. */
function memoryOf(pids: number[], labels: Map<number, string>): ProcessSample[] {
  return pids.flatMap((pid) => {
    const status = readOrEmpty(`/proc/${pid}/status`);
    // A pid's command line is read once: it comes here exec'd (ownProcesses), and after exec it no longer changes.
    if (!labels.has(pid)) {
      const comm = readOrEmpty(`/proc/${pid}/comm`).trim();
      // Gone between the listing and these reads: no memory of its own, and no name to count it under (not `other`).
      if (status === '' || comm === '') return [];
      labels.set(pid, processLabel(readOrEmpty(`/proc/${pid}/cmdline`), comm));
    }
    return [{ pid, label: labels.get(pid)!, rssBytes: statusBytes(status, 'VmRSS'), hwmBytes: statusBytes(status, 'VmHWM') }];
  });
}

/** CPU time (user + system, ms) each process has used so far: stat fields 14 and 15. */
function cpuOf(pids: number[]): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const pid of pids) {
    const stat = readOrEmpty(`/proc/${pid}/stat`);
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    if (Number.isFinite(ticks)) cpu.set(pid, (ticks * 1000) / CLOCK_TICKS_PER_SECOND);
  }
  return cpu;
}

export interface TreeUsage {
  peakRssBytes: number;
  /** Every sample by process role, for the peaks of each phase (memory-peaks.ts). */
  memory: MemoryTimeline;
  /**
   * CPU time of every process seen in the tree, at its last sample. Sampled rather than taken from
   * the shell's cutime, because a child that its parent never waits for (the Pagefind binary
   * once its Node client exits) would be missing there; what a process burns in its last
   * interval is missing here.
   */
  cpuMs: number;
}

/** Samples the tree's RSS and CPU every `intervalMs` until stopped. */
export function watchTree(root: number, intervalMs = 100): { stop(): TreeUsage } {
  let peak = 0;
  const cpu = new Map<number, number>();
  const memory = new MemoryTimeline();
  const labels = new Map<number, string>();
  const started = performance.now();
  const sample = () => {
    const tree = processTree(root);
    const processes = memoryOf(ownProcesses(tree, (pid) => readOrEmpty(`/proc/${pid}/cmdline`)), labels);
    memory.record(performance.now() - started, processes);
    peak = Math.max(peak, processes.reduce((sum, { rssBytes }) => sum + rssBytes, 0));
    // A fork's CPU time starts at zero: its own, counted whether or not it has exec'd.
    for (const [pid, ms] of cpuOf(tree.map(({ pid }) => pid))) cpu.set(pid, ms);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return { peakRssBytes: peak, memory, cpuMs: [...cpu.values()].reduce((sum, ms) => sum + ms, 0) };
    },
  };
}
