import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ARCHIVE_FACET_COUNTS_FOLDER, archiveFacetCountsFile, type ArchiveFacetCounts } from './archive-facet-counts.ts';
import type { IndexFilters } from './pagefind-files.ts';
import { FACETS } from './search-state.ts';

/**
 * Each facet's counts over the whole archive (src/search/archive-facet-counts.ts), in two steps:
 * a shard's filter values are counted from its filter files, decoded in memory when it is
 * indexed (shardFilters), and kept in the index record with the shard
 * (src/search/index-record.ts); every index step sums the shards' counts, so a kept shard's
 * files are never read again. A value's count is the number of pages its filter file lists,
 * summed over the shards, which is what Pagefind counts. An index in a format this code does not
 * know (another Pagefind than 1.6) gets no counts files, and the search page counts with
 * Pagefind's filter files instead.
 */

/**
 * What one shard's filter files count: each filter's values, each with its number of pages.
 * Every filter, not only the facets (src/search/search-state.ts), so a change to which filters
 * are facets needs no shard indexed again.
 */
export type ShardFilterCounts = Record<string, Record<string, number>>;

/** Counts a shard's filter values from its indexes' filters (shardFilters). */
export function countShardFilters(indexes: readonly IndexFilters[]): ShardFilterCounts {
  const counts: Record<string, Map<string, number>> = {};
  for (const { filters } of indexes) {
    for (const [filter, pages] of filters) {
      const values = (counts[filter] ??= new Map());
      for (const [value, numbers] of pages) values.set(value, (values.get(value) ?? 0) + numbers.length);
    }
  }
  return Object.fromEntries(Object.entries(counts).map(([filter, values]) => [filter, Object.fromEntries(values)]));
}

/**
 * Writes each facet's file below `bundleDir` from the counts of every shard of the index
 * (countShardFilters), whether this step indexed the shard or kept it: so an index step that kept
 * some shards writes the same bytes as one that indexed them all.
 */
export async function writeArchiveFacetCounts(bundleDir: string, shards: readonly (ShardFilterCounts | null)[]): Promise<void> {
  const folder = path.join(bundleDir, ARCHIVE_FACET_COUNTS_FOLDER);
  await rm(folder, { recursive: true, force: true });
  const known = shards.filter((shard) => shard !== null);
  if (known.length < shards.length) return;
  const counts = new Map(FACETS.map((facet) => [facet, new Map<string, number>()]));
  for (const shard of known) {
    for (const [facet, values] of counts) {
      for (const [value, count] of Object.entries(shard[facet] ?? {})) values.set(value, (values.get(value) ?? 0) + count);
    }
  }
  await mkdir(folder, { recursive: true });
  for (const [facet, values] of counts) {
    // Sorted, so the bytes depend on the counts alone, not on the order shards were counted in.
    const file: ArchiveFacetCounts = Object.fromEntries([...values].filter(([, count]) => count > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await writeFile(path.join(bundleDir, archiveFacetCountsFile(facet)), JSON.stringify(file));
  }
}
