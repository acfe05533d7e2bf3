import { cutQuery, joinedText } from '../unspaced-words.ts';
import { ENTITY_NAMES_META } from '../entity-names.ts';
import { SHARD_FILTER, SHARD_LIST_FILE, type ShardList } from '../shards.ts';

/**
 * The part of Pagefind's browser API (pagefind.js in the built bundle) the search page uses.
 * The bundle is written by the build, not installed as a module, so it is loaded from its URL.
 */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

export interface PagefindWordLocation {
  weight: number;
  balanced_score: number;
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** The excerpt's words without the marks (with Pagefind's escapes). */
  plain_excerpt: string;
  locations: number[];
  weighted_locations: PagefindWordLocation[];
  anchor?: PagefindAnchor;
}

export interface PagefindFragment {
  url: string;
  /** The page's indexed text, words separated by single spaces. */
  content: string;
  excerpt: string;
  plain_excerpt: string;
  /** Positions (word numbers in `content`) of the words this search matched. */
  locations: number[];
  meta: Record<string, string | undefined>;
  // No `filters`: the index step leaves them out of fragments (src/search/trim-shard.ts).
  sub_results: PagefindSubResult[];
}

export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindResult {
  /** The page's fragment name (src/search/trim-shard.ts: `<shard tag>_<number>`). */
  id: string;
  /** How well the page matched (higher is better); its order among one search's results. */
  score: number;
  /** The metadata fields (title, names, ...) in which the search matched a word. */
  matchedMetaFields?: string[];
  data: () => Promise<PagefindFragment>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: PagefindFilterCounts;
  totalFilters: PagefindFilterCounts;
}

/** Pagefind's search options as the search page passes them (search-state.ts toPagefindQuery). */
export interface PagefindSearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** What the search page asks of the index: searches, and fetching a search's files in advance. */
export interface Pagefind {
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  /** Fetches the index and filter files a search would need, and searches nothing. */
  preload(term: string | null, options?: PagefindSearchOptions): Promise<void>;
}

/** The module pagefind.js: Pagefind's own API, with the index of its folder as the primary one. */
interface IndexOptions {
  excerptLength?: number;
  mergeFilter?: Record<string, string>;
  ranking?: { metaWeights?: Record<string, number> };
}

interface PagefindModule extends Pagefind {
  options(options: IndexOptions & { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options: IndexOptions): Promise<void>;
}

/** Words of context around each match in an excerpt. */
const EXCERPT_LENGTH = 40;

/**
 * A match in an entity's other names (src/search/entity-names.ts) counts half as much as one in
 * a metadata field Pagefind does not weight (1.0): an article that says the searched word ranks
 * above one that names the same place otherwise. The title keeps Pagefind's 5.0.
 */
const RANKING = { metaWeights: { [ENTITY_NAMES_META]: 0.5 } };

/** The loaded index, and the folder of each of its shards (the bundle's first) for files of our own beside Pagefind's. */
export interface LoadedIndex {
  pagefind: Pagefind;
  folders: URL[];
}

/**
 * Loads Pagefind and every shard of the index (src/search/shards.ts). The shards after the first
 * are merged into it: they reuse its WASM, and each query fetches one index chunk per shard.
 */
export async function loadPagefind(bundleUrl: string): Promise<LoadedIndex> {
  const [pagefind, { shards }] = await Promise.all([
    import(/* @vite-ignore */ bundleUrl) as Promise<PagefindModule>,
    fetch(new URL(SHARD_LIST_FILE, new URL(bundleUrl, location.href))).then((response) => {
      if (!response.ok) throw new Error(`the shard list of the search index did not load (${response.status})`);
      return response.json() as Promise<ShardList>;
    }),
  ]);
  // The worker is a second copy of Pagefind's engine (pagefind-worker.js, 43 KB) for keeping
  // searches off the main thread; a search in this index takes a few milliseconds, so the page
  // runs it itself and the reader downloads one copy.
  await pagefind.options({ excerptLength: EXCERPT_LENGTH, noWorker: true, mergeFilter: { [SHARD_FILTER]: '0' }, ranking: RANKING });
  await pagefind.init();
  const bundleFolder = new URL('./', new URL(bundleUrl, location.href));
  const shardFolders = shards.map((folder) => new URL(folder, bundleFolder));
  await Promise.all(
    shardFolders.map((folder, i) =>
      pagefind.mergeIndex(folder.pathname, {
        excerptLength: EXCERPT_LENGTH,
        mergeFilter: { [SHARD_FILTER]: String(i + 1) },
        ranking: RANKING,
      }),
    ),
  );
  // No filter file is loaded here: each facet's counts are fetched when the reader opens that
  // facet (src/search/client/facet-counts.ts); at 10,000 articles they are most of the bytes.
  const words = withUnspacedWords(pagefind);
  return {
    pagefind: shards.length === 0 ? words : inDateOrderAcrossShards(words, shards.length + 1),
    folders: [bundleFolder, ...shardFolders],
  };
}

/**
 * Pagefind merges the results of several indexes by score, and under a sort a result's score is
 * its rank within its own shard, so shards would interleave. The shards hold consecutive date
 * ranges (oldest first), so the archive's date order is each shard's own order, shard after
 * shard: a sorted search asks each shard in turn (by its synthetic filter, whose index files the
 * first search has already fetched) and joins their results. Counts and totals are the merged
 * search's.
 */
function inDateOrderAcrossShards(pagefind: Pagefind, shardCount: number): Pagefind {
  return {
    preload: (term, options) => pagefind.preload(term, options),
    async search(term, options = {}) {
      const merged = await pagefind.search(term, options);
      const direction = options.sort && Object.values(options.sort)[0];
      if (!merged || !direction) return merged;
      const shards = Array.from({ length: shardCount }, (_, shard) => shard);
      if (direction === 'desc') shards.reverse();
      const results: PagefindResponse['results'] = [];
      for (const shard of shards) {
        const own = await pagefind.search(term, { ...options, filters: { ...options.filters, [SHARD_FILTER]: String(shard) } });
        results.push(...(own?.results ?? []));
      }
      return { ...merged, results };
    },
  };
}

/**
 * The index holds Chinese, Japanese, Thai, Lao, Khmer and Burmese text cut into words, and
 * letters written two ways folded into one (src/search/unspaced-words.ts), so a query is cut and
 * folded the same way before Pagefind reads it (`议会推翻` -> `议会 推翻`: both words, or in a
 * phrase one after the other; `ırak` -> `irak`), and a result's title, which Pagefind takes from
 * the cut heading, is joined again. Any other query is passed on as it is, so it fetches what it did.
 */
function withUnspacedWords(pagefind: Pagefind): Pagefind {
  const asked = (term: string | null) => (term === null ? null : cutQuery(term));
  return {
    preload: (term, options) => pagefind.preload(asked(term), options),
    async search(term, options) {
      const found = await pagefind.search(asked(term), options);
      if (!found) return found;
      const results = found.results.map((result) => ({
        ...result,
        data: async () => {
          const fragment = await result.data();
          const { title } = fragment.meta;
          return title === undefined ? fragment : { ...fragment, meta: { ...fragment.meta, title: joinedText(title) } };
        },
      }));
      return { ...found, results };
    },
  };
}
