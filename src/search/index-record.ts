import pLimit from 'p-limit';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileState } from '../lib/file-state.ts';
import { forgetCacheRecord, isObject, readCacheRecord, writeCacheRecord } from '../lib/cache-record.ts';
import { cacheDir } from '../lib/project-folders.ts';
import { indexedContent } from './indexed-content.ts';
import type { RecordedPage } from './trim-shard.ts';
import type { ShardFilterCounts } from './write-archive-facet-counts.ts';

/**
 * What the last index step wrote, so the next one re-indexes only the shards whose input changed
 * (src/search/index-site.ts): each shard's folder, a digest of everything its index was made
 * from, the digest and state of every file it wrote and its filter values' counts. Kept in the cache folder
 * beside the build manifest, never in the published site.
 */
// 6: each shard's pages in canonical order (ShardRecord.pages); a record of 5 has none, so it reads as no record.
const INDEX_RECORD_VERSION = 6;

export interface ShardRecord {
  /** Below the bundle folder: '' for shard 0, `shard-n/` for the others (src/search/shards.ts). */
  folder: string;
  /** shardInput(): the shard's pages, what Pagefind reads from each and the index settings. */
  input: string;
  /** Each file the shard wrote, relative to the bundle folder, with its SHA-256. */
  files: Record<string, string>;
  /** Each of those files' fileState (src/lib/file-state.ts) when it was written or last found intact (keptShard). */
  states: Record<string, string>;
  /**
   * countShardFilters() of its files, from which every index step writes the archive's facet
   * counts without reading the shard again; null for files in a format that code does not know.
   */
  filters: ShardFilterCounts | null;
  /**
   * Its pages in page order, when its files are in canonical form (src/search/shard-index.ts):
   * what a patch needs of each besides its files. Null when they are not.
   */
  pages: RecordedPage[] | null;
}

/**
 * A page's built bytes and what Pagefind reads from it (src/search/indexed-content.ts), each as a
 * SHA-256, and the page file's state (src/lib/file-state.ts) when it was read.
 */
export type PageDigests = [bytes: string, indexed: string, state: string];

export interface IndexRecord {
  /** The index step's settings (index-site.ts), under which `pages` were read. */
  settings: string;
  /** Each article page's digests, so a page whose bytes are unchanged is not parsed again. */
  pages: Record<string, PageDigests>;
  shards: ShardRecord[];
}

const INDEX_RECORD_NAME = 'dateline-search-index.json';

/** The last index step's record, or undefined when there is none it can trust (then every shard is indexed). */
export async function readIndexRecord(): Promise<IndexRecord | undefined> {
  return readCacheRecord(cacheDir(), INDEX_RECORD_NAME, INDEX_RECORD_VERSION, (value) =>
    isObject(value) && Array.isArray(value.shards) && isObject(value.pages) ? (value as unknown as IndexRecord) : undefined,
  );
}

export async function writeIndexRecord(record: IndexRecord): Promise<void> {
  await writeCacheRecord(cacheDir(), INDEX_RECORD_NAME, INDEX_RECORD_VERSION, record);
}

/** Removed before an index step changes anything: a step that dies half-way leaves no record to trust. */
export async function forgetIndexRecord(): Promise<void> {
  await forgetCacheRecord(cacheDir(), INDEX_RECORD_NAME);
}

/** Files read and hashed at once. */
const CONCURRENT_FILES = 16;

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Each page's digests (PageDigests), against those `known` (the last index step's, under the same
 * settings). A page whose file state is the known one is not read: Astro leaves the pages it
 * skips as they are, and reading and hashing every article page was the part of an update's
 * index step that grew with the archive (10,000 pages: 0.6-0.8 s of CPU, BENCHMARKS.md). A page
 * read is parsed for what Pagefind reads only when its bytes differ from the known ones: parsing
 * costs milliseconds a page, hashing microseconds, and a new article changes a few hundred pages.
 * The state is taken before the page is read, so a write in between shows in the next step.
 * (The pages of a shard just indexed are read once more by the next step: linking them for
 * Pagefind, index-site.ts, moves their change time. That is one shard, however large the archive.)
 */
