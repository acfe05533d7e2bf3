import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/harness/project.ts';

const run = promisify(execFile);
export { projectRoot };

export interface BuildVariant {
  /** Folder (below the project) to build into, e.g. `dist-basepath`. */
  outDir: string;
  /** Content folder to build from; defaults to content/. */
  contentDir?: string;
  /** Extra environment, e.g. { BASE_PATH: '/archive/' }. */
  env?: Record<string, string>;
  /** A copy of the project to build instead of the project itself (a test that edits a template). */
  projectDir?: string;
}

export interface BuildResult {
  outDir: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * This process's environment for an Astro child process, without what Vitest adds to it: Vite's
 * import.meta.env (BASE_URL, MODE, DEV, PROD, SSR; a child build would take BASE_URL=/ from
 * there over its own base path), NODE_ENV=test, and VITEST=true, under which `astro dev` serves
 * no page at all.
 */
export function childEnv(): NodeJS.ProcessEnv {
  const { BASE_URL: _baseUrl, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, NODE_ENV: _nodeEnv, ...inherited } = process.env;
  return Object.fromEntries(Object.entries(inherited).filter(([name]) => !name.startsWith('VITEST')));
}

/**
 * Runs the real `npm run build` for a variant of the site (another content folder, a base path)
 * into its own output and cache folders, so variants never overwrite dist/ or each other.
 * Resolves with the exit code instead of throwing: tests of failing builds need the output.
 */
export async function buildVariant(variant: BuildVariant): Promise<BuildResult> {
  const project = variant.projectDir ?? projectRoot;
  const outDir = path.resolve(project, variant.outDir);
  // A caller that builds the same variant again (an incremental build) passes its own cache
  // folder in variant.env; otherwise the cache lives only as long as this one build.
  const ownCache = variant.env?.DATELINE_CACHE_DIR ? undefined : await mkdtemp(path.join(os.tmpdir(), 'dateline-cache-'));
  const env = {
    ...childEnv(),
    DATELINE_OUT_DIR: outDir,
    ...(ownCache ? { DATELINE_CACHE_DIR: ownCache } : {}),
    ...(variant.contentDir ? { DATELINE_CONTENT_DIR: path.resolve(project, variant.contentDir) } : {}),
    ...variant.env,
  };
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'build'], {
      cwd: project,
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { outDir, stdout, stderr, exitCode: 0 };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; code?: number };
    return { outDir, stdout: failure.stdout ?? '', stderr: failure.stderr ?? '', exitCode: failure.code ?? 1 };
  } finally {
    if (ownCache) await rm(ownCache, { recursive: true, force: true });
  }
}
