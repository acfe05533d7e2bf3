import { shardNumberOf, shardTagOf } from '../shards.ts';
import { YEAR_TABLE_FILE, yearOf, type YearTable } from '../year-table.ts';
import type { FilterSets } from './filter-sets.ts';
import type { PagefindResult } from './pagefind-api.ts';

/** The date filters the chart counts a result set by (src/search/client/timeline.ts). */
export type PeriodFilter = 'year' | 'month';

/**
 * How many of a result set fall in each year or month, for the chart. Years come from the
 * shards' year tables (src/search/year-table.ts), fetched once, a few kilobytes a shard; months,
 * which the chart needs only for results within two years, and years in an index without
 * tables (untrimmed), from Pagefind's filter files (src/search/client/filter-sets.ts).
 */
export class PeriodCounts {
  private tables: Promise<YearTable[] | null> | undefined;

  /** `folders`: the URL of every shard's folder (src/search/client/pagefind-api.ts). */
  constructor(
    private readonly sets: FilterSets,
    private readonly folders: readonly URL[],
  ) {}

  async count(results: readonly PagefindResult[], filter: PeriodFilter, values: readonly string[]): Promise<number[]> {
    const tables = filter === 'year' ? await this.yearTables() : null;
    return (tables && countByTable(tables, results, values)) ?? this.sets.count(results, filter, values);
  }

  private yearTables(): Promise<YearTable[] | null> {
    this.tables ??= Promise.all(
      this.folders.map(async (folder) => {
        const response = await fetch(new URL(YEAR_TABLE_FILE, folder));
        if (!response.ok) throw new Error(`${YEAR_TABLE_FILE} of ${folder.pathname} did not load (${response.status})`);
        return (await response.json()) as YearTable;
      }),
    ).catch(() => null);
    return this.tables;
  }
}

/** The counts per year in `values`, or null when a result's page is in no table. */
function countByTable(tables: readonly YearTable[], results: readonly PagefindResult[], values: readonly string[]): number[] | null {
  const slots = new Map(values.map((value, i) => [Number(value), i]));
  const counts = values.map(() => 0);
  for (const result of results) {
    const tag = shardTagOf(result.id);
    const table = tables.find((candidate) => tag in candidate.pages);
    const year = table ? yearOf(table, tag, shardNumberOf(result.id)) : null;
    if (year === null) return null;
    const slot = slots.get(year);
    if (slot !== undefined) counts[slot]! += 1;
  }
  return counts;
}
