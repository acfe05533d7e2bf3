import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_FOLDER } from '../search/index-site.ts';
import { serveLastBuildIndex } from '../search/dev-index.ts';
import { PAGES_PER_SHARD } from '../search/shards.ts';
import { buildManifest, manifestFile, writeManifest } from './build-manifest.ts';
import { changedFiles, type FileToDeclare } from './changed-files.ts';
import { watchArticles } from './dev-article-watch.ts';
import { pruneSite } from './prune-site.ts';
import { sitemapFiles, writeSitemap } from './sitemap.ts';
import { startRenderWorkers, stopRenderWorkers, writeFilesOffThread } from './off-thread.ts';
import { closePublication, openPublication, type Publication } from './publication.ts';

/** The article page's route (src/pages/[year]/[month]/[day]/[slug]/index.astro), as Astro names it. */
const ARTICLE_ROUTE = '/[year]/[month]/[day]/[slug]';

/** The route that renders an alias's redirect page (src/pages/[...alias].astro), which the sitemap leaves out. */
const ALIAS_ROUTE = '/[...alias]';

/** Files handed to the render worker at once when a build writes the articles' files. */
const FILES_PER_WRITE = 500;

/**
 * `astro build --force` (`npm run build -- --full`, src/publish/build.ts): Astro renders every
 * page again, and the articles' files are all written again too.
 */
const FULL_BUILD = process.argv.includes('--force');

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
 * - the article route's getStaticPaths notes every article as published, with its files
 *   (src/publish/article-files.ts, the one list of per-article files), whether Astro then renders
 *   its page or keeps the last build's (src/publish/article-page-paths.ts);
 * - Astro renders the pages whose cache keys or templates changed (src/publish/page-keys.ts);
 * - when every page is done, checks every article page was noted, writes the articles' files
 *   whose bytes changed (src/publish/changed-files.ts) and the build manifest
 *   (src/publish/build-manifest.ts), which the search index step reads after Astro exits
 *   (src/search/build-index.ts), writes the sitemap's files that changed (src/publish/sitemap.ts),
 *   removes what no longer belongs to the site (src/publish/prune-site.ts), and stops the workers.
 * `astro dev` starts the workers too, serves the articles' files from their routes, and serves
 * the last build's search index (src/search/dev-index.ts). Every other difference between the
 * two is in src/lib/build-mode.ts.
 */
export function datelinePublish(options: PublishOptions = {}): AstroIntegration {
  const shardPages = pagesPerShard(options.searchShardPages);
  let outDir = '';
  let base = '/';
  let siteUrl = '';
  let publication: Publication | undefined;
  let started = 0;
  return {
    name: 'dateline-publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
        siteUrl = new URL(config.base.replace(/\/?$/, '/'), config.site).href;
      },
      'astro:server:setup': ({ server, logger }) => {
        startRenderWorkers();
        watchArticles(server);
        serveLastBuildIndex(server, { bundleDir: path.join(outDir, BUNDLE_FOLDER), base, logger });
      },
      'astro:server:done': () => stopRenderWorkers(),
      'astro:build:start': () => {
        started = Date.now();
        startRenderWorkers();
        publication = openPublication();
      },
      'astro:build:done': async ({ dir, pages, assets, logger }) => {
        try {
          const published = publication!.articles();
          assertEveryPagePublished(fileURLToPath(dir), assets.get(ARTICLE_ROUTE) ?? [], new Set(published.map((article) => article.path)));
          const writing = performance.now();
          const files: FileToDeclare[] = published.flatMap((article) =>
            article.files.map(({ path: sitePath, content }) => ({
              file: path.join(outDir, sitePath),
              content: 'copyOf' in content ? content : { madeFrom: article.madeFrom, make: content.make },
            })),
          );
          const { changed, commit } = await changedFiles(outDir, files, FULL_BUILD);
          const batches = Array.from({ length: Math.ceil(changed.length / FILES_PER_WRITE) }, (_, i) => changed.slice(i * FILES_PER_WRITE, (i + 1) * FILES_PER_WRITE));
          await Promise.all(batches.map((batch) => writeFilesOffThread(batch)));
          await commit();
          await writeManifest(buildManifest(published, shardPages));
          logger.info(`wrote ${changed.length} of ${files.length} article file(s) in ${((performance.now() - writing) / 1000).toFixed(1)}s and the build manifest (${manifestFile()})`);
          const aliases = new Set((assets.get(ALIAS_ROUTE) ?? []).map((file) => sitePathOf(outDir, file)));
          const sitemap = writeSitemap(outDir, sitemapFiles({ pages: pages.map(({ pathname }) => pathname), excluded: aliases, siteUrl }));
          const built = [...assets.values()].flat().map((file) => fileURLToPath(file));
          const removed = pruneSite({ siteDir: outDir, started, kept: new Set([...built, ...files.map(({ file }) => file), ...sitemap]), spared: [BUNDLE_FOLDER] });
          if (removed.length > 0) logger.info(`removed ${removed.length} file(s) no longer in the site: ${removed.slice(0, 5).join(', ')}${removed.length > 5 ? ', …' : ''}`);
        } finally {
          closePublication();
          publication = undefined;
          await stopRenderWorkers();
        }
      },
    },
  };
}

/** The site path of a page Astro wrote (`2019/03/08/slug/` for its index.html). */
function sitePathOf(siteDir: string, page: URL): string {
  return `${path.relative(siteDir, path.dirname(fileURLToPath(page))).split(path.sep).join('/')}/`;
}

/** Every article page Astro wrote was noted as published, so its files and manifest entry are not missed. */
function assertEveryPagePublished(siteDir: string, pages: URL[], published: Set<string>): void {
  const missing = pages.map((page) => sitePathOf(siteDir, page)).filter((page) => !published.has(page));
  if (missing.length > 0 || pages.length !== published.size) {
    throw new Error(
      `${pages.length} article page(s) built but ${published.size} article(s) published` +
        (missing.length > 0 ? `; not published: ${missing.slice(0, 5).join(', ')}` : '') +
        ': every article page must render through renderedArticle (src/publish/article-render.ts)',
    );
  }
}
