import path from 'node:path';
import { projectRoot } from './project-root.ts';

/**
 * The folders a build reads and writes: the project's own (found from this module's folder, so a
 * build, the importer or a test run from any working directory reads the same archive), unless a
 * DATELINE_* variable names another, resolved as given (against the working directory, as a path
 * typed in a shell is). The tests and the benchmark point these variables at folders of their
 * own, so a variant build never touches the real archive or its site.
 */
function folder(variable: string, inProject: string): string {
  const given = process.env[variable];
  return given === undefined ? path.join(projectRoot, inProject) : path.resolve(given);
}

/**
 * Where the archive's content lives: `content/` in a checkout, or the corpus of a test or of the
 * benchmark (DATELINE_CONTENT_DIR).
 */
export function contentDir(): string {
  return folder('DATELINE_CONTENT_DIR', 'content');
}

/**
 * Where a build writes the site: `dist/` in a checkout (DATELINE_OUT_DIR elsewhere, so variant
 * builds sit beside it). astro.config.mjs gives it to Astro as outDir; the files beside article
 * pages and the search index are written into it too.
 */
export function siteDir(): string {
  return folder('DATELINE_OUT_DIR', 'dist');
}

/**
 * Astro's cache folder (astro.config.mjs cacheDir), which also keeps what one build hands to its
 * own later steps: the build manifest and the content fingerprint (DATELINE_CACHE_DIR for each
 * variant build of the tests).
 */
export function cacheDir(): string {
  return folder('DATELINE_CACHE_DIR', 'node_modules/.astro');
}
