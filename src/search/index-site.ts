import * as pagefind from 'pagefind';
import pLimit from 'p-limit';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PARAGRAPH_LINK_SELECTOR } from '../markdown/rehype-paragraph-ids.ts';
import type { BuildManifest, ManifestArticle } from '../publish/build-manifest.ts';
import { SHARD_LIST_FILE, shardFolder, type ShardList } from './shards.ts';
import { installedPagefindVersion } from './pagefind-files.ts';
import { trimShard } from './trim-shard.ts';
import { writeYearTable } from './write-year-table.ts';

/**
 * Builds the Pagefind index of a built site: the article pages its build manifest lists
 * (src/publish/build-manifest.ts), in the shards it assigns. Pagefind indexes what a page marks
 * with `data-pagefind-body`; everything the site must not search (navigation, related lists,
 * citations, footers) stays outside that element or carries `data-pagefind-ignore`.
 */

/** The Pagefind bundle folder below the site root; the search page loads it from here. */
export const BUNDLE_FOLDER = 'pagefind';

export interface IndexSiteOptions {
  /** Absolute path of the built site (Astro's outDir). */
  siteDir: string;
  /** ISO 639-1 language every page is indexed as; set, never guessed from `<html lang>`. */
  language: string;
  /** What the build published: the index holds exactly its articles, each in its shard. */
  manifest: BuildManifest;
  /** The Pagefind version writing the index (the installed one); the trim knows only 1.6's files. */
  pagefindVersion?: string;
  /** Where a warning goes (the trim stepping aside); the console's by default. */
  warn?: (message: string) => void;
}

export interface IndexSiteResult {
  indexedPages: number;
  bundleDir: string;
  /** How many Pagefind runs (shards) the index was written in. */
  shards: number;
}

/** Thrown for anything that would leave the archive with a wrong or partial index. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/**
 * Word positions per index chunk (Pagefind's default is 20,000). A query fetches, per word, the
 * chunk holding it from every shard, so with two shards at 10,000 articles the default chunks
 * (31.6 KB each) made a later query 90.2 KB on average. Measured on that archive with the
 * benchmark's 20 queries (first search / later query mean / max): 20,000: 260.8 / 90.2 / 132.3 KB;
 * 10,000: 249.7 / 65.4 / 83.6; 5,000: 256.5 / 58.2 / 98.5; 3,500: 262.8 / 52.8 / 75.7; 2,500:
 * 271.9 / 61.0 / 189.9 (smaller chunks lengthen the metadata every first search loads, and a
 * prefix match spans more of them). Pagefind 1.6 reads it from this environment variable only.
 */
export const INDEX_CHUNK_SIZE = 3500;

/** Pages read (and handed to Pagefind) at once: enough to keep both the disk and Pagefind busy. */
const CONCURRENT_PAGES = 16;

/**
 * Files Pagefind writes that the archive never loads: its three ready-made UIs (the search page
 * has its own markup on the JS API) and the web worker (the search page runs Pagefind on the main
 * thread, src/search/client/pagefind-api.ts). Removed so a host serves only what the site uses;
 * pagefind.js, pagefind-highlight.js (article pages), the WASM and the index stay.
 */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-worker.js',
];

export async function indexSite({ siteDir, language, manifest, pagefindVersion = installedPagefindVersion(), warn = console.warn }: IndexSiteOptions): Promise<IndexSiteResult> {
  const bundleDir = path.join(siteDir, BUNDLE_FOLDER);
  const shards: ManifestArticle[][] = Array.from({ length: Math.max(1, manifest.shards) }, () => []);
  for (const article of manifest.articles) {
    const shard = shards[article.shard];
    if (!shard) throw new SearchIndexError(`the build manifest puts ${article.path} in shard ${article.shard} of ${manifest.shards}`);
    shard.push(article);
  }

  // A previous build's shards must not outlive it.
  await rm(bundleDir, { recursive: true, force: true });
  let indexedPages = 0;
  for (const [number, pages] of shards.entries()) {
    const shardDir = number === 0 ? bundleDir : path.join(bundleDir, shardFolder(number));
    await indexShard({ siteDir, language, pages: pages.map((article) => article.page), shardDir });
    await removeUnusedFiles(shardDir, number === 0);
    if (await trimShard(shardDir, { pagefindVersion, warn })) await writeYearTable(shardDir);
    indexedPages += await countIndexedPages(shardDir);
  }
  const list: ShardList = { shards: shards.slice(1).map((_, i) => shardFolder(i + 1)) };
  await writeFile(path.join(bundleDir, SHARD_LIST_FILE), JSON.stringify(list));

  if (indexedPages !== manifest.articles.length) {
    throw new SearchIndexError(
      `the build published ${manifest.articles.length} article(s), Pagefind indexed ${indexedPages}: ` +
        'every article page, and nothing else, must mark its article with data-pagefind-body',
    );
  }
  return { indexedPages, bundleDir, shards: shards.length };
}

