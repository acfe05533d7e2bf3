import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_FOLDER } from '../search/index-site.ts';
import { serveLastBuildIndex } from '../search/dev-index.ts';
import { PAGES_PER_SHARD } from '../search/shards.ts';
import { buildManifest, manifestFile, writeManifest } from './build-manifest.ts';
import { startRenderWorkers, stopRenderWorkers, writeFilesOffThread } from './off-thread.ts';
import { closePublication, openPublication, type Publication } from './publication.ts';

/** The article page's route (src/pages/[year]/[month]/[day]/[slug]/index.astro), as Astro names it. */
const ARTICLE_ROUTE = '/[year]/[month]/[day]/[slug]';

/** Files handed to the render worker at once when a build writes the articles' files. */
const FILES_PER_WRITE = 500;

export interface PublishOptions {
  /**
   * Most articles one Pagefind run indexes (src/search/shards.ts): a machine with memory to spare
   * can index a large archive in fewer shards, which readers pay for in fewer index chunks per
   * search; the tests use it to make a small archive several shards. A positive whole number.
   */
  searchShardPages?: string | number;
}

function pagesPerShard(value: PublishOptions['searchShardPages']): number {
  if (value === undefined || value === '') return PAGES_PER_SHARD;
  if (!/^[1-9]\d*$/.test(String(value))) throw new Error(`search shard pages (DATELINE_SEARCH_SHARD_PAGES) must be a positive whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

/**
 * The publish pipeline, wired in one place. A build (`astro build`):
 * - starts the render workers that render bodies and references beside Astro's thread
 *   (src/publish/off-thread.ts) and opens the build's publication (src/publish/publication.ts);
 * - Astro renders the pages; each article page notes its article as published, with its files
 *   (src/publish/article-files.ts, the one list of per-article files);
 * - when every page is done, checks every article page was noted, writes each article's files
 *   beside its page and the build manifest (src/publish/build-manifest.ts), which the search
 *   index step reads after Astro exits (src/search/build-index.ts), and stops the workers.
 * `astro dev` starts the workers too, serves the articles' files from their routes, and serves
 * the last build's search index (src/search/dev-index.ts). Every other difference between the
 * two is in src/lib/build-mode.ts.
 */
export function datelinePublish(options: PublishOptions = {}): AstroIntegration {
  const shardPages = pagesPerShard(options.searchShardPages);
  let outDir = '';
  let base = '/';
  let publication: Publication | undefined;
  return {
    name: 'dateline-publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:server:setup': ({ server, logger }) => {
        startRenderWorkers();
        serveLastBuildIndex(server, { bundleDir: path.join(outDir, BUNDLE_FOLDER), base, logger });
      },
      'astro:server:done': () => stopRenderWorkers(),
      'astro:build:start': () => {
        startRenderWorkers();
        publication = openPublication();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        try {
          const published = publication!.articles();
          assertEveryPagePublished(fileURLToPath(dir), assets.get(ARTICLE_ROUTE) ?? [], new Set(published.map((article) => article.path)));
          const started = performance.now();
          const files = published.flatMap((article) => article.files.map(({ path: sitePath, content }) => ({ file: path.join(outDir, sitePath), content })));
          const batches = Array.from({ length: Math.ceil(files.length / FILES_PER_WRITE) }, (_, i) => files.slice(i * FILES_PER_WRITE, (i + 1) * FILES_PER_WRITE));
          await Promise.all(batches.map((batch) => writeFilesOffThread(batch)));
          await writeManifest(buildManifest(published, shardPages));
          logger.info(`wrote ${files.length} article file(s) in ${((performance.now() - started) / 1000).toFixed(1)}s and the build manifest (${manifestFile()})`);
        } finally {
          closePublication();
          publication = undefined;
          await stopRenderWorkers();
        }
      },
    },
  };
}

/** Every article page Astro wrote was noted as published, so its files and manifest entry are not missed. */
function assertEveryPagePublished(siteDir: string, pages: URL[], published: Set<string>): void {
  const missing = pages
    .map((page) => `${path.relative(siteDir, path.dirname(fileURLToPath(page))).split(path.sep).join('/')}/`)
    .filter((page) => !published.has(page));
  if (missing.length > 0 || pages.length !== published.size) {
    throw new Error(
      `${pages.length} article page(s) built but ${published.size} article(s) published` +
        (missing.length > 0 ? `; not published: ${missing.slice(0, 5).join(', ')}` : '') +
        ': every article page must render through renderedArticle (src/publish/article-render.ts)',
    );
  }
}
