import { cborOf, entryOf, metaName, type FilterIndex, type Meta, type ShardFiles } from './pagefind-files.ts';
import type { Facet } from './search-state.ts';
import { shardTagOf } from './shards.ts';
import { YEAR_TABLE_FILE, yearTable } from './year-table.ts';

/**
 * Adds a trimmed shard's year table (src/search/year-table.ts) to its files, from its `year`
 * filter file, which lists each year's pages by their number in the metadata: the number the
 * trim gave each page's fragment (src/search/trim-shard.ts), so the table is in fragment order.
 */
const YEAR: Facet = 'year';

export async function writeYearTable(files: ShardFiles): Promise<void> {
  const indexes: Record<string, (number | null)[]> = {};
  for (const { hash } of Object.values(entryOf(files).languages)) {
    const [, pages, , filters] = await cborOf<Meta>(files, metaName(hash));
    const years = pages.map((): number | null => null);
    const file = filters.find(([filter]) => filter === YEAR)?.[1];
    if (file) {
      const [, values] = await cborOf<FilterIndex>(files, `filter/${file}.pf_filter`);
      for (const [year, numbers] of values) for (const number of numbers) years[number] = Number(year);
    }
    // The trim names a shard's fragments `<tag>_<number>`: every page of one index shares the tag.
    if (pages[0]) indexes[shardTagOf(pages[0][0])] = years;
  }
  files.set(YEAR_TABLE_FILE, Buffer.from(JSON.stringify(yearTable(indexes))));
}
