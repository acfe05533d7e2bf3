import { expect, it } from 'vitest';
import type { Pagefind, PagefindFragment, PagefindResult } from '../../src/search/client/pagefind-api.ts';
import { judgeResults, startJudging } from '../../src/search/client/true-matches.ts';

/**
 * An index of two shards (`a`, `b`) that answers from a table of pages: which words each holds
 * whole, and which it matches only by Pagefind's fallback. Records every search it is asked.
 */
function fakeIndex(pages: Record<string, { whole: string[]; loose: string[]; text: string }>) {
  const searches: string[] = [];
  const result = (id: string): PagefindResult => ({
    id,
    score: 1,
    data: async (): Promise<PagefindFragment> => ({
      url: `/${id}/`,
      content: pages[id]!.text,
      excerpt: '',
      plain_excerpt: '',
      locations: [0],
      meta: {},
      sub_results: [],
    }),
  });
  const pagefind: Pagefind = {
    preload: async () => undefined,
    async search(term) {
      searches.push(term ?? '');
      const exact = term?.startsWith('"');
      const word = (term ?? '').replace(/"/g, '');
      const ids = Object.keys(pages).filter((id) => (exact ? pages[id]!.whole : [...pages[id]!.whole, ...pages[id]!.loose]).includes(word));
      return { results: ids.map(result), unfilteredResultCount: ids.length, filters: {}, totalFilters: {} };
    },
  };
  return { pagefind, searches, result };
}

it('judges a word found whole in every shard with results by one search, without the loose one', async () => {
  const { pagefind, searches, result } = fakeIndex({
    a_0: { whole: ['bibilov'], loose: [], text: 'Bibilov spoke' },
    b_0: { whole: ['bibilov'], loose: [], text: 'Bibilov left' },
  });
  const judged = await judgeResults(pagefind, 'Bibilov', [result('a_0'), result('b_0')]);
  expect(judged.matches.map((found) => found.id)).toEqual(['a_0', 'b_0']);
  expect(judged.nearest).toEqual([]);
  expect(searches).toEqual(['"bibilov"']);
});

it('still samples a shard with results where the word is not found whole, and sets its fallback apart', async () => {
  const { pagefind, searches, result } = fakeIndex({
    a_0: { whole: ['sukhumi'], loose: [], text: 'Sukhumi port' },
    b_0: { whole: [], loose: ['sukhumi'], text: 'S. Ossetia' },
  });
  const judged = await judgeResults(pagefind, 'Sukhumi', [result('a_0'), result('b_0')]);
  expect(judged.matches.map((found) => found.id)).toEqual(['a_0']);
  expect(judged.nearest.map((found) => found.id)).toEqual(['b_0']);
  expect(searches).toEqual(['"sukhumi"', 'sukhumi']);
});

it('keeps a shard whose pages hold a longer word that begins with the one typed', async () => {
  const { pagefind, result } = fakeIndex({
    b_0: { whole: [], loose: ['bibil'], text: 'Bibilov spoke' },
  });
  const judged = await judgeResults(pagefind, 'Bibil', [result('b_0')]);
  expect(judged.matches.map((found) => found.id)).toEqual(['b_0']);
});

it('searches each word exactly once for the page: a later query, sort or filter of the word reuses the verdict', async () => {
  const { pagefind, searches, result } = fakeIndex({
    a_0: { whole: ['bibilov', 'kokoity'], loose: [], text: 'Bibilov met Kokoity' },
    b_0: { whole: ['bibilov'], loose: [], text: 'Bibilov left' },
  });
  await judgeResults(pagefind, 'Bibilov', [result('a_0'), result('b_0')]);
  const again = await judgeResults(pagefind, 'Bibilov Kokoity', [result('a_0')]);
  expect(again.matches.map((found) => found.id)).toEqual(['a_0']);
  expect(searches).toEqual(['"bibilov"', '"kokoity"']);
});

it('starts the exact searches before the results are known, and judges with those same searches', async () => {
  const { pagefind, searches, result } = fakeIndex({
    a_0: { whole: ['sukhumi'], loose: [], text: 'Sukhumi port' },
    b_0: { whole: [], loose: ['sukhumi'], text: 'S. Ossetia' },
  });
  startJudging(pagefind, 'Sukhumi');
  expect(searches).toEqual(['"sukhumi"']);
  const judged = await judgeResults(pagefind, 'Sukhumi', [result('a_0'), result('b_0')]);
  expect(judged.matches.map((found) => found.id)).toEqual(['a_0']);
  expect(judged.nearest.map((found) => found.id)).toEqual(['b_0']);
  expect(searches).toEqual(['"sukhumi"', 'sukhumi']);
});

it('asks again for an exact search that failed instead of keeping its failure', async () => {
  const { pagefind, searches, result } = fakeIndex({ a_0: { whole: ['bibilov'], loose: [], text: 'Bibilov spoke' } });
  const failing: Pagefind = { ...pagefind, search: (term, options) => (searches.length === 0 ? (searches.push('failed'), Promise.reject(new Error('offline'))) : pagefind.search(term, options)) };
  await expect(judgeResults(failing, 'Bibilov', [result('a_0')])).rejects.toThrow('offline');
  expect((await judgeResults(failing, 'Bibilov', [result('a_0')])).matches.map((found) => found.id)).toEqual(['a_0']);
  expect(searches).toEqual(['failed', '"bibilov"']);
});
