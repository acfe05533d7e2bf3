import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { BUNDLE_FOLDER } from './index-site.ts';
import { serveLastBuildIndex } from './dev-index.ts';

/**
 * Search in `astro dev`: there are no built pages to index, so it serves the index of the last
 * build, and the search page says how to make one when there is none. The index itself is built
 * by `npm run build` in a process of its own after `astro build` exits (src/search/build-index.ts),
 * so Pagefind's memory never adds to Astro's.
 */
export function datelineSearch(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'dateline-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        serveLastBuildIndex(server, { bundleDir: path.join(outDir, BUNDLE_FOLDER), base, logger });
      },
    },
  };
}
