import type { Facet } from './search-state.ts';

/**
 * How many articles of the whole archive each facet value has: what a facet lists before the
 * reader searches or filters. Pagefind counts a value only from its filter file, which names
 * every article of the value in every shard, so it grows with the archive (about 23 B an article
 * for the six facets; 2.3 MB at 100,000 articles) where these counts grow with the values alone.
 * Written by the index step from each shard's filter files, counted when it indexes the shard
 * (src/search/write-archive-facet-counts.ts), one file per facet, fetched by the search page
 * when a facet opens without a search (src/search/client/facet-counts.ts); once there is a
 * query, a filter or a date range, the counts are Pagefind's own.
 */

/** value -> number of articles, for the values some article has. */
export type ArchiveFacetCounts = Record<string, number>;

/** Below the bundle folder: `pagefind/dateline-facets/person.json`. */
export const ARCHIVE_FACET_COUNTS_FOLDER = 'dateline-facets';

/** A facet's file, relative to the bundle folder. */
export function archiveFacetCountsFile(facet: Facet): string {
  return `${ARCHIVE_FACET_COUNTS_FOLDER}/${facet}.json`;
}
