import path from 'node:path';

/**
 * The folders a build reads and writes, relative to the folder it runs in. The tests and the
 * benchmark point the DATELINE_* variables at folders of their own, so a variant build never
 * touches the real archive or its site.
 */

/**
 * Where the archive's content lives: `content/` in a checkout, or the corpus of a test or of the
 * benchmark (DATELINE_CONTENT_DIR).
 */
export function contentDir(): string {
  return path.resolve(process.env.DATELINE_CONTENT_DIR ?? 'content');
}

/**
 * Where a build writes the site: `dist/` in a checkout (DATELINE_OUT_DIR elsewhere, so variant
 * builds sit beside it). astro.config.mjs gives it to Astro as outDir; the files beside article
 * pages and the search index are written into it too.
 */
export function siteDir(): string {
  return path.resolve(process.env.DATELINE_OUT_DIR ?? 'dist');
}

/**
 * Astro's cache folder (astro.config.mjs cacheDir), which also keeps what one build hands to its
 * own later steps: the build manifest and the content fingerprint (DATELINE_CACHE_DIR for each
 * variant build of the tests).
 */
export function cacheDir(): string {
  return path.resolve(process.env.DATELINE_CACHE_DIR ?? 'node_modules/.astro');
}
