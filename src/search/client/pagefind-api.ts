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
  options(options: { excerptLength?: number; baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: object): Promise<PagefindResponse | null>;
  filters(): Promise<PagefindFilterCounts>;
}

export async function loadPagefind(bundleUrl: string): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ bundleUrl)) as Pagefind;
  await pagefind.options({ excerptLength: 40 });
  await pagefind.init();
  // Searches report filter counts only once the filter index is loaded, and this loads it.
  await pagefind.filters();
  return pagefind;
}
