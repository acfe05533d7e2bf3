import type { AstroIntegration } from 'astro';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { cacheDir, contentDir } from '../lib/project-folders.ts';
import { assertContentUnchanged, fingerprintContent, saveFingerprint, type ContentFingerprint } from '../lib/content-files.ts';

/** Where a build leaves its starting fingerprint of content/ for its index step (src/search/build-index.ts). */
export function fingerprintFile(): string {
  return path.join(cacheDir(), 'dateline-content-fingerprint.json');
}

/**
 * A build sees one state of content/, or fails. The fingerprint is taken when the configuration
 * is set up, before the content loader reads a file, and compared when Astro has written every
 * page and when the index step ends (it reads content/ too): an import that changed anything in
 * between fails the build with the files it changed, instead of a site made of two states.
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
      },
      'astro:build:done': () => {
        if (before) assertContentUnchanged(contentDir(), before);
      },
    },
  };
}
