import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { MemoryPeaks } from './memory-peaks.ts';
import { phaseWindows } from './phases.ts';
import { watchTree } from './process-tree.ts';

/** One output line and when it arrived, in ms since the command started. */
export interface TimedLine {
  at: number;
  text: string;
}

export interface TimedRun {
  exitCode: number;
  wallMs: number;
  /** User + system CPU time of the whole tree: unlike wall time, barely moved by other load. */
  cpuMs: number;
  peakRssBytes: number;
  /** Peak RSS by phase and by process (Astro, the index step's Node, Pagefind): memory-peaks.ts. */
  memory: MemoryPeaks;
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
 * Runs a command, stamping each output line with its arrival time (Astro's own log has only
 * whole seconds), and sampling the peak RSS and the CPU time of its process tree.
 */
export function timedCommand({ command, args, cwd, env }: CommandSpec): Promise<TimedRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  const usage = watchTree(child.pid!);
  const lines: TimedLine[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (text) => {
      lines.push({ at: performance.now() - started, text: text.replace(ANSI, '') });
    });
  }
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const { peakRssBytes, cpuMs, memory } = usage.stop();
      const wallMs = performance.now() - started;
      resolve({ exitCode: code ?? (signal ? 128 : 1), wallMs, cpuMs, peakRssBytes, memory: memory.peaks(phaseWindows(lines, wallMs)), lines });
    });
  });
}
