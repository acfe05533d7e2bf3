/**
 * The local year of every page of a shard, by fragment number: what the search page's chart of
 * results per year counts by (src/search/client/period-counts.ts). Pagefind holds the year only
 * in its `year` filter file, which lists every page's number under its year: about 2 bytes a
 * page compressed (10.6 KB per 5,000-page shard), which the first search fetched for the chart
 * alone. One character per page, in page order, costs at most what a year carries (about 5 bits
 * a page for 30 years), and Pagefind numbers the benchmark's pages nearly in date order, so a
 * 5,000-page shard's table is 16 runs of one year, 131 bytes compressed (BENCHMARKS.md). Written
 * by the index step beside each trimmed shard (src/search/write-year-table.ts); an untrimmed
 * shard has none, and its chart counts by the filter file instead.
 */

/** In each shard's folder, beside Pagefind's entry file. */
export const YEAR_TABLE_FILE = 'dateline-years.json';

export interface YearTable {
  /** The year a code of 0 stands for. */
  first: number;
  /** Per index of the shard (its tag, src/search/shards.ts): one character per page, in fragment number order. */
  pages: Record<string, string>;
}

/** Code point of year `first`; later years count up from it ("0", "1", ... then beyond ASCII). */
const ZERO = 0x30;
/** A page without a year (no article page lacks one; kept apart rather than miscounted). */
const NONE = ' ';

/** The table of a shard's indexes: each index's pages' years (null where a page has none), in page order. */
export function yearTable(indexes: Record<string, (number | null)[]>): YearTable {
  const first = Object.values(indexes)
    .flat()
    .reduce<number | null>((least, year) => (year === null || (least !== null && least <= year) ? least : year), null) ?? 0;
  const pages = Object.fromEntries(
    Object.entries(indexes).map(([tag, list]) => [tag, list.map((year) => (year === null ? NONE : String.fromCodePoint(ZERO + year - first))).join('')]),
  );
  return { first, pages };
}

/** The year of page `number` of index `tag`, or null when the table does not have it. */
export function yearOf(table: YearTable, tag: string, number: number): number | null {
  const code = table.pages[tag]?.charCodeAt(number);
  return code === undefined || Number.isNaN(code) || code < ZERO ? null : table.first + code - ZERO;
}
