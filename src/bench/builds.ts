import { cp, mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../harness/project.ts';
import { timedCommand, type TimedRun } from './timed-command.ts';

export interface BuildFolders {
  /** The corpus's content root (articles/, sources/, gazetteer/, originals/). */
  contentDir: string;
  outDir: string;
  cacheDir: string;
}

/** Dateline's real `npm run build` (search index included), on another content folder. */
export function buildDateline({ contentDir, outDir, cacheDir }: BuildFolders): Promise<TimedRun> {
  return timedCommand({
    command: 'npm',
    args: ['run', '--silent', 'build'],
    cwd: projectRoot,
    // Astro's own log: the per-page render times (phases.ts) are read from it.
    env: { ...process.env, DATELINE_ASTRO_LOG: 'raw', DATELINE_CONTENT_DIR: contentDir, DATELINE_OUT_DIR: outDir, DATELINE_CACHE_DIR: cacheDir },
  });
}

/** The minimal Astro + Pagefind CLI site the benchmark compares Dateline with. */
export const BASELINE_TEMPLATE = path.join(import.meta.dirname, 'baseline');

/**
 * A template site (the baseline, or an experiment's) copied into `workDir` and built there with
 * the project's own node_modules, so every build uses the same Astro and Pagefind.
 */
export async function buildTemplate(template: string, workDir: string, { contentDir, outDir, cacheDir }: BuildFolders): Promise<TimedRun> {
  await mkdir(workDir, { recursive: true });
  await cp(template, workDir, { recursive: true });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(workDir, 'node_modules'), 'dir');
  return timedCommand({
    command: 'npm',
    args: ['run', '--silent', 'build'],
    cwd: workDir,
    env: { ...process.env, BENCH_CONTENT_DIR: contentDir, BENCH_OUT_DIR: outDir, BENCH_CACHE_DIR: cacheDir },
  });
}
