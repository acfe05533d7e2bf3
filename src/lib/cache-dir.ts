import path from 'node:path';

/**
 * Astro's cache folder (astro.config.mjs cacheDir), which also keeps what one build hands to its
 * own later steps. The tests give each variant build its own through DATELINE_CACHE_DIR.
 */
export function cacheDir(): string {
  return path.resolve(process.env.DATELINE_CACHE_DIR ?? 'node_modules/.astro');
}
