import { readdirSync, readFileSync } from 'node:fs';

/**
 * Peak memory of a build: the resident set of the whole process tree (npm, Astro, Vite workers,
 * the Pagefind binary), read from /proc, because the index runs in a separate native process
 * that `process.memoryUsage()` would never see.
 */

const PAGE_SIZE = 4096;

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

/** `root` and every process descending from it. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, parent] of parents()) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** Sum of resident memory (bytes) of `root`'s process tree right now. */
export function treeRss(root: number): number {
  let pages = 0;
  for (const pid of processTree(root)) pages += Number(readOrEmpty(`/proc/${pid}/statm`).split(' ')[1] ?? 0);
  return pages * PAGE_SIZE;
}

/** Samples the tree's RSS every `intervalMs` until stopped; `stop()` returns the peak in bytes. */
export function watchPeakRss(root: number, intervalMs = 100): { stop(): number } {
  let peak = treeRss(root);
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(root));
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}