export async function pageDigests(siteDir: string, pages: string[], excludeSelectors: readonly string[], known: Readonly<Record<string, PageDigests>>): Promise<PageDigests[]> {
  const limit = pLimit(CONCURRENT_FILES);
  return Promise.all(
    pages.map((page) => {
      const file = path.join(siteDir, page);
      // Stated one after the other; only a page that must be read waits for a turn to read.
      const state = fileState(statSync(file, { bigint: true }));
      const last = known[page];
      if (last?.[2] === state) return last;
      return limit(async (): Promise<PageDigests> => {
        const bytes = await readFile(file);
        const digest = sha256(bytes);
        return [digest, last?.[0] === digest ? last[1] : sha256(indexedContent(bytes.toString('utf8'), excludeSelectors)), state];
      });
    }),
  );
}

/**
 * What a shard's index is made from, as one digest: the settings of the index step (Pagefind's
 * version, the options it runs with, the trim's code) and each page's site path and what
 * Pagefind reads from it (src/search/indexed-content.ts), which leaves out the links to other
 * articles that a new article changes on pages of every shard. So equal digests mean Pagefind is
 * given the same input, and writes the same files (it is deterministic: tests/reliability).
 */
export function shardInput(settings: string, pages: string[], digests: PageDigests[]): string {
  return sha256(JSON.stringify([settings, pages.map((page, i) => [page, digests[i]![1]])]));
}

/** Every file below `dir`, as '/'-separated paths relative to it. */
export async function filesBelow(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** Every file below `dir` (filesBelow) with its SHA-256, in path order. */
export async function hashFiles(dir: string): Promise<Record<string, string>> {
  const limit = pLimit(CONCURRENT_FILES);
  const files = (await filesBelow(dir)).sort();
  const digests = await Promise.all(files.map((file) => limit(async () => sha256(await readFile(path.join(dir, file))))));
  return Object.fromEntries(files.map((file, i) => [file, digests[i]!]));
}

/**
 * The fileState of each of `files`, relative to `dir`, one stat after the other: for the 13,000
 * files of a 10,000-article index, 60-90 ms of CPU, against 250-280 ms through promises.
 */
export function fileStates(dir: string, files: string[]): Record<string, string> {
  return Object.fromEntries(files.map((file) => [file, fileState(statSync(path.join(dir, file), { bigint: true }))]));
}

/**
 * The shard as recorded, with its files' states now, when every file it wrote is still in the
 * bundle with the bytes it wrote; undefined when one is not. A file is read and hashed again only
 * when its state differs from the recorded one (src/lib/file-state.ts: deleted, truncated,
 * rewritten, replaced by another build's file, touched): hashing every file of every kept shard
 * was 17.2 s of a no-change index step at 10,000 articles under load (BENCHMARKS.md). A file only
 * touched is read, found the same, and kept with its new state. The state is taken before the
 * file is read, so a change while it is read shows in the next step's check.
 */
export async function keptShard(bundleDir: string, shard: ShardRecord): Promise<ShardRecord | undefined> {
  let states: Record<string, string>;
  try {
    states = fileStates(bundleDir, Object.keys(shard.files));
  } catch {
    return undefined;
  }
  const limit = pLimit(CONCURRENT_FILES);
  const changed = Object.keys(states).filter((file) => states[file] !== shard.states[file]);
  const same = await Promise.all(
    changed.map((file) =>
      limit(async () => {
        const bytes = await readFile(path.join(bundleDir, file)).catch(() => undefined);
        return bytes !== undefined && sha256(bytes) === shard.files[file];
      }),
    ),
  );
  return same.every(Boolean) ? { ...shard, states } : undefined;
}
