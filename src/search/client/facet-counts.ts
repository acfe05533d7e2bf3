import type { Facet } from '../search-state.ts';
import type { Pagefind } from './pagefind-api.ts';

/**
 * Pagefind counts a facet's values only once that facet's filter file is loaded, and the files
 * grow with the archive: at 10,000 articles the six of them outweighed everything else the first
 * search fetched (BENCHMARKS.md). So a facet is loaded when the reader opens it or filters by it,
 * never just because the search page opened.
 */
export class FacetCounts {
  private readonly loaded = new Set<Facet>();

  constructor(private readonly pagefind: Pagefind) {}

  has(facet: Facet): boolean {
    return this.loaded.has(facet);
  }

  async load(facets: Iterable<Facet>): Promise<void> {
    const missing = [...new Set(facets)].filter((facet) => !this.loaded.has(facet));
    if (missing.length === 0) return;
    // A preload fetches the filter files its filters name and stops before searching.
    await this.pagefind.preload(null, { filters: Object.fromEntries(missing.map((facet) => [facet, []])) });
    for (const facet of missing) this.loaded.add(facet);
  }
}
