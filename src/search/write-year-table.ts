import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { metaFile, readCbor, readEntry, type FilterIndex, type Meta } from './pagefind-files.ts';
import type { Facet } from './search-state.ts';
import { shardTagOf } from './shards.ts';
import { YEAR_TABLE_FILE, yearTable } from './year-table.ts';

/**
 * Writes a trimmed shard's year table (src/search/year-table.ts) from its `year` filter file,
 * which lists each year's pages by their number in the metadata: the number the trim gave each
 * page's fragment (src/search/trim-shard.ts), so the table is in fragment order.
 */
const YEAR: Facet = 'year';

export async function writeYearTable(dir: string): Promise<void> {
  const entry = await readEntry(dir);
  const indexes: Record<string, (number | null)[]> = {};
  for (const { hash } of Object.values(entry.languages)) {
    const [, pages, , filters] = await readCbor<Meta>(metaFile(dir, hash));
    const years = pages.map((): number | null => null);
    const file = filters.find(([filter]) => filter === YEAR)?.[1];
    if (file) {
      const [, values] = await readCbor<FilterIndex>(path.join(dir, 'filter', `${file}.pf_filter`));
      for (const [year, numbers] of values) for (const number of numbers) years[number] = Number(year);
    }
    // The trim names a shard's fragments `<tag>_<number>`: every page of one index shares the tag.
    if (pages[0]) indexes[shardTagOf(pages[0][0])] = years;
  }
  await writeFile(path.join(dir, YEAR_TABLE_FILE), JSON.stringify(yearTable(indexes)));
}
