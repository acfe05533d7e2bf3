import type { SearchState } from '../search-state.ts';
import type { PagefindResult } from './pagefind-api.ts';

/**
 * The result set of the search on screen, for views that show or export all of it, not only the
 * page of results drawn (a concordance, an export): every result matching the query, filters and
 * date range, in the order chosen. A result's `data()` fetches its fragment (the article's text,
 * metadata and paragraph hits).
 */
export interface ResultSet {
  state: SearchState;
  results: readonly PagefindResult[];
  /** The words and phrases searched for (none of those left out), to mark in what is shown. */
  terms: readonly string[];
  /** The results are not matches but what Pagefind found instead (true-matches.ts); shown as such. */
  nearestOnly: boolean;
}

let current: ResultSet | null = null;
const listeners = new Set<(set: ResultSet | null) => void>();

/** The result set on screen; null before the first search, without criteria, or for a query that cannot be read. */
export function currentResultSet(): ResultSet | null {
  return current;
}

/** Calls `listener` with every new result set; returns the function that stops it. */
export function onResultSet(listener: (set: ResultSet | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The search page, when a search has been evaluated. */
export function publishResultSet(set: ResultSet | null): void {
  current = set;
  for (const listener of listeners) listener(set);
}
