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
  locations: number[];
  weighted_locations: PagefindWordLocation[];
  anchor?: PagefindAnchor;
}

export interface PagefindFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export type PagefindFilterCounts = Record<string, Record<string, number>>;

export interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindFragment> }[];
  unfilteredResultCount: number;
  filters: PagefindFilterCounts;
  totalFilters: PagefindFilterCounts;
}

export interface Pagefind {
  options(options: { excerptLength?: number; baseUrl?: string; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: object): Promise<PagefindResponse | null>;
  /** Fetches the index and filter files a search would need, and searches nothing. */
  preload(term: string | null, options?: object): Promise<void>;
}

export async function loadPagefind(bundleUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
  // The worker is a second copy of Pagefind's engine (pagefind-worker.js, 43 KB) for keeping
  // searches off the main thread; a search in this index takes a few milliseconds, so the page
  // runs it itself and the reader downloads one copy.
  await pagefind.options({ excerptLength: 40, noWorker: true });
  await pagefind.init();
  // No filter file is loaded here: each facet's counts are fetched when the reader opens that
  // facet (src/search/client/facet-counts.ts); at 10,000 articles they are most of the bytes.
  return pagefind;
}
