import { describe, expect, it } from 'vitest';
import {
  highlightTerms,
  readSearchState,
  toPagefindQuery,
  widenedCountQueries,
  writeSearchState,
  type SearchState,
} from '../../src/search/search-state.ts';

const read = (query: string) => readSearchState(new URLSearchParams(query));

describe('search state in the URL', () => {
  it('reads the query, every facet and the sort order', () => {
    expect(read('q=bibilov&source=civil-georgia&person=anatoly-bibilov&person=vladimir-putin&sort=newest')).toEqual({
      query: 'bibilov',
      filters: { source: ['civil-georgia'], person: ['anatoly-bibilov', 'vladimir-putin'] },
      sort: 'newest',
    });
  });

  it('falls back to relevance for an unknown sort and ignores unknown keys and blank values', () => {
    expect(read('q=%20x%20&sort=random&colour=red&source=&year=2017&year=2017')).toEqual({
      query: 'x',
      filters: { year: ['2017'] },
      sort: 'relevance',
    });
  });

  it('writes a canonical query string that reads back to the same state', () => {
    const state: SearchState = {
      query: '"South Ossetian" leader',
      filters: { year: ['2019'], source: ['the-messenger', 'civil-georgia'] },
      sort: 'oldest',
    };
    const written = writeSearchState(state).toString();
    // Facets in panel order (source before year), whatever order they were chosen in.
    expect(written).toBe('q=%22South+Ossetian%22+leader&source=the-messenger&source=civil-georgia&year=2019&sort=oldest');
    expect(readSearchState(new URLSearchParams(written))).toEqual(state);
  });

  it('leaves relevance, the default order, out of the URL', () => {
    expect(writeSearchState({ query: 'a', filters: {}, sort: 'relevance' }).toString()).toBe('q=a');
  });
});

describe('Pagefind query', () => {
  it('asks for any of several sources but all of several people, and maps the sort', () => {
    expect(toPagefindQuery(read('q=talks&source=a&source=b&person=x&person=y&sort=newest'))).toEqual({
      term: 'talks',
      options: { filters: { source: { any: ['a', 'b'] }, person: ['x', 'y'] }, sort: { date: 'desc' } },
    });
    expect(toPagefindQuery(read('source=a&sort=oldest'))).toEqual({
      term: null,
      options: { filters: { source: { any: ['a'] } }, sort: { date: 'asc' } },
    });
  });
});

describe('widened counts', () => {
  it('counts each chosen source or year without its own choice, keeping every other filter', () => {
    const widened = widenedCountQueries(read('q=talks&source=a&year=2017&person=x&sort=newest'));
    expect(widened.map(({ facet, query }) => [facet, query.options.filters])).toEqual([
      ['source', { year: { any: ['2017'] }, person: ['x'] }],
      ['year', { source: { any: ['a'] }, person: ['x'] }],
    ]);
  });
  it('needs no extra search when only many-valued facets are chosen', () => {
    expect(widenedCountQueries(read('q=talks&person=x&place=y'))).toEqual([]);
  });
});

describe('highlight terms', () => {
  it('keeps a quoted phrase whole and words separate, without quote marks or stray punctuation', () => {
    expect(highlightTerms('"South Ossetian" Bibilov, Putin’s')).toEqual(['South Ossetian', 'Bibilov', 'Putin’s']);
  });
  it('drops what has no letters or digits at all', () => {
    expect(highlightTerms('<img src=x onerror=alert(1)>')).toEqual(['img', 'src', 'x', 'onerror', 'alert', '1']);
    expect(highlightTerms('"" -- ')).toEqual([]);
  });
});
