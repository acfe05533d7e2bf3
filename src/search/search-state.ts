import { coverFilter, coverRange, type ArchiveYears } from './date-range.ts';

/**
 * A search is its URL: `/search/?q=bibilov&source=civil-georgia&sort=newest`. Reading and writing
 * go through this one module, so a reload, a shared link or the Back button restores exactly the
 * search that was on screen. Shared by the search page (browser) and its tests (Node).
 */

import { ENTITY_FACETS, type EntityFacet } from '../lib/entity-kinds.ts';

/** The facets the index carries (data-pagefind-filter names), in the order the panel shows them. */
export type Facet = 'source' | 'year' | 'author' | EntityFacet;
export const FACETS: readonly Facet[] = ['source', 'year', 'author', ...ENTITY_FACETS];

export const SORT_ORDERS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** The Pagefind sort key (data-pagefind-sort="date"): an ISO instant, so text order is time order. */
export const SORT_KEY = 'date';

export interface SearchState {
  query: string;
  /** Selected values per facet; a facet absent from the map has nothing selected. */
  filters: Partial<Record<Facet, string[]>>;
  sort: SortOrder;
  /** The date range's bounds as typed (a year, a month or a day; src/search/date-range.ts), when set. */
  from?: string;
  to?: string;
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const values = unique(params.getAll(facet).map((value) => value.trim()).filter(Boolean));
    if (values.length > 0) filters[facet] = values;
  }
  const sort = params.get('sort');
  const from = (params.get('from') ?? '').trim();
  const to = (params.get('to') ?? '').trim();
  return {
    query: (params.get('q') ?? '').trim(),
    filters,
    sort: SORT_ORDERS.includes(sort as SortOrder) ? (sort as SortOrder) : 'relevance',
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

/** The canonical query string of a search: fixed key order, no empty keys, relevance implied. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const facet of FACETS) {
    for (const value of state.filters[facet] ?? []) params.append(facet, value);
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || Object.keys(state.filters).length > 0 || Boolean(state.from || state.to);
}

export interface PagefindQuery {
  /** null asks Pagefind for every page that passes the filters. */
  term: string | null;
  options: { filters: Record<string, { any: string[] } | string[] | Record<string, { any: string[] }>[]>; sort?: Record<string, 'asc' | 'desc'> };
}

/**
 * Pagefind's arguments for a search. An article has one source and one year, so several chosen
 * sources or years mean "any of them"; people, places, organisations and authors are many per
 * article, so choosing two narrows to articles with both. A date range (readable, see
 * src/search/date-range.ts rangeProblem) is one more condition; `years` are the archive's, which
 * an open-ended range reaches to.
 */
export function toPagefindQuery(state: SearchState, years?: ArchiveYears): PagefindQuery {
  const filters: PagefindQuery['options']['filters'] = {};
  for (const facet of FACETS) {
    const values = state.filters[facet];
    if (!values) continue;
    filters[facet] = SINGLE_VALUED.has(facet) ? { any: values } : values;
  }
  const cover = years && coverRange(state.from ?? '', state.to ?? '', years);
  if (cover) filters.any = coverFilter(cover).any;
  const options: PagefindQuery['options'] = { filters };
  if (state.sort !== 'relevance') options.sort = { [SORT_KEY]: state.sort === 'newest' ? 'desc' : 'asc' };
  return { term: state.query || null, options };
}

const SINGLE_VALUED = new Set<Facet>(['source', 'year']);

/**
 * The searches whose filter counts a facet panel needs besides the main one. Choosing a second
 * source or year widens the results, so their counts must not be narrowed by their own choice:
 * each such facet with a choice is counted in the same search without it.
 */
export function widenedCountQueries(state: SearchState, years?: ArchiveYears): { facet: Facet; query: PagefindQuery }[] {
  return FACETS.filter((facet) => SINGLE_VALUED.has(facet) && state.filters[facet]).map((facet) => {
    const filters = { ...state.filters };
    delete filters[facet];
    return { facet, query: toPagefindQuery({ ...state, filters }, years) };
  });
}

/**
 * The words and quoted phrases of a query, for highlighting them on the article page:
 * `"South Ossetian" Bibilov` -> ["South Ossetian", "Bibilov"]. Pagefind's own highlight link
 * splits at every space and keeps the quote marks, so a phrase would never be marked.
 */
export function highlightTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const words = (match[1] ?? match[2] ?? '').match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu);
    if (!words) continue;
    if (match[1] !== undefined) terms.push(words.join(' '));
    else terms.push(...words);
  }
  return unique(terms);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
