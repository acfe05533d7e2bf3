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
 * the archive is indexed in shards (inShards), one after another, so the step stays near
 * 2.5 GiB (under the 3 GiB a 10,000-article build may use) however large the archive. Every shard
 * costs the reader one more index chunk per searched word, so shards are no smaller than memory
 * requires (but for the newest pages of a large archive, inShards): up to 6,000 articles the index
 * is one shard, exactly as Pagefind writes it.
 */
export const PAGES_PER_SHARD = 6000;

/**
 * Full shards (of 3/4 to all of `most` pages) an archive holds before its newest pages are split
 * in two (inShards). Each shard costs a search one more index chunk per word, so the split is
 * made only where one shard more is a small part of what a query loads: with two shards (10,000
 * articles) a third cost a later query +6.1 KB (12 %) and the first search +21.9 KB (9 %),
 * breaking issue 17's limits (BENCHMARKS.md, "A small newest shard"); with four full shards and
 * more (24,000 articles on), one more shard is at most a fifth more index chunks a query.
 */
export const FULL_SHARDS_BEFORE_SPLIT = 4;

/** Runs a full shard is cut into for the newest pages (inShards): today's articles re-index at most `most` / RUNS_PER_SHARD pages. */
export const RUNS_PER_SHARD = 4;

/**
 * Consecutive shards of pages in date order (`instant`: a page's published time in
 * milliseconds, `pages` sorted by it), none over `most` pages, cut where a change to the archive
 * rarely moves the cut, so an incremental build re-indexes the shards that changed and reuses the
 * others byte for byte (src/search/index-site.ts). The layout is a function of the pages alone,
 * never of earlier builds, so an incremental index equals a full one.
 *
 * The archive is cut into full shards of 3/4 to all of `most` pages from the oldest on
 * (inRuns); what is left after the last full shard, the newest pages, is one shard. Pagefind
 * indexes a shard whole, so today's articles re-index all of it, up to `most` pages. Once the
 * archive holds FULL_SHARDS_BEFORE_SPLIT full shards, the newest pages are cut again into runs of
 * at most `most` / RUNS_PER_SHARD: the newest run is a shard of its own, and the closed runs
 * before it one more. A run's cut never moves when pages come after it, so an article of today
 * re-indexes the newest run only, until that run closes (every 3/4 to all of a run's pages),
 * when the shard of closed runs is indexed once more; when the newest pages outgrow `most`, a
 * full shard is cut from them and their runs start again after it. The price: one shard more.
 * An archive with no pages still gets one, empty, shard: the search page then finds an index
 * that says so.
 */
export function inShards<T>(pages: T[], most: number, instant: (page: T) => number): T[][] {
  const shards = inRuns(pages, most, instant);
  if (shards.length - 1 < FULL_SHARDS_BEFORE_SPLIT) return shards;
  const runs = inRuns(shards.pop()!, Math.max(1, Math.floor(most / RUNS_PER_SHARD)), instant);
  const newest = runs.pop()!;
  if (runs.length > 0) shards.push(runs.flat());
  shards.push(newest);
  return shards;
}

/**
 * Consecutive runs of at most `most` pages in date order. From the oldest page on, each run takes
 * between 3/4 of `most` and `most` pages, cut at the roundest instant in that window (the one with
 * the most trailing zero bits in milliseconds); the newest run takes what is left. A run's cut
 * depends only on its own start and pages, so a change to a run never moves an older run's cut,
 * and moves its own only when the window passes over it (a page at its window's edge). New pages
 * of today go into the newest run, which is cut when it outgrows `most`. Shards of 4,500 to 6,000
 * pages instead of the fewest possible: 10,000 pages stay in two, 100,000 take about 19 instead
 * of 17.
 */
function inRuns<T>(pages: T[], most: number, instant: (page: T) => number): T[][] {
  const runs: T[][] = [];
  let start = 0;
  while (pages.length - start > most) {
    const size = cutSize(pages.slice(start, start + most + 1).map(instant), Math.ceil((most * 3) / 4), most);
    runs.push(pages.slice(start, start + size));
    start += size;
  }
  runs.push(pages.slice(start));
  return runs;
}

/**
 * How many of these instants (sorted; more than `largest` of them) the run takes, between
 * `fewest` and `largest`: those before the roundest instant after the `fewest`th and no later
 * than the one after the `largest`th. When all of those are one instant, `largest` (ties are
 * ordered by path).
 */
function cutSize(instants: number[], fewest: number, largest: number): number {
  const cut = roundestBetween(instants[fewest - 1]!, instants[largest]!);
  if (cut === undefined) return largest;
  return instants.findIndex((time, i) => i >= fewest && time >= cut);
}

/** Far enough below the earliest date JavaScript has (-8.64e15 ms) to make every instant positive. */
const INSTANT_OFFSET = 2n ** 60n;

/** The instant in (after, upTo] with the most trailing zero bits (there is one), or undefined when empty. */
function roundestBetween(after: number, upTo: number): number | undefined {
  if (upTo <= after) return undefined;
  const low = BigInt(after) + INSTANT_OFFSET;
  const high = BigInt(upTo) + INSTANT_OFFSET;
  for (let step = INSTANT_OFFSET; ; step /= 2n) {
    // The first multiple of `step` after `low`.
    const multiple = (low / step + 1n) * step;
    if (multiple <= high) return Number(multiple - INSTANT_OFFSET);
  }
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
