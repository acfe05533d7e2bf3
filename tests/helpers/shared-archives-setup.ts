import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type {} from './shared-archive.ts';

/**
 * The run's globalSetup (tests/vitest.config.ts, at its root, so once for every project): a folder
 * of the run's own for the generated archives test files share (tests/helpers/shared-archive.ts),
 * so another run (or another checkout's) neither reuses nor removes them, removed with everything
 * in it when the run ends. Provided to the root project, whose context every project inherits.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-shared-archives-'));
  project.provide('sharedArchivesDir', dir);
  return () => rm(dir, { recursive: true, force: true });
}
