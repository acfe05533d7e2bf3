import path from 'node:path';
import type { ContentFingerprint } from './content-files.ts';

/**
 * The state of content/ that a build took when it started (src/publish/content-consistency.ts),
 * handed to the build's other readers of content/: the articles are listed from it and read again
 * only when their state moved since the last build (src/data/article-frontmatter.ts), and the
 * originals are listed from it (src/publish/article-routes.ts). Each used to walk its folder again,
 * and every article was read and digested on every build: per 10,000 articles about 0.3 s of CPU
 * for the walk and 0.7-0.9 s for the reads (BENCHMARKS.md), paid by every update.
 *
 * Reading this state instead of the folders cannot put into the site what content/ does not hold
 * at the end: content/ must still be in exactly this state when the build ends, or the build fails
 * (ContentChangedError), as it does when a file is changed during the build.
 *
 * It lives on globalThis as the publication does (src/publish/publication.ts): the integration
 * and the pages are two copies of this module in one process. `astro dev` has none.
 */
const STATE = Symbol.for('dateline.build-content-state');
type WithState = typeof globalThis & { [STATE]?: { root: string; fingerprint: ContentFingerprint } };

/** Hands the build's starting fingerprint of `root` to its readers (the consistency integration). */
export function shareBuildContentState(root: string, fingerprint: ContentFingerprint): void {
  (globalThis as WithState)[STATE] = { root, fingerprint };
}

/** Ends the hand-over when the build is done: a later server or build in the same process must not trust it. */
export function forgetBuildContentState(): void {
  delete (globalThis as WithState)[STATE];
}

/**
 * The files below `folder` (paths relative to it) with their states as the running build found
 * them when it started; undefined outside a build, or for a folder outside the fingerprinted one.
 */
export function buildContentState(folder: string): Map<string, string> | undefined {
  const shared = (globalThis as WithState)[STATE];
  if (!shared) return undefined;
  const below = path.relative(shared.root, folder);
  if (below.startsWith('..') || path.isAbsolute(below)) return undefined;
  const prefix = below === '' ? '' : `${below}${path.sep}`;
  const files = new Map<string, string>();
  for (const [file, state] of shared.fingerprint) if (file.startsWith(prefix)) files.set(file.slice(prefix.length), state);
  return files;
}
