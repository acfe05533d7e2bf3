/**
 * How a search index too large for one Pagefind run is laid out, shared by the build
 * (src/search/index-site.ts) and the search page (src/search/client/pagefind-api.ts).
 *
 * Pagefind holds a whole index in memory while it writes it, about 0.4 MiB per article page
 * (BENCHMARKS.md), so a large archive is indexed as consecutive shards in date order. Shard 0 is
 * the bundle at `pagefind/` (with Pagefind's JS and WASM); shards 1..n-1 are index-only folders
 * below it, which the search page merges in with Pagefind's `mergeIndex`. Each shard carries a
 * synthetic filter naming it, so the page can ask one shard at a time when it needs date order.
 */

/** Below the bundle folder: lists the extra shards' folders, in date order (`{"shards":["shard-1/"]}`). */
export const SHARD_LIST_FILE = 'dateline-shards.json';

/** The synthetic filter (Pagefind's `mergeFilter`) every shard sets on its pages: its number. */
export const SHARD_FILTER = 'shard';

export interface ShardList {
  /** Folders of shards 1..n-1, relative to the bundle folder; empty when the index is one shard. */
  shards: string[];
}

/**
 * Most article pages one Pagefind run indexes. Pagefind holds the whole index in memory while it
 * writes it, and its peak grows by about 0.4 MiB per page of the benchmark corpus (300-1,500
 * words): 3.95 GiB for 10,000 pages in one run, 2.13 GiB for 5,000, 1.22 GiB for 2,500, at the
 * same CPU time (BENCHMARKS.md). Past this many pages
 * the archive is indexed in shards of equal size, one after another, so the step stays near
 * 2.5 GiB (under the 3 GiB a 10,000-article build may use) however large the archive. Every shard
 * costs the reader one more index chunk per searched word, so shards are no smaller than memory
 * requires: up to 6,000 articles the index is one shard, exactly as Pagefind writes it.
 */
export const PAGES_PER_SHARD = 6000;

/**
 * Consecutive runs of at most `most` pages in date order, as equal in size as possible (10,000
 * pages at 6,000 a shard make two of 5,000). An archive with no pages still gets one, empty,
 * shard: the search page then finds an index that says so.
 */
export function inShards<T>(pages: T[], most: number): T[][] {
  const count = Math.max(1, Math.ceil(pages.length / most));
  const size = Math.ceil(pages.length / count);
  return Array.from({ length: count }, (_, i) => pages.slice(i * size, (i + 1) * size));
}

/** The folder of shard `number` (>= 1) below the bundle folder. */
export function shardFolder(number: number): string {
  return `shard-${number}/`;
}

/**
 * The index step names each shard's fragments and index chunks `<tag>_<number>` (number in base
 * 36), the tag its own (src/search/trim-shard.ts). A result's id is its fragment's name, so it
 * tells the shard the result came from.
 */
export function shardFileName(tag: string, number: number): string {
  return `${tag}_${number.toString(36)}`;
}

/** The shard tag of a result id (a fragment name, as shardFileName writes it). */
export function shardTagOf(id: string): string {
  return id.slice(0, id.lastIndexOf('_'));
}

/** The number of a result id's fragment within its shard (shardFileName's `number`). */
export function shardNumberOf(id: string): number {
  return Number.parseInt(id.slice(id.lastIndexOf('_') + 1), 36);
}
