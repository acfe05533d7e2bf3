import path from 'node:path';

/**
 * Where a build writes the site: `dist/` in a checkout; the tests and the benchmark point
 * DATELINE_OUT_DIR elsewhere so variant builds sit beside it. astro.config.mjs gives it to Astro
 * as outDir; the files beside article pages and the search index are written into it too.
 */
export function siteDir(): string {
  return path.resolve(process.env.DATELINE_OUT_DIR ?? 'dist');
}
