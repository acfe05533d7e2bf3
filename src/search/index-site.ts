import * as pagefind from 'pagefind';
import pLimit from 'p-limit';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PARAGRAPH_LINK_SELECTOR } from '../markdown/rehype-paragraph-ids.ts';
import { SORT_KEY } from './search-state.ts';
import { SHARD_LIST_FILE, shardFolder, type ShardList } from './shards.ts';
import { trimShard } from './trim-shard.ts';

/**
 * Builds the Pagefind index of a built site. Only pages that mark their article with
 * `data-pagefind-body` are indexed; everything the site must not search (navigation, related
 * lists, citations, footers) stays outside that element or carries `data-pagefind-ignore`.
 */

/** The one attribute that makes a page searchable; the article template puts it on the article. */
export const INDEXED_PAGE_MARKER = 'data-pagefind-body';
/** The Pagefind bundle folder below the site root; the search page loads it from here. */
export const BUNDLE_FOLDER = 'pagefind';

export interface IndexSiteOptions {
  /** Absolute path of the built site (Astro's outDir). */
  siteDir: string;
  /** ISO 639-1 language every page is indexed as; set, never guessed from `<html lang>`. */
  language: string;
  /** How many articles the content collection holds: the index must contain exactly these. */
  expectedArticles: number;
  /** Most pages per Pagefind run (shard); PAGES_PER_SHARD unless a build has memory to spare or to save. */
  pagesPerShard?: number;
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
 * Most article pages one Pagefind run indexes. Pagefind holds the whole index in memory while it
 * writes it, and its peak grows by about 0.4 MiB per page of the benchmark corpus (300-1,500
 * words): 3.95 GiB for 10,000 pages in one run, 2.13 GiB for 5,000, 1.22 GiB for 2,500, at the
 * same CPU time (src/bench/experiments/pagefind-memory.ts at da26ba6, BENCHMARKS.md). Past this many pages
 * the archive is indexed in shards of equal size, one after another, so the step stays near
 * 2.5 GiB (under the 3 GiB a 10,000-article build may use) however large the archive. Every shard
 * costs the reader one more index chunk per searched word, so shards are no smaller than memory
 * requires: up to 6,000 articles the index is one shard, exactly as Pagefind writes it.
 */
export const PAGES_PER_SHARD = 6000;

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

export async function indexSite({ siteDir, language, expectedArticles, pagesPerShard = PAGES_PER_SHARD }: IndexSiteOptions): Promise<IndexSiteResult> {
  if (!Number.isInteger(pagesPerShard) || pagesPerShard < 1) throw new SearchIndexError(`pages per shard must be a positive integer, got ${pagesPerShard}`);
  const bundleDir = path.join(siteDir, BUNDLE_FOLDER);
  const marked = await findMarkedPages(siteDir);
  if (marked.length !== expectedArticles) {
    throw new SearchIndexError(
      `${expectedArticles} article(s) in the content collection but ${marked.length} built page(s) carry ${INDEXED_PAGE_MARKER}; ` +
        'every article page, and nothing else, must mark its article for the search index',
    );
  }

  // A previous build's shards must not outlive it.
  await rm(bundleDir, { recursive: true, force: true });
  const shards = inShards(marked, pagesPerShard);
  let indexedPages = 0;
  for (const [number, pages] of shards.entries()) {
    const shardDir = number === 0 ? bundleDir : path.join(bundleDir, shardFolder(number));
    await indexShard({ siteDir, language, pages, shardDir });
    await removeUnusedFiles(shardDir, number === 0);
    await trimShard(shardDir);
    indexedPages += await countIndexedPages(shardDir);
  }
  const list: ShardList = { shards: shards.slice(1).map((_, i) => shardFolder(i + 1)) };
  await writeFile(path.join(bundleDir, SHARD_LIST_FILE), JSON.stringify(list));

  if (indexedPages !== expectedArticles) {
    throw new SearchIndexError(`expected ${expectedArticles} indexed article(s), Pagefind indexed ${indexedPages}`);
  }
  return { indexedPages, bundleDir, shards: shards.length };
}

/**
 * A built page that marks its article: where it is below the site root (Pagefind derives its URL
 * from that path), and its date.
 */
interface MarkedPage {
  file: string;
  /**
   * The instant of the page's Pagefind date sort value, in ms (-Infinity without one). A number,
   * not the matched text: V8 keeps a substring's whole page alive, and at 10,000 articles the
   * index step's Node process held 553 MiB instead of 170 MiB.
   */
  time: number;
}

/**
 * Consecutive runs of at most `most` pages in date order, as equal in size as possible (10,000
 * pages at 6,000 a shard make two of 5,000). An archive with no pages still gets one, empty,
 * shard: the search page then finds an index that says so.
 */
function inShards(pages: MarkedPage[], most: number): MarkedPage[][] {
  const count = Math.max(1, Math.ceil(pages.length / most));
  const size = Math.ceil(pages.length / count);
  return Array.from({ length: count }, (_, i) => pages.slice(i * size, (i + 1) * size));
}

async function indexShard({ siteDir, language, pages, shardDir }: { siteDir: string; language: string; pages: MarkedPage[]; shardDir: string }): Promise<void> {
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
async function linkShardPages(siteDir: string, folder: string, pages: MarkedPage[]): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  const limit = pLimit(CONCURRENT_PAGES);
  await Promise.all(
    pages.map((page) =>
      limit(async () => {
        const target = path.join(folder, page.file);
        await mkdir(path.dirname(target), { recursive: true });
        // A file system without hard links gets copies.
        await link(path.join(siteDir, page.file), target).catch(() => copyFile(path.join(siteDir, page.file), target));
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

/** The marker as an attribute inside a start tag, not merely a phrase in some article's text. */
const MARKER_IN_A_TAG = new RegExp(`<[a-z][^>]*\\s${INDEXED_PAGE_MARKER}(?=[\\s=>/])`, 'i');
/** The page's date sort value as the article template writes it: `data-pagefind-sort="date:<ISO instant>"`. */
const SORT_VALUE = new RegExp(`\\sdata-pagefind-sort="${SORT_KEY}:([^"]*)"`);

/**
 * Every page of the site that marks its article, read once, in date order. Every HTML file is
 * read, not only those at article paths, so a marked page anywhere else fails the count instead
 * of going unindexed; a byte search skips the many pages that never mention the marker (at 10,000
 * articles 21,561 HTML files: 6.6 s to decode and match each one in turn).
 */
async function findMarkedPages(siteDir: string): Promise<MarkedPage[]> {
  const files = (await readdir(siteDir, { recursive: true })).filter(
    (file) => file.endsWith('.html') && !file.startsWith(`${BUNDLE_FOLDER}${path.sep}`) && !file.startsWith(`${SHARD_PAGES_FOLDER}${path.sep}`),
  );
  const limit = pLimit(CONCURRENT_PAGES);
  const marked: MarkedPage[] = [];
  await Promise.all(
    files.map((file) =>
      limit(async () => {
        const bytes = await readFile(path.join(siteDir, file));
        if (bytes.indexOf(INDEXED_PAGE_MARKER) < 0) return;
        const html = bytes.toString('utf8');
        if (!MARKER_IN_A_TAG.test(html)) return;
        const time = Date.parse(SORT_VALUE.exec(html)?.[1] ?? '');
        marked.push({ file, time: Number.isNaN(time) ? -Infinity : time });
      }),
    ),
  );
  return marked.sort((a, b) => a.time - b.time || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

