import { describe, expect, it } from 'vitest';
import { MemoryTimeline, processLabel } from '../../src/bench/memory-peaks.ts';
import type { PhaseWindow } from '../../src/bench/phases.ts';

const MIB = 2 ** 20;

// Command lines as /proc/PID/cmdline gives them (NUL-separated), from a real `npm run build`.
const cmd = (...args: string[]) => `${args.join('\0')}\0`;
const TSX_LOADER = ['/w/node_modules/node/bin/node', '--require', '/w/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///w/node_modules/tsx/dist/loader.mjs'];

describe('a build process named by its role', () => {
  it('tells the tsx launcher from the Node that runs the script, for both steps', () => {
    expect(processLabel(cmd('node', '/w/node_modules/.bin/tsx', 'src/publish/build.ts'), 'node')).toBe('tsx launcher');
    expect(processLabel(cmd(...TSX_LOADER, 'src/publish/build.ts'), 'node')).toBe('npm run build (build.ts)');
    expect(processLabel(cmd('node', '/w/node_modules/.bin/tsx', 'src/search/build-index.ts', '--full'), 'node')).toBe('tsx launcher');
    expect(processLabel(cmd(...TSX_LOADER, 'src/search/build-index.ts', '--full'), 'node')).toBe('index step (Node)');
  });

  it('names Astro, the Pagefind binary, esbuild and npm', () => {
    expect(processLabel(cmd('node', '/w/node_modules/.bin/astro', 'build', '--force'), 'node')).toBe('astro build');
    expect(processLabel(cmd('/w/node_modules/@pagefind/linux-x64/bin/pagefind_extended', '--service'), 'pagefind_extend')).toBe('Pagefind binary');
    expect(processLabel(cmd('/w/node_modules/@esbuild/linux-x64/bin/esbuild', '--service=0.27.0', '--ping'), 'esbuild')).toBe('esbuild');
    expect(processLabel(cmd('npm', 'run', '--silent', 'build'), 'npm run --silen')).toBe('npm');
  });
});

describe('peaks by phase and by role', () => {
  const windows: PhaseWindow[] = [
    { phase: 'page render', startMs: 1000, endMs: 2000 },
    { phase: 'index', startMs: 3000, endMs: 4000 },
  ];

  it('puts each sample in its phase, sums a role over its processes, and takes each process\'s own high-water mark', () => {
    const timeline = new MemoryTimeline();
    timeline.record(500, [{ pid: 1, label: 'astro build', rssBytes: 100 * MIB, hwmBytes: 100 * MIB }]);
    timeline.record(1500, [{ pid: 1, label: 'astro build', rssBytes: 900 * MIB, hwmBytes: 950 * MIB }]);
    timeline.record(2500, [{ pid: 1, label: 'astro build', rssBytes: 700 * MIB, hwmBytes: 950 * MIB }]);
    timeline.record(3500, [
      { pid: 2, label: 'index step (Node)', rssBytes: 300 * MIB, hwmBytes: 310 * MIB },
      { pid: 3, label: 'Pagefind binary', rssBytes: 400 * MIB, hwmBytes: 400 * MIB },
      { pid: 4, label: 'Pagefind binary', rssBytes: 500 * MIB, hwmBytes: 650 * MIB },
    ]);
    const peaks = timeline.peaks(windows);
    expect(peaks.phases).toEqual([
      { phase: 'page render', treeBytes: 900 * MIB, byRole: { 'astro build': 900 * MIB } },
      { phase: 'index', treeBytes: 1200 * MIB, byRole: { 'index step (Node)': 300 * MIB, 'Pagefind binary': 900 * MIB } },
      { phase: 'other', treeBytes: 700 * MIB, byRole: { 'astro build': 700 * MIB } },
    ]);
    expect(peaks.roles).toEqual([
      { label: 'astro build', processes: 1, peakBytes: 950 * MIB },
      { label: 'Pagefind binary', processes: 2, peakBytes: 650 * MIB },
      { label: 'index step (Node)', processes: 1, peakBytes: 310 * MIB },
    ]);
    expect({ at: peaks.treePeakAtMs, phase: peaks.treePeakPhase }).toEqual({ at: 3500, phase: 'index' });
  });
});
