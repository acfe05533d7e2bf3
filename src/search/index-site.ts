import * as pagefind from 'pagefind';
import pLimit from 'p-limit';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { codeDigest } from '../lib/code-digest.ts';
import { PARAGRAPH_LINK_SELECTOR } from '../markdown/rehype-paragraph-ids.ts';
import type { BuildManifest, ManifestArticle } from '../publish/build-manifest.ts';
import { fileStates, filesBelow, keptShard, pageDigests, sha256, shardInput, type IndexRecord, type PageDigests, type ShardRecord } from './index-record.ts';
import { SHARD_LIST_FILE, shardFolder, type ShardList } from './shards.ts';
import { entryOf, installedPagefindVersion, PAGEFIND_FORMAT, shardFilters, type ShardFiles } from './pagefind-files.ts';
import { pagefindUrl, pageSortValues } from './page-sort-values.ts';
import { segmentedPage } from './segmented-page.ts';
import { openShardIndex } from './shard-index.ts';
import { pagefindIndex, trimShard, writeShardIndex, type RecordedPage } from './trim-shard.ts';
import { countShardFilters, writeArchiveFacetCounts } from './write-archive-facet-counts.ts';
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
  /**
   * What the last index step wrote into this site (src/search/index-record.ts): its shards whose
   * input is unchanged and whose files are intact are kept as they are. Without it every shard
   * is indexed afresh.
   */
  previous?: IndexRecord;
}

