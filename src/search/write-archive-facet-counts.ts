import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ARCHIVE_FACET_COUNTS_FOLDER, archiveFacetCountsFile, type ArchiveFacetCounts } from './archive-facet-counts.ts';
import { metaFile, PAGEFIND_FORMAT, readCbor, readEntry, type FilterIndex, type Meta } from './pagefind-files.ts';
import { FACETS } from './search-state.ts';
import { SHARD_LIST_FILE, type ShardList } from './shards.ts';

/**
 * Writes each facet's counts over the whole archive (src/search/archive-facet-counts.ts) from the
 * finished index in `bundleDir`: a value's count is the number of pages its filter file lists,
 * summed over the shards, which is what Pagefind counts. Read from the files as they stand after
 * every shard is written, so an index step that kept some shards writes the same bytes as one
 * that indexed them all. An index in a format this code does not know (another Pagefind than
 * 1.6) gets no counts files, and the search page counts with Pagefind's filter files instead.
 */
export async function writeArchiveFacetCounts(bundleDir: string): Promise<void> {
  const folder = path.join(bundleDir, ARCHIVE_FACET_COUNTS_FOLDER);
  await rm(folder, { recursive: true, force: true });
  const { shards } = JSON.parse(await readFile(path.join(bundleDir, SHARD_LIST_FILE), 'utf8')) as ShardList;
  const counts = new Map(FACETS.map((facet) => [facet, new Map<string, number>()]));
  for (const shard of ['', ...shards]) {
    const dir = path.join(bundleDir, shard);
    const entry = await readEntry(dir);
    if (!PAGEFIND_FORMAT.test(entry.version)) return;
    for (const { hash } of Object.values(entry.languages)) {
      const [, , , filters] = await readCbor<Meta>(metaFile(dir, hash));
      for (const [filter, file] of filters) {
        const values = counts.get(filter as (typeof FACETS)[number]);
        if (!values) continue;
        const [, pages] = await readCbor<FilterIndex>(path.join(dir, 'filter', `${file}.pf_filter`));
        for (const [value, numbers] of pages) values.set(value, (values.get(value) ?? 0) + numbers.length);
      }
    }
  }
  await mkdir(folder, { recursive: true });
  for (const [facet, values] of counts) {
    // Sorted, so the bytes depend on the counts alone, not on the order shards were read in.
    const file: ArchiveFacetCounts = Object.fromEntries([...values].filter(([, count]) => count > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    await writeFile(path.join(bundleDir, archiveFacetCountsFile(facet)), JSON.stringify(file));
  }
}