/** `pages`: the shard's article pages, as files below the site. */
async function indexShard({ siteDir, language, pages, shardDir }: { siteDir: string; language: string; pages: string[]; shardDir: string }): Promise<void> {
  // The Pagefind process is started by the first call below and inherits this environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  const { index, errors: createErrors } = await pagefind.createIndex({
    forceLanguage: language,
    // The ¶ link after every body paragraph is not article text; one selector here instead of a
    // data-pagefind-ignore on each of them (24 bytes a paragraph).
    excludeSelectors: [PARAGRAPH_LINK_SELECTOR],
  });
  const folder = path.join(siteDir, SHARD_PAGES_FOLDER);
  try {
    failOn('creating the index', createErrors);
    if (!index) throw new SearchIndexError('Pagefind returned no index');
    if (pages.length > 0) {
      await linkShardPages(siteDir, folder, pages);
      const added = await index.addDirectory({ path: folder });
      failOn('indexing the shard\'s pages', added.errors);
      if (added.page_count !== pages.length) {
        throw new SearchIndexError(`Pagefind indexed ${added.page_count} of the shard's ${pages.length} article page(s)`);
      }
    }
    const written = await index.writeFiles({ outputPath: shardDir });
    failOn('writing the index', written.errors);
  } finally {
    await rm(folder, { recursive: true, force: true });
    // A fresh Pagefind process for each shard: memory its allocator kept from one shard never
    // adds to the next one's peak.
    await pagefind.close();
  }
}

/**
 * Where a shard's pages are gathered for Pagefind, below the site (hard links work only within
 * one file system), removed once the shard is indexed.
 */
const SHARD_PAGES_FOLDER = '.dateline-search-shard';

/**
 * Pagefind reads a shard's pages itself, on every core, from a folder holding just them: hard
 * links to the built pages at the same paths below it, so each page keeps its URL. On 5,000
 * article pages: 0.9 s to link and 3.4 s to add, against 7.0 s to read them in Node and hand them
 * over one by one (Pagefind's `addDirectory` takes a folder and a glob, not a list of files).
 */
async function linkShardPages(siteDir: string, folder: string, pages: string[]): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  const limit = pLimit(CONCURRENT_PAGES);
  await Promise.all(
    pages.map((page) =>
      limit(async () => {
        const target = path.join(folder, page);
        await mkdir(path.dirname(target), { recursive: true });
        // A file system without hard links gets copies.
        await link(path.join(siteDir, page), target).catch(() => copyFile(path.join(siteDir, page), target));
      }),
    ),
  );
}

/** What a merged shard needs: Pagefind's entry file and metadata, and the index folders. */
const SHARD_FILE = /^(pagefind-entry\.json|pagefind\..+\.pf_meta)$/;
const SHARD_FOLDERS = new Set(['index', 'fragment', 'filter']);

/**
 * The first shard keeps Pagefind's runtime for the search page and the article pages' highlighter;
 * the others are merged into it in the browser, which loads no JS or WASM from them.
 */
async function removeUnusedFiles(shardDir: string, first: boolean): Promise<void> {
  const unused = first
    ? UNUSED_BUNDLE_FILES
    : (await readdir(shardDir, { withFileTypes: true }))
        .filter((entry) => (entry.isDirectory() ? !SHARD_FOLDERS.has(entry.name) : !SHARD_FILE.test(entry.name)))
        .map((entry) => entry.name);
  await Promise.all(unused.map((file) => rm(path.join(shardDir, file), { recursive: true, force: true })));
}

function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind failed while ${step}:\n${errors.join('\n')}`);
}

/** Pages Pagefind actually indexed, per its own entry file (its `page_count` per language). */
async function countIndexedPages(bundleDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
