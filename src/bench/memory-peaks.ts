import type { PhaseWindow } from './phases.ts';

/**
 * Which process of a build holds its memory, and in which phase. The tree's peak alone cannot
 * say whether Astro, the index step's Node code or the Pagefind binary grew, so each process is
 * named from its command line and sampled on its own.
 */

/** One process as one sample saw it. */
export interface ProcessSample {
  pid: number;
  label: string;
  rssBytes: number;
  /** The kernel's own high-water mark of the process's RSS (VmHWM): exact, whatever the sampling interval. */
  hwmBytes: number;
}

/** The build's roles, from a process's command line (NUL-separated, as /proc/PID/cmdline gives it). */
export function processLabel(cmdline: string, comm: string): string {
  const args = cmdline.split('\0').filter(Boolean);
  const has = (part: string) => args.some((arg) => arg.includes(part));
  // tsx's command starts a second Node with its loader, which runs the script.
  const launcher = has('.bin/tsx') || has('tsx/dist/cli');
  if (has('build-index.ts')) return launcher ? 'tsx launcher' : 'index step (Node)';
  if (has('src/publish/build.ts')) return launcher ? 'tsx launcher' : 'npm run build (build.ts)';
  if (/pagefind/i.test(comm) || has('pagefind')) return 'Pagefind binary';
  if (has('astro')) return 'astro build';
  if (/esbuild/.test(comm)) return 'esbuild';
  // npm sets its process title to `npm run …`.
  if (args[0] === 'npm' || has('npm-cli.js')) return 'npm';
  return comm || 'other';
}

/** A role's peak: the kernel's high-water mark over all its processes, and how many there were. */
export interface RolePeak {
  label: string;
  processes: number;
  peakBytes: number;
}

export interface PhasePeak {
  phase: string;
  /** Largest sampled sum of every process's RSS while the phase ran. */
  treeBytes: number;
  /** Largest sampled RSS of each role while the phase ran (roles with several processes summed). */
  byRole: Record<string, number>;
}

export interface MemoryPeaks {
  /** When the tree's sampled sum peaked, in ms since the build started, and in which phase. */
  treePeakAtMs: number;
  treePeakPhase: string;
  roles: RolePeak[];
  phases: PhasePeak[];
}

/** Samples kept between the start and the end of a command: at most one per interval. */
export class MemoryTimeline {
  private readonly samples: { at: number; byRole: Map<string, number>; tree: number }[] = [];
  private readonly hwm = new Map<number, { label: string; bytes: number }>();

  record(at: number, processes: ProcessSample[]): void {
    const byRole = new Map<string, number>();
    let tree = 0;
    for (const { pid, label, rssBytes, hwmBytes } of processes) {
      byRole.set(label, (byRole.get(label) ?? 0) + rssBytes);
      tree += rssBytes;
      this.hwm.set(pid, { label, bytes: Math.max(hwmBytes, this.hwm.get(pid)?.bytes ?? 0) });
    }
    this.samples.push({ at, byRole, tree });
  }

  peaks(windows: PhaseWindow[]): MemoryPeaks {
    const phaseAt = (at: number) => windows.find((window) => at >= window.startMs && at <= window.endMs)?.phase ?? 'other';
    const phases = new Map<string, PhasePeak>();
    let top = { at: 0, tree: -1 };
    for (const { at, byRole, tree } of this.samples) {
      const name = phaseAt(at);
      const phase = phases.get(name) ?? { phase: name, treeBytes: 0, byRole: {} };
      phase.treeBytes = Math.max(phase.treeBytes, tree);
      for (const [label, bytes] of byRole) phase.byRole[label] = Math.max(phase.byRole[label] ?? 0, bytes);
      phases.set(name, phase);
      if (tree > top.tree) top = { at, tree };
    }
    const roles = new Map<string, RolePeak>();
    for (const { label, bytes } of this.hwm.values()) {
      const role = roles.get(label) ?? { label, processes: 0, peakBytes: 0 };
      role.processes += 1;
      role.peakBytes = Math.max(role.peakBytes, bytes);
      roles.set(label, role);
    }
    const order = [...windows.map((window) => window.phase), 'other'];
    return {
      treePeakAtMs: Math.round(top.at),
      treePeakPhase: phaseAt(top.at),
      roles: [...roles.values()].sort((a, b) => b.peakBytes - a.peakBytes),
      phases: [...phases.values()].sort((a, b) => order.indexOf(a.phase) - order.indexOf(b.phase)),
    };
  }
}

const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20).toLocaleString('en')} MiB`;

/** Markdown: each phase's tree peak and each role's largest RSS in it, then each role's own high-water mark. */
export function memoryTable(peaks: MemoryPeaks): string {
  const roles = peaks.roles.filter((role) => role.peakBytes >= 2 ** 20 * 64).map((role) => role.label);
  const lines = [
    ['phase', 'tree', ...roles],
    ['---', '---', ...roles.map(() => '---')],
    ...peaks.phases.map((phase) => [phase.phase, mib(phase.treeBytes), ...roles.map((label) => (phase.byRole[label] ? mib(phase.byRole[label]) : '-'))]),
    ['whole build, VmHWM', `peak at ${(peaks.treePeakAtMs / 1000).toFixed(1)} s (${peaks.treePeakPhase})`, ...roles.map((label) => mib(peaks.roles.find((role) => role.label === label)!.peakBytes))],
  ];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
