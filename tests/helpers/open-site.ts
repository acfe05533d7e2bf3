import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/harness/browser.ts';
import { builtDir } from '../../src/harness/project.ts';
import { serveBuilt, type Served } from '../../src/harness/serve.ts';
import { buildVariant, type BuildResult, type BuildVariant } from './build.ts';
import { serveStaticHost } from './static-host.ts';

/**
 * A built site served, and a Chromium to visit it, for the browser tests: built first when asked
 * (a variant of the site, a generated archive, an index written by hand), each in a temporary
 * folder, and all of it stopped and removed by one `close()`, or at once when a step fails, so a
 * test file whose setup breaks half-way leaves no server, browser or folder behind.
 */

/** A built site's folder, with whatever else its maker returns (a generated archive's corpus). */
export interface BuiltFolder {
  outDir: string;
}

export interface SiteOptions<T extends BuiltFolder> {
  /**
   * Makes the site in `workDir`, a temporary folder of its own (siteVariant: a variant of the
   * site; a generated archive; an index written by hand). Without it: the site built already in
   * dist/ (DATELINE_OUT_DIR), which `npm test` builds first.
   */
  build?: (workDir: string) => Promise<T>;
  /**
   * `npm start`'s server (Astro's preview) under `base` ('/' unless given), or `'static'`, the
   * plainest static host (static-host.ts), which knows no base path.
   */
  host?: { base: string } | 'static';
}

export interface ServedSite<T extends BuiltFolder = BuiltFolder> {
  /** The site's root URL, base path included, with a trailing slash. */
  url: string;
  /** The served folder. */
  outDir: string;
  /** What the source made: the generated archive, or at least its folder. */
  built: T;
  /** Stops, closes and removes all that was started and made, last first. */
  close(): Promise<void>;
}

export interface OpenSite<T extends BuiltFolder = BuiltFolder> extends ServedSite<T> {
  browser: Browser;
}

/** The site served and a Chromium launched: what a browser test file opens in its beforeAll. */
export function openBuiltSite<T extends BuiltFolder = BuiltFolder>(options: SiteOptions<T> = {}): Promise<OpenSite<T>> {
  return started(options, true) as Promise<OpenSite<T>>;
}

/** The site served, without a browser: for a file that visits several sites with one Chromium. */
export function serveSite<T extends BuiltFolder = BuiltFolder>(options: SiteOptions<T> = {}): Promise<ServedSite<T>> {
  return started(options, false);
}

async function started<T extends BuiltFolder>(options: SiteOptions<T>, withBrowser: boolean): Promise<ServedSite<T> & { browser?: Browser }> {
  const undo: (() => Promise<unknown>)[] = [];
  const close = () => undoAll(undo);
  try {
    let built: T;
    if (options.build) {
      const workDir = await mkdtemp(path.join(os.tmpdir(), 'dateline-site-'));
      undo.push(() => rm(workDir, { recursive: true, force: true }));
      built = await options.build(workDir);
    } else {
      // Without a build, T is BuiltFolder itself (its default): nothing else is made.
      built = { outDir: builtDir() } as T;
    }
    const server: Served = options.host === 'static' ? await serveStaticHost(built.outDir) : await serveBuilt(built.outDir, options.host?.base);
    undo.push(() => server.stop());
    const site = { url: server.url, outDir: built.outDir, built, close };
    if (!withBrowser) return site;
    const browser = await launchChromium();
    undo.push(() => browser.close());
    return { ...site, browser };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A variant of the site (another content folder, base path or shard size), built in `workDir`; its build must succeed. */
export function siteVariant(variant: Omit<BuildVariant, 'outDir'>): (workDir: string) => Promise<BuildResult> {
  return async (workDir) => {
    const build = await buildVariant({ ...variant, outDir: path.join(workDir, 'site') });
    if (build.exitCode !== 0) throw new Error(`the site did not build:\n${build.stderr}\n${build.stdout}`);
    return build;
  };
}

/** Runs every step, last first, even when one fails; then throws the first failure. */
async function undoAll(steps: (() => Promise<unknown>)[]): Promise<void> {
  const failures: unknown[] = [];
  for (const step of steps.splice(0).reverse()) {
    try {
      await step();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length) throw failures[0];
}
