import type { IndexFilters, ShardFiles } from './pagefind-files.ts';
import type { Facet } from './search-state.ts';
import { shardTagOf } from './shards.ts';
import { YEAR_TABLE_FILE, yearTable } from './year-table.ts';

/**
 * Adds a trimmed shard's year table (src/search/year-table.ts) to its files, from its `year`
 * filter (shardFilters), which lists each year's pages by their number in the metadata: the
 * number the trim gave each page's fragment (src/search/trim-shard.ts), so the table is in
 * fragment order.
 */
const YEAR: Facet = 'year';

export function writeYearTable(files: ShardFiles, indexes: readonly IndexFilters[]): void {
  const tables: Record<string, (number | null)[]> = {};
  for (const { pages, filters } of indexes) {
    const years = pages.map((): number | null => null);
    for (const [year, numbers] of filters.get(YEAR) ?? []) for (const number of numbers) years[number] = Number(year);
    // The trim names a shard's fragments `<tag>_<number>`: every page of one index shares the tag.
    if (pages[0]) tables[shardTagOf(pages[0][0])] = years;
  }
  files.set(YEAR_TABLE_FILE, Buffer.from(JSON.stringify(yearTable(tables))));
}
