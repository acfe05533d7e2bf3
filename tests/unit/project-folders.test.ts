import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/lib/project-root.ts';

/**
 * The folders a build and the importer read and write (src/lib/project-folders.ts) are the
 * project's own from any working directory; a DATELINE_* variable, or a folder the user types,
 * is resolved where the user is.
 */

const TSX = path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
/** A tsx process takes seconds to start on a busy machine. */
const CHILD_TIMEOUT_MS = 120_000;
const SEED = path.join(projectRoot, 'tests/fixtures/seeds/004_c563c99bc929bd38.txt');
const SEED_ARTICLE = 'articles/2017/11/15/putin-meets-south-ossetian-leader-in-moscow.md';

let elsewhere: string;
beforeAll(async () => {
  elsewhere = await mkdtemp(path.join(os.tmpdir(), 'dateline-project-folders-'));
});
afterAll(async () => {
  await rm(elsewhere, { recursive: true, force: true });
});

/** Runs tsx with `args` in a working directory outside the project, with only the DATELINE_* variables given. */
async function tsxElsewhere(args: string[], env: Record<string, string> = {}): Promise<string> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('DATELINE_')));
  const { stdout } = await promisify(execFile)(process.execPath, [TSX, ...args], { cwd: elsewhere, env: { ...inherited, ...env } });
  return stdout;
}

const printFolders = `import { cacheDir, contentDir, siteDir } from ${JSON.stringify(path.join(projectRoot, 'src/lib/project-folders.ts'))};
  console.log(JSON.stringify([contentDir(), siteDir(), cacheDir()]));`;

describe('the project folders, from another working directory', () => {
  it('are the project’s content/, dist/ and node_modules/.astro by default', { timeout: CHILD_TIMEOUT_MS }, async () => {
    expect(JSON.parse(await tsxElsewhere(['--eval', printFolders]))).toEqual([
      path.join(projectRoot, 'content'),
      path.join(projectRoot, 'dist'),
      path.join(projectRoot, 'node_modules/.astro'),
    ]);
  });

  it('are the DATELINE_* variables when set, a relative one resolved against the working directory', { timeout: CHILD_TIMEOUT_MS }, async () => {
    const env = { DATELINE_CONTENT_DIR: 'corpus', DATELINE_OUT_DIR: 'out/site', DATELINE_CACHE_DIR: '/var/tmp/dateline-cache' };
    expect(JSON.parse(await tsxElsewhere(['--eval', printFolders], env))).toEqual([path.join(elsewhere, 'corpus'), path.join(elsewhere, 'out/site'), '/var/tmp/dateline-cache']);
  });
});

describe('the importer, run from another working directory', () => {
  const cli = path.join(projectRoot, 'src/importer/cli.ts');
  const imported = async (args: string[]) => JSON.parse((await tsxElsewhere([cli, '--dry-run', '--json', ...args, SEED])).split('\n')[0]!) as { status: string; target: string };

  it('reads the archive’s papers and finds the article already in its content/articles', { timeout: CHILD_TIMEOUT_MS }, async () => {
    expect(await imported([])).toMatchObject({ status: 'unchanged', target: path.join(projectRoot, 'content', SEED_ARTICLE) });
  });

  it('resolves an --out the user types against the working directory, and --dry-run writes nothing there', { timeout: CHILD_TIMEOUT_MS }, async () => {
    expect(await imported(['--out', 'mine/articles'])).toMatchObject({ status: 'imported', target: path.join(elsewhere, 'mine', SEED_ARTICLE) });
    expect(await readdir(elsewhere)).toEqual([]);
  });
});