export interface IndexSiteResult {
  indexedPages: number;
  bundleDir: string;
  /** How many shards the index has. */
  shards: number;
  /** How many of them were indexed by this run (the others were kept from the previous one). */
  reindexed: number;
  /** How many of those were patched: the previous shard less its changed pages plus those indexed alone (patchedShard). */
  patched: number;
  /** What to hand the next run as `previous`. */
  record: IndexRecord;
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

/**
 * The ¶ link after every body paragraph is not article text; one selector here instead of a
 * data-pagefind-ignore on each of them (24 bytes a paragraph).
 */
const EXCLUDE_SELECTORS = [PARAGRAPH_LINK_SELECTOR];

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

export async function indexSite({ siteDir, language, manifest, pagefindVersion = installedPagefindVersion(), warn = console.warn, previous }: IndexSiteOptions): Promise<IndexSiteResult> {
  const bundleDir = path.join(siteDir, BUNDLE_FOLDER);
  const shards: ManifestArticle[][] = Array.from({ length: Math.max(1, manifest.shards) }, () => []);
  for (const article of manifest.articles) {
    const shard = shards[article.shard];
    if (!shard) throw new SearchIndexError(`the build manifest puts ${article.path} in shard ${article.shard} of ${manifest.shards}`);
    shard.push(article);
  }

  // Without a record nothing in the bundle is known to be right.
  if (!previous) await rm(bundleDir, { recursive: true, force: true });
  const settings = await indexSettings(language, pagefindVersion);
  const known = previous?.settings === settings ? previous.pages : {};
  const digests: Record<string, PageDigests> = {};
  const records: ShardRecord[] = [];
  let reindexed = 0;
  let patched = 0;
  let indexedPages = 0;
  for (const [number, pages] of shards.entries()) {
    const folder = number === 0 ? '' : shardFolder(number);
    const paths = pages.map((article) => article.page);
    const shardDigests = await pageDigests(siteDir, paths, EXCLUDE_SELECTORS, known);
    for (const [i, page] of paths.entries()) digests[page] = shardDigests[i]!;
    const input = shardInput(settings, paths, shardDigests);
    const last = previous?.shards.find((shard) => shard.folder === folder);
    const kept = last && last.input === input ? await keptShard(bundleDir, last) : undefined;
    const shard = { siteDir, language, pages: paths, bundleDir, folder, input, pagefindVersion, warn };
    const patch = kept || !last || previous?.settings !== settings ? undefined : await patchedShard(shard, last, known, shardDigests);
    const record = kept ?? patch ?? (await reindexShard(shard));
    if (!kept) reindexed += 1;
    if (patch) patched += 1;
    records.push(record);
    indexedPages += await countIndexedPages(path.join(bundleDir, folder));
  }
  const list: ShardList = { shards: records.slice(1).map((record) => record.folder) };
  await writeFile(path.join(bundleDir, SHARD_LIST_FILE), JSON.stringify(list));
  await removeAllBut(bundleDir, new Set([SHARD_LIST_FILE, ...records.flatMap((record) => Object.keys(record.files))]));
  await writeArchiveFacetCounts(bundleDir, records.map((record) => record.filters));

  if (indexedPages !== manifest.articles.length) {
    throw new SearchIndexError(
      `the build published ${manifest.articles.length} article(s), Pagefind indexed ${indexedPages}: ` +
        'every article page, and nothing else, must mark its article with data-pagefind-body',
    );
  }
  return { indexedPages, bundleDir, shards: shards.length, reindexed, patched, record: { settings, pages: digests, shards: records } };
}

/**
 * Everything besides its pages that decides what a shard's files are: the Pagefind version and
 * the options it runs with, and the code of this step, of the trim, of what is read from a page,
 * of how Chinese, Japanese and Thai text is cut and letters are folded (and ICU's version, whose
 * word boundaries cut the text) and of what the record keeps of a shard (any change to one of
 * them re-indexes every shard, rather than trust that it changed nothing).
 */
async function indexSettings(language: string, pagefindVersion: string): Promise<string> {
  const code = codeDigest(['index-site.ts', 'indexed-content.ts', 'segmented-page.ts', 'unspaced-words.ts', 'folded-letters.ts', 'trim-shard.ts', 'pagefind-files.ts', 'shards.ts', 'write-year-table.ts', 'year-table.ts', 'write-archive-facet-counts.ts', 'shard-index.ts', 'shard-words.ts', 'compare-strings.ts', 'page-sort-values.ts'].map((module) => `src/search/${module}`));
  // ICU's version: its word boundaries cut the Chinese, Japanese and Thai text (src/search/unspaced-words.ts).
  return JSON.stringify({ pagefindVersion, language, INDEX_CHUNK_SIZE, excludeSelectors: EXCLUDE_SELECTORS, UNUSED_BUNDLE_FILES, icu: process.versions.icu, code });
}

interface ReindexShard {
  siteDir: string;
  language: string;
  /** The shard's article pages, as files below the site. */
  pages: string[];
  bundleDir: string;
  folder: string;
  input: string;
  pagefindVersion: string;
  warn: (message: string) => void;
}

/**
 * Indexes one shard, trims its files in memory and writes them into place (finishShard).
 */
async function reindexShard({ siteDir, language, pages, bundleDir, folder, input, pagefindVersion, warn }: ReindexShard): Promise<ShardRecord> {
  const { files, sortValues } = await indexShard({ siteDir, language, pages });
  removeUnusedFiles(files, folder === '');
  const trimmed = await trimShard(files, { shard: path.join(bundleDir, folder), pagefindVersion, warn, sortValues, chunkSize: INDEX_CHUNK_SIZE });
  return finishShard(files, { bundleDir, folder, input }, trimmed);
}

/**
 * Most pages a patch may index, as a share of the shard's: past it the shard is indexed whole.
 * A patch decodes and re-encodes every chunk of the previous shard, one at a time (14-17 s of CPU
 * for 5,000 pages when it decoded them all at once, about half a re-index's: BENCHMARKS.md,
 * "Patching a shard"; not measured since), so it pays only while the pages it
 * indexes are few. The share itself is a guess, not measured.
 */
const MOST_PATCHED_SHARE = 1 / 4;

/**
 * The shard made from its last files (written in canonical form, with the pages the record
 * lists) less its removed and changed pages, plus those changed and added indexed alone by
 * Pagefind with the same settings, written in the same canonical form: the files a full index of
 * the shard writes (shard-index.ts orders and cuts an index by its pages alone). Undefined, and
 * the shard is indexed whole, when the last shard is not in canonical form or not intact, when
 * more than MOST_PATCHED_SHARE of its pages change, or when either index is not in the form
 * shard-index.ts knows (another Pagefind version, an unknown field, a sort it cannot reproduce).
 */
async function patchedShard(shard: ReindexShard, last: ShardRecord, known: Readonly<Record<string, PageDigests>>, digests: PageDigests[]): Promise<ShardRecord | undefined> {
  const { siteDir, language, pages, bundleDir, folder, input, pagefindVersion } = shard;
  if (!last.pages || !PAGEFIND_FORMAT.test(pagefindVersion)) return undefined;
  const lastUrls = new Set(last.pages.map(([url]) => url));
  const urls = new Set(pages.map(pagefindUrl));
  const fresh = pages.filter((page, i) => !lastUrls.has(pagefindUrl(page)) || known[page]?.[1] !== digests[i]![1]);
  const removed = [...lastUrls].filter((url) => !urls.has(url));
  const changes = fresh.length + removed.length;
  if (changes === 0 || changes > Math.max(1, Math.floor(pages.length * MOST_PATCHED_SHARE))) return undefined;
  const intact = await keptShard(bundleDir, last);
  if (!intact) return undefined;

  // The last shard's files, its entry file and Pagefind's runtime included: the same bytes a run
  // of the same Pagefind under the same settings writes (the record's settings are these).
  const files: ShardFiles = new Map();
  // Read at once, as the full step reads its pages: one after another, a 5,000-page shard's files wait on the disk 5,000 times.
  const limit = pLimit(CONCURRENT_PAGES);
  const read = await Promise.all(Object.keys(last.files).map((file) => limit(async () => [file.slice(folder.length), await readFile(path.join(bundleDir, file))] as const)));
  for (const [name, bytes] of read) files.set(name, bytes);
  const languages = Object.entries(entryOf(files).languages);
  if (languages.length !== 1) return undefined;
  const [indexLanguage, { hash }] = languages[0]!;
  const recorded = last.pages;
  const before = await openShardIndex(files, hash, (name, number) => {
    const page: RecordedPage | undefined = recorded[number];
    const fragment = files.get(`fragment/${name}.pf_fragment`);
    return page && fragment && { url: page[0], metaFields: page[1], sorts: page[2], fragment };
  });
  if (!before) return undefined;
  const indexes = [before];
  if (fresh.length > 0) {
    const { files: freshFiles, sortValues } = await indexShard({ siteDir, language, pages: fresh });
    const added = PAGEFIND_FORMAT.test(entryOf(freshFiles).version) ? await pagefindIndex(freshFiles, sortValues) : null;
    if (!added) return undefined;
    indexes.push(added.index);
  }
  const dropped = new Set([...removed, ...fresh.map(pagefindUrl)]);
  const recordedPages = await writeShardIndex(files, { language: indexLanguage, hash }, indexes, INDEX_CHUNK_SIZE, (page, from) => from === 1 || !dropped.has(page.url));
  if (!recordedPages) return undefined;
  return finishShard(files, { bundleDir, folder, input }, { trimmed: true, pages: recordedPages });
}

/**
 * Counts a shard's filter values in its finished files (for the archive's facet counts) and
 * writes the year table, then writes each file into place: the other shards' files, and shard
 * 0's runtime when it is another shard that changed, are never touched. Files of the old shard
 * that the new one does not have are removed by removeAllBut.
 */
async function finishShard(files: ShardFiles, { bundleDir, folder, input }: { bundleDir: string; folder: string; input: string }, { trimmed, pages }: { trimmed: boolean; pages: RecordedPage[] | null }): Promise<ShardRecord> {
  // Decoded once for both: a trimmed shard's format is always one shardFilters knows.
  const indexes = await shardFilters(files);
  if (trimmed && indexes) writeYearTable(files, indexes);
  const filters = indexes && countShardFilters(indexes);
  const digests = Object.fromEntries(Object.entries(await placeFiles(path.join(bundleDir, folder), files)).map(([file, digest]) => [`${folder}${file}`, digest]));
  return { folder, input, files: digests, states: fileStates(bundleDir, Object.keys(digests)), filters, pages };
}

/**
 * Writes a shard's files below `shardDir` and returns each file's SHA-256, in path order. A file
 * is read and compared only when one of its name is already there (the folders are listed, not
 * each file opened), and left as it is when its bytes are the same: the runtime, the WASM and an
 * unchanged filter file keep their date. The trim names a re-indexed shard's fragments, chunks and
 * metadata anew, so those are written without looking. On a one-article update of the
 * 10,000-article benchmark (shard 0 re-indexed: 6,090 files, 12 of them the same bytes; load
 * 12-33), placing the files took 1.3 s of a 591 s index step when every target was read first;
 * alone, three runs each in turn: reading every target 2.3-6.9 s, writing all without reading
 * 1.6-2.4 s, this (14 files read) 2.2-4.0 s. So the comparison saves rewriting 12 files, and
 * costs little only because it reads no more than these.
 */
async function placeFiles(shardDir: string, files: ShardFiles): Promise<Record<string, string>> {
  const names = [...files.keys()].sort();
  const folders = new Set(names.map((name) => path.dirname(path.join(shardDir, name))));
  const there = new Set<string>();
  for (const folder of folders) {
    await mkdir(folder, { recursive: true });
    for (const name of await readdir(folder)) there.add(path.join(folder, name));
  }
  const limit = pLimit(CONCURRENT_PAGES);
  const digests = await Promise.all(
    names.map((name) =>
      limit(async () => {
        const bytes = files.get(name)!;
        const target = path.join(shardDir, name);
        const same = there.has(target) && (await readFile(target).catch(() => undefined))?.equals(bytes);
        if (!same) await writeFile(target, bytes);
        return sha256(bytes);
      }),
    ),
  );
  return Object.fromEntries(names.map((name, i) => [name, digests[i]!]));
}

/**
 * Removes every file of the bundle but these (relative paths) and the folders left empty: a
 * shard the archive no longer has, an old shard's files its new index does not write, anything
 * else put there. So the bundle holds exactly what a full index would write.
 */
async function removeAllBut(bundleDir: string, keep: Set<string>): Promise<void> {
  for (const file of await filesBelow(bundleDir)) if (!keep.has(file)) await rm(path.join(bundleDir, file));
  // Deepest first, so a folder's emptied subfolders are gone before it is looked at.
  const folders = (await readdir(bundleDir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => path.join(entry.parentPath, entry.name));
  for (const folder of folders.sort((a, b) => b.length - a.length)) {
    if ((await readdir(folder)).length === 0) await rm(folder, { recursive: true });
  }
}

/**
 * `pages`: the shard's article pages, as files below the site. Returns the files of its index, as
 * Pagefind made them, and each page's sort values by its URL (pages whose values pageSortValues
 * cannot read are left out).
 */
async function indexShard({ siteDir, language, pages }: { siteDir: string; language: string; pages: string[] }): Promise<{ files: ShardFiles; sortValues: Map<string, Record<string, string>> }> {
  // The Pagefind process is started by the first call below and inherits this environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
  const { index, errors: createErrors } = await pagefind.createIndex({
    forceLanguage: language,
    excludeSelectors: EXCLUDE_SELECTORS,
  });
  const folder = path.join(siteDir, SHARD_PAGES_FOLDER);
  const sortValues = new Map<string, Record<string, string>>();
  try {
    failOn('creating the index', createErrors);
    if (!index) throw new SearchIndexError('Pagefind returned no index');
    if (pages.length > 0) {
      await gatherShardPages(siteDir, folder, pages, sortValues);
      const added = await index.addDirectory({ path: folder });
      failOn('indexing the shard\'s pages', added.errors);
      if (added.page_count !== pages.length) {
        throw new SearchIndexError(`Pagefind indexed ${added.page_count} of the shard's ${pages.length} article page(s)`);
      }
    }
    const { files, errors } = await index.getFiles();
    failOn('handing over the index files', errors);
    return { files: new Map(files.map((file) => [file.path, file.content])), sortValues };
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
 * Handed over with `addHTMLFile` the pages also cost more CPU: 1,639 article pages of the 10,000
 * benchmark, indexed to getFiles(), took 11.0 s in Pagefind and 1.6 s in Node (base64 and JSON
 * over its pipe) against 10.0 and 0.3 s, for the same fragments (BENCHMARKS.md, "The index
 * step's cost"); without the pages' `<head>` no less. A custom record (`addCustomRecord`) cannot
 * stand in: it carries text, meta, filters and sort keys, not the paragraph anchors results
 * link to nor the headings' weights.
 *
 * A page with Chinese or Japanese text to index is a copy instead, with that text cut into
 * words (src/search/segmented-page.ts); each page is read to know (BENCHMARKS.md, "Chinese and
 * Japanese words in the index"). Each page's sort values are read there too (page-sort-values.ts).
 */
async function gatherShardPages(siteDir: string, folder: string, pages: string[], sortValues: Map<string, Record<string, string>>): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  const limit = pLimit(CONCURRENT_PAGES);
  await Promise.all(
    pages.map((page) =>
      limit(async () => {
        const source = path.join(siteDir, page);
        const target = path.join(folder, page);
        await mkdir(path.dirname(target), { recursive: true });
        const html = await readFile(source, 'utf8');
        const values = pageSortValues(html);
        if (values) sortValues.set(pagefindUrl(page), values);
        const copy = segmentedPage(html);
        if (copy !== null) await writeFile(target, copy);
        // A file system without hard links gets copies.
        else await link(source, target).catch(() => copyFile(source, target));
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
function removeUnusedFiles(files: ShardFiles, first: boolean): void {
  for (const file of [...files.keys()]) {
    const [top, ...below] = file.split('/');
    const used = first ? !UNUSED_BUNDLE_FILES.includes(file) : below.length > 0 ? SHARD_FOLDERS.has(top!) : SHARD_FILE.test(file);
    if (!used) files.delete(file);
  }
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
