import type { AstroIntegration } from 'astro';
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { contentDir } from '../lib/content-dir.ts';
import { BUNDLE_FOLDER, indexSite } from './index-site.ts';
import { serveLastBuildIndex } from './dev-index.ts';

export interface SearchIntegrationOptions {
  /** ISO 639-1 language of the archive's articles. */
  language: string;
}

/**
 * Pagefind in the Astro build: `astro build` (hence `npm run build` and `npm start`) always ends
 * with a fresh index, or fails. `astro dev` has no built pages to index, so it serves the index of
 * the last build, and the search page says how to make one when there is none.
 */
export function datelineSearch({ language }: SearchIntegrationOptions): AstroIntegration {
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
      'astro:build:done': async ({ dir, logger }) => {
        const expectedArticles = await countArticles(path.join(contentDir(), 'articles'));
        const started = performance.now();
        const { indexedPages, bundleDir } = await indexSite({ siteDir: fileURLToPath(dir), language, expectedArticles });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`indexed ${indexedPages} article(s) into ${path.relative(process.cwd(), bundleDir)} in ${seconds}s`);
      },
    },
  };
}

/** Article files in the content collection's folder (the collection globs `**\/*.md` there). */
async function countArticles(articlesDir: string): Promise<number> {
  try {
    const files = await readdir(articlesDir, { recursive: true });
    return files.filter((file) => file.endsWith('.md')).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}
