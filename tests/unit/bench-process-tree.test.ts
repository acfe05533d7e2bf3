import { describe, expect, it } from 'vitest';
import { timedCommand } from '../../src/bench/timed-command.ts';

describe("a build's process tree sampled for its memory", () => {
  it('counts a forked child that has not exec\'d yet as its parent, not as a second process of its role', async () => {
    // bash runs a command substitution in a fork of itself that does not exec (same command line,
    // the parent's pages), and that fork starts `sleep` as a process of its own: as Pagefind's
    // Node client forks before it execs the binary, but for long enough that every sample sees it.
    const run = await timedCommand({ command: 'bash', args: ['-c', 'held=$(sleep 1.5; :); :'], cwd: process.cwd(), env: process.env });
    expect(run.exitCode).toBe(0);
    const roles = Object.fromEntries(run.memory.roles.map((role) => [role.label, role.processes]));
    expect(roles).toEqual({ bash: 1, sleep: 1 });
    // Each sample's sum is the two processes' own memory; with the fork, bash's would be in it twice.
    const bashPeak = run.memory.roles.find((role) => role.label === 'bash')!.peakBytes;
    const sleepPeak = run.memory.roles.find((role) => role.label === 'sleep')!.peakBytes;
    expect(run.peakRssBytes).toBeLessThanOrEqual(bashPeak + sleepPeak);
  });
});
