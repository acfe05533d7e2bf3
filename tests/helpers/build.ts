import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
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
  /**
   * A copy of the project (copyProject) to build from, for a test that edits a template or builds
   * one variant again and again; otherwise each build makes its own and removes it.
   */
  projectDir?: string;
}

/** What `npm run build` reads of the project, besides node_modules and content (both linked). */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];

/**
 * A copy of the project to build from, in a new folder below `parent`. Builds run from the project
 * itself share its .astro/ folder: Astro bundles the pages of a build whose site folder lies
 * outside the project into .astro/.prerender/ and removes that folder when it is done, even while
 * another build (the tests run files in parallel) is still rendering from it.
 */
export async function copyProject(parent: string): Promise<string> {
  const copy = await mkdtemp(path.join(parent, 'dateline-project-'));
  await Promise.all(PROJECT_FILES.map((name) => cp(path.join(projectRoot, name), path.join(copy, name), { recursive: true })));
  await symlink(path.join(projectRoot, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  await symlink(path.join(projectRoot, 'content'), path.join(copy, 'content'), 'dir');
  return copy;
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
 * into its own output and cache folders, from its own copy of the project, so variants never
 * overwrite dist/ or each other.
 * Resolves with the exit code instead of throwing: tests of failing builds need the output.
 */
export async function buildVariant(variant: BuildVariant): Promise<BuildResult> {
  const ownProject = variant.projectDir ? undefined : await copyProject(os.tmpdir());
  const project = variant.projectDir ?? ownProject!;
  // Relative folders are the project's own, whichever copy builds.
  const outDir = path.resolve(projectRoot, variant.outDir);
  // A caller that builds the same variant again (an incremental build) passes its own cache
  // folder in variant.env; otherwise the cache lives only as long as this one build.
  const ownCache = variant.env?.DATELINE_CACHE_DIR ? undefined : await mkdtemp(path.join(os.tmpdir(), 'dateline-cache-'));
  const env = {
    ...childEnv(),
    DATELINE_OUT_DIR: outDir,
    ...(ownCache ? { DATELINE_CACHE_DIR: ownCache } : {}),
    ...(variant.contentDir ? { DATELINE_CONTENT_DIR: path.resolve(projectRoot, variant.contentDir) } : {}),
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
    await Promise.all([ownCache, ownProject].filter((dir) => dir !== undefined).map((dir) => rm(dir, { recursive: true, force: true })));
  }
}
