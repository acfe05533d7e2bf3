import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type {} from './shared-archive.ts';

/**
 * The globalSetup of the test projects that share generated archives (tests/helpers/shared-archive.ts):
 * a folder of the run's own for them, so another run (or another checkout's) neither reuses nor
 * removes them, removed with everything in it when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-shared-archives-'));
  project.provide('sharedArchivesDir', dir);
  return () => rm(dir, { recursive: true, force: true });
}
