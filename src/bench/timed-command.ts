import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { watchPeakRss } from './process-tree.ts';

/** One output line and when it arrived, in ms since the command started. */
export interface TimedLine {
  at: number;
  text: string;
}

export interface TimedRun {
  exitCode: number;
  wallMs: number;
  /** User + system CPU time of the whole tree: unlike wall time, barely moved by other load. */
  cpuMs: number | null;
  peakRssBytes: number;
  lines: TimedLine[];
}

export interface CommandSpec {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/** ANSI colour codes would break the phase patterns, and Astro colours its log when it can. */
const ANSI = /\u001b\[[0-9;]*m/g;

/**
 * A shell runs the command, then prints its own /proc stat: fields 16 and 17 (cutime, cstime)
 * hold the CPU time of every descendant it and they waited for, in clock ticks.
 */
const CPU_MARKER = 'BENCH_CHILDREN_CPU_STAT';
const WITH_CPU_STAT = `"$@"; status=$?; echo "${CPU_MARKER} $(cat /proc/$$/stat)" >&2; exit $status`;
const CLOCK_TICKS_PER_SECOND = 100;

function childrenCpuMs(stat: string): number | null {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command name, field 16 (cutime) is index 13 and field 17 (cstime) index 14.
  const ticks = Number(fields[13]) + Number(fields[14]);
  return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS_PER_SECOND : null;
}

/**
 * Runs a command, stamping each output line with its arrival time (Astro's own log has only
 * whole seconds), sampling the peak RSS of its process tree and totalling its CPU time.
 */
export function timedCommand({ command, args, cwd, env }: CommandSpec): Promise<TimedRun> {
  const started = performance.now();
  const child = spawn('sh', ['-c', WITH_CPU_STAT, 'sh', command, ...args], {
    cwd,
    env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = watchPeakRss(child.pid!);
  const lines: TimedLine[] = [];
  let cpuMs: number | null = null;
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => {
      if (text.startsWith(CPU_MARKER)) cpuMs = childrenCpuMs(text.slice(CPU_MARKER.length + 1));
      else lines.push({ at: performance.now() - started, text: text.replace(ANSI, '') });
    });
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const peakRssBytes = memory.stop();
      resolve({ exitCode: code ?? (signal ? 128 : 1), wallMs: performance.now() - started, cpuMs, peakRssBytes, lines });
    });
  });
}
