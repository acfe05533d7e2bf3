import { archiveFacetCountsFile, type ArchiveFacetCounts } from '../archive-facet-counts.ts';
import type { Facet } from '../search-state.ts';
import type { Pagefind, PagefindFilterCounts } from './pagefind-api.ts';

/**
 * Pagefind counts a facet's values only once that facet's filter file is loaded, and the files
 * grow with the archive: at 10,000 articles the six of them outweighed everything else the first
 * search fetched (BENCHMARKS.md). So a facet is loaded when the reader opens it or filters by it,
 * never just because the search page opened; and before any search (no query, filter or date
 * range) it is counted from the archive's counts file, a value and a number each
 * (src/search/archive-facet-counts.ts), instead of Pagefind's file of every article per value.
 */
export class FacetCounts {
  /** Facets whose Pagefind filter files are loaded: counted under any search. */
  private readonly loaded = new Set<Facet>();
  /** Facets' counts over the whole archive, from their counts files. */
  private readonly archive = new Map<Facet, ArchiveFacetCounts>();

  /** `bundleFolder`: the index's folder (src/search/client/pagefind-api.ts), where the counts files are. */
  constructor(
    private readonly pagefind: Pagefind,
    private readonly bundleFolder: URL,
  ) {}

  /** Whether the facet can be counted for a search; `whole`: the search has no criteria. */
  has(facet: Facet, whole: boolean): boolean {
    return this.loaded.has(facet) || (whole && this.archive.has(facet));
  }

  /** The whole archive's counts of the facets whose counts files are loaded. */
  archiveCounts(): PagefindFilterCounts {
    return Object.fromEntries(this.archive);
  }

  /** Fetches what counting these facets for a search needs; `whole`: the search has no criteria. */
  async load(facets: Iterable<Facet>, whole: boolean): Promise<void> {
    const wanted = [...new Set(facets)].filter((facet) => !this.has(facet, whole));
    if (whole) await Promise.all(wanted.map((facet) => this.loadArchiveCounts(facet)));
    // Without a counts file (an index the build could not read, src/search/write-archive-facet-counts.ts), Pagefind counts.
    const missing = wanted.filter((facet) => !this.has(facet, whole));
    if (missing.length === 0) return;
    // A preload fetches the filter files its filters name and stops before searching.
    await this.pagefind.preload(null, { filters: Object.fromEntries(missing.map((facet) => [facet, []])) });
    for (const facet of missing) this.loaded.add(facet);
  }

  private async loadArchiveCounts(facet: Facet): Promise<void> {
    try {
      const response = await fetch(new URL(archiveFacetCountsFile(facet), this.bundleFolder));
      if (response.ok) this.archive.set(facet, (await response.json()) as ArchiveFacetCounts);
    } catch {
      // Counted by Pagefind's filter file instead.
    }
  }
}
