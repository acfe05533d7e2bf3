import type { AstroIntegration } from 'astro';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { cacheDir, contentDir } from '../lib/project-folders.ts';
import { assertContentUnchanged, fingerprintContent, saveFingerprint, type ContentFingerprint } from '../lib/content-files.ts';
import { forgetBuildContentState, shareBuildContentState } from '../lib/build-content-state.ts';

/** Where a build leaves its starting fingerprint of content/ for its index step (src/search/build-index.ts). */
export function fingerprintFile(): string {
  return path.join(cacheDir(), 'dateline-content-fingerprint.json');
}

/**
 * Set by `npm run build` (src/publish/build.ts) for its `astro build`, whose index step compares
 * content/ with the same start state when it ends (src/search/build-index.ts). A file's state
 * never comes back once changed (its change time moves on), so a comparison when Astro's pages are
 * done finds nothing that the later one misses; it is left to the index step, and a build walks
 * content/ twice instead of three times (a walk and a stat of every file: at 10,000 articles
 * 0.2-0.3 s of CPU, 1.8 s of wall with the folders out of the cache, BENCHMARKS.md).
 */
export const CHECKED_BY_INDEX_STEP = 'DATELINE_CONTENT_CHECKED_BY_INDEX_STEP';

/**
 * A build sees one state of content/, or fails. The fingerprint is taken when the configuration
 * is set up, before the content loader reads a file, and compared when Astro has written every
 * page (unless the index step follows, CHECKED_BY_INDEX_STEP) and when the index step ends (it
 * reads content/ too): an import that changed anything in between fails the build with the files
 * it changed, instead of a site made of two states. The build's readers of content/ take their
 * listing and file states from it (src/lib/build-content-state.ts).
 */
export function contentConsistency(): AstroIntegration {
  let before: ContentFingerprint | undefined;
  return {
    name: 'dateline-content-consistency',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        before = fingerprintContent(contentDir());
        mkdirSync(path.dirname(fingerprintFile()), { recursive: true });
        saveFingerprint(fingerprintFile(), before);
        shareBuildContentState(contentDir(), before);
      },
      'astro:build:done': () => {
        forgetBuildContentState();
        if (before && !process.env[CHECKED_BY_INDEX_STEP]) assertContentUnchanged(contentDir(), before);
      },
    },
  };
}
