import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../lib/project-folders.ts';
import { CHECKED_BY_INDEX_STEP } from './content-consistency.ts';

/**
 * `npm run build`: `astro build`, then the search index (src/search/build-index.ts). Incremental
 * when a previous build's cache exists (Astro's, in the cache folder, and the search index's),
 * full otherwise; `npm run build -- --full` forces a full build of both steps.
 *
 * A build that stopped part way (an error, a kill) may have written pages and files of content
 * that is then put back as it was: their keys would match the last finished build's, and they
 * would be kept as they are. So the build after an unfinished one is a full one.
 */
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--full');
if (unknown.length > 0) {
  console.error(`npm run build: unknown option ${unknown.join(' ')} (the one option is --full, a full build instead of an incremental one)`);
  process.exit(2);
}

const unfinished = path.join(cacheDir(), 'dateline-build-unfinished');
const lastBuildUnfinished = existsSync(unfinished);
if (lastBuildUnfinished) console.log('npm run build: the last build did not finish, so this one is a full build');
const full = args.includes('--full') || lastBuildUnfinished ? ['--full'] : [];

function step(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = {}): void {
  const { status } = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (status !== 0) process.exit(status ?? 1);
}

mkdirSync(cacheDir(), { recursive: true });
writeFileSync(unfinished, `a build started at ${new Date().toISOString()} and has not finished\n`);
step('astro', ['build', ...(full.length > 0 ? ['--force'] : [])], { [CHECKED_BY_INDEX_STEP]: '1' });
step('tsx', ['src/search/build-index.ts', ...full]);
rmSync(unfinished);
