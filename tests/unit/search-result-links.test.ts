import { expect, it } from 'vitest';
import { highlightLink, paragraphHits } from '../../src/search/result-links.ts';
import type { PagefindSubResult } from '../../src/search/client/pagefind-api.ts';

function sub(id: string | undefined, scores: number[]): PagefindSubResult {
  return {
    title: id ?? 'Title',
    url: id ? `/2017/11/15/a/#${id}` : '/2017/11/15/a/',
    excerpt: `excerpt of ${id}`,
    plain_excerpt: `excerpt of ${id}`,
    locations: scores.map((_, i) => i),
    weighted_locations: scores.map((balanced_score, location) => ({ weight: 1, balanced_score, location })),
    ...(id ? { anchor: { element: 'p', id, location: 40 } } : {}),
  };
}

it('keeps the three best-matching paragraphs, shown in reading order', () => {
  const hits = paragraphHits([sub(undefined, [50]), sub('p1', [1]), sub('p2', [5, 5]), sub('p7', [3]), sub('p10', [20]), sub('p11', [])]);
  expect(hits.map((hit) => hit.paragraph)).toEqual([2, 7, 10]);
  expect(hits[0]).toEqual({ paragraph: 2, url: '/2017/11/15/a/#p2', excerpt: 'excerpt of p2', plainExcerpt: 'excerpt of p2', start: 40 });
});

it('ignores anchors that are not body paragraphs', () => {
  expect(paragraphHits([sub('photo', [9]), sub('p3x', [9])])).toEqual([]);
});

it('adds each term as a highlight parameter before the paragraph anchor', () => {
  expect(highlightLink('/archive/2017/11/15/a/#p3', ['South Ossetian', 'Bibilov'])).toBe(
    '/archive/2017/11/15/a/?highlight=South+Ossetian&highlight=Bibilov#p3',
  );
  expect(highlightLink('/2017/11/15/a/', [])).toBe('/2017/11/15/a/');
});
