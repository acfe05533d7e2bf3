import { describe, expect, it } from 'vitest';
import { authorSlug, buildArchiveIndex } from '../../src/archive/archive-index.ts';
import { article } from '../helpers/index-articles.ts';

describe('buildArchiveIndex', () => {
  const index = buildArchiveIndex([
    article('c', '2019-03-08T00:00:00+04:00', { source: 'the-messenger', authors: ['Tea Mariamidze'], people: ['vladimir-putin'] }),
    // 01:00 on the 15th in Tbilisi (21:00 UTC on the 14th) comes before 23:30 on the 14th in
    // New York (04:30 UTC on the 15th), though its date reads later: time order is by instant,
    // while each article is filed under its own paper's calendar day.
    article('a', '2017-11-15T01:00:00+04:00', { people: ['vladimir-putin', 'anatoly-bibilov'] }),
    article('b', '2017-11-14T23:30:00-05:00', { authors: ['Tea Mariamidze'] }),
  ]);

  it('orders articles by instant, not by the text of the timestamp', () => {
    expect(index.chronological.map((r) => r.article.slug)).toEqual(['a', 'b', 'c']);
    expect(index.newestFirst.map((r) => r.article.slug)).toEqual(['c', 'b', 'a']);
    expect(index.chronological.map((r) => r.position)).toEqual([0, 1, 2]);
  });

  it('files each article under its own local calendar day', () => {
    expect(index.years.map((y) => [y.year, y.count])).toEqual([['2017', 2], ['2019', 1]]);
    const november = index.years[0]!.months[0]!;
    expect(november.days.map((d) => [d.day, d.articles.map((r) => r.article.slug)])).toEqual([
      ['14', ['b']],
      ['15', ['a']],
    ]);
    expect(index.chronological.map((r) => r.path)).toEqual([
      '2017/11/15/a/',
      '2017/11/14/b/',
      '2019/03/08/c/',
    ]);
  });

  it('groups by source and author newest first, and by entity oldest first', () => {
    expect(index.bySource.get('civil-georgia')!.map((r) => r.article.slug)).toEqual(['b', 'a']);
    expect(index.authors.get('tea-mariamidze')).toMatchObject({ name: 'Tea Mariamidze' });
    expect(index.authors.get('tea-mariamidze')!.articles.map((r) => r.article.slug)).toEqual(['c', 'b']);
    expect(index.entities.people.get('vladimir-putin')!.map((r) => r.article.slug)).toEqual(['a', 'c']);
  });

  it('files an article whose byline names one author twice under that author once', () => {
    const twice = buildArchiveIndex([article('d', '2019-03-08T00:00:00+04:00', { authors: ['Tea Mariamidze', 'Tea Mariamidze'] })]);
    expect(twice.authors.get('tea-mariamidze')!.articles.map((r) => r.article.slug)).toEqual(['d']);
  });

  it('slugs author names to ASCII, and names in other scripts to their transliteration', () => {
    expect(authorSlug('Tea Mariamidze')).toBe('tea-mariamidze');
    expect(authorSlug('Nino Kharshiladze ')).toBe('nino-kharshiladze');
    const georgian = authorSlug('თეა მარიამიძე');
    expect(georgian).toMatch(/^tea-mariami/);
    expect(authorSlug('თეა მარიამიძე')).toBe(georgian);
    expect(authorSlug('ნინო ხარშილაძე')).not.toBe(georgian);
  });
});
