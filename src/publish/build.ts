import { spawnSync } from 'node:child_process';

/**
 * `npm run build`: `astro build`, then the search index (src/search/build-index.ts). Incremental
 * when a previous build's cache exists (Astro's, in the cache folder, and the search index's),
 * full otherwise; `npm run build -- --full` forces a full build of both steps.
 */
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--full');
if (unknown.length > 0) {
  console.error(`npm run build: unknown option ${unknown.join(' ')} (the one option is --full, a full build instead of an incremental one)`);
  process.exit(2);
}
const full = args.includes('--full') ? ['--full'] : [];

function step(command: string, commandArgs: string[]): void {
  const { status } = spawnSync(command, commandArgs, { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}

step('astro', ['build', ...(full.length > 0 ? ['--force'] : [])]);
step('tsx', ['src/search/build-index.ts', ...full]);
