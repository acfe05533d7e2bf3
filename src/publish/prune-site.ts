import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * Removes from the site what no longer belongs to it. An incremental build does not empty the
 * site folder (astro.config.mjs, `emptyOutDir: false`): Astro keeps the pages it skipped where
 * they are and writes the rest, so the pages of a deleted article, its files, a stylesheet of
 * an older build or a sitemap part the archive has outgrown stay behind unless removed here.
 *
 * A file belongs to this build when it was written during it (modified after `started`) or is
 * one the build kept on purpose (`kept`: the pages Astro skipped, the article files that did not
 * change). Everything else goes, and folders left empty with it; `spared` folders (the search
 * index, which its own step prunes) are left alone, and so is `.git`: a site folder may be a git
 * checkout (a gh-pages worktree), which Vite and Astro also keep when they empty the folder.
 */
export interface PruneOptions {
  siteDir: string;
  /** When the build started (ms since the epoch). */
  started: number;
  /** Absolute paths of files kept from an earlier build. */
  kept: Set<string>;
  /** Folders below the site, relative to it, left as they are. */
  spared: string[];
}

/**
 * File times are the kernel's coarse clock, which may lag the clock `started` was read from by a
 * few milliseconds; a second is far less than the index step and Astro's start take between two
 * builds.
 */
const CLOCK_SLACK_MS = 1_000;

/** Removes stale files and empty folders; returns the site paths of the files removed. */
export function pruneSite({ siteDir, started, kept, spared }: PruneOptions): string[] {
  const removed: string[] = [];
  const spare = new Set([...spared, '.git'].map((folder) => path.join(siteDir, folder)));
  const visit = (folder: string): boolean => {
    let empty = true;
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (spare.has(file)) {
        empty = false;
      } else if (entry.isDirectory()) {
        if (!visit(file)) empty = false;
        else rmdirSync(file);
      } else if (kept.has(file) || statSync(file).mtimeMs >= started - CLOCK_SLACK_MS) {
        empty = false;
      } else {
        unlinkSync(file);
        removed.push(path.relative(siteDir, file).split(path.sep).join('/'));
      }
    }
    return empty;
  };
  visit(siteDir);
  return removed;
}
