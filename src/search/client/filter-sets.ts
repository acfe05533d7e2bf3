import type { Pagefind, PagefindResult } from './pagefind-api.ts';

/**
 * The pages holding one filter value (a year, a month, a place), from Pagefind's filter index:
 * a search for no words under that one filter. Each filter's file is fetched once, by the first
 * such search, and the sets are kept, so counting a result set by year, month or any facet costs
 * no request per value. Used where a result set is not one Pagefind search, whose own filter
 * counts would do: a boolean query's, and one whose fallback matches are set aside
 * (src/search/client/true-matches.ts).
 */
export class FilterSets {
  private readonly sets = new Map<string, Promise<Set<string>>>();

  constructor(private readonly pagefind: Pagefind) {}

  private pagesWith(filter: string, value: string): Promise<Set<string>> {
    const key = `${filter}\u0000${value}`;
    let found = this.sets.get(key);
    if (!found) {
      found = this.pagefind.search(null, { filters: { [filter]: [value] } }).then((response) => new Set((response?.results ?? []).map((result) => result.id)));
      this.sets.set(key, found);
    }
    return found;
  }

  /** How many of `results` carry each of `values` of `filter`, in the order of `values`. */
  async count(results: readonly PagefindResult[], filter: string, values: readonly string[]): Promise<number[]> {
    const counts: number[] = [];
    // One after another: each is a search, and Pagefind runs one search at a time anyway.
    for (const value of values) {
      const pages = await this.pagesWith(filter, value);
      counts.push(results.reduce((count, result) => count + Number(pages.has(result.id)), 0));
    }
    return counts;
  }
}
