import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';
import { DEFAULT_SEED } from '../../src/bench/corpus.ts';
import type { BuildResult } from './build.ts';
import { underLock } from './folder-lock.ts';
import { generateArchiveInto, generatedCorpus, type GeneratedArchive } from './generated-archive.ts';

/**
 * A generated archive (tests/helpers/generated-archive.ts) built once per test run and shared by
 * every test file that asks for the same corpus: building 1,000 articles takes minutes. It is
 * built into a folder keyed by seed and size inside the run's own folder (made and removed by
 * tests/helpers/shared-archives-setup.ts, the run's globalSetup), reused once complete, and
 * built by one file at a time under a lock, so two files asking at once build it once. Tests only
 * read it: one that changes content or builds again needs an archive of its own.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's folder of shared archives (shared-archives-setup.ts). */
    sharedArchivesDir: string;
  }
}

/** Written last into an archive's folder, with its build's result: the archive is complete. */
const COMPLETE = 'complete.json';
/** How long a file waits for another to finish building before it gives up. */
const LOCK_WAIT_MS = 20 * 60_000;

export async function sharedGeneratedArchive({ articles, seed = DEFAULT_SEED }: { articles: number; seed?: number }): Promise<GeneratedArchive> {
  const runDir = inject('sharedArchivesDir');
  if (!runDir) throw new Error('no folder for shared archives: run this test through tests/vitest.config.ts, whose globalSetup makes it');
  const root = path.join(runDir, `seed-${seed}-articles-${articles}`);
  const buildOnce = async (): Promise<GeneratedArchive> => {
    const complete = path.join(root, COMPLETE);
    if (existsSync(complete)) {
      const build = JSON.parse(await readFile(complete, 'utf8')) as BuildResult;
      return { ...generatedCorpus(articles, seed), contentDir: path.join(root, 'content'), outDir: build.outDir, build };
    }
    // What a file that failed half-way left is built again.
    await rm(root, { recursive: true, force: true });
    const archive = await generateArchiveInto(root, { articles, seed });
    await writeFile(complete, JSON.stringify(archive.build));
    return archive;
  };
  return underLock(`${root}.lock`, buildOnce, { waitMs: LOCK_WAIT_MS });
}
