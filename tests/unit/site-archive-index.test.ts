import { describe, expect, it } from 'vitest';
import { authorSlug, buildArchiveIndex, type IndexableArticle } from '../../src/site/archive-index.ts';
import { relatedArticles } from '../../src/site/related.ts';

function article(slug: string, published: string, extra: Partial<IndexableArticle> = {}): { id: string; article: IndexableArticle } {
  return {
    id: `${published.slice(0, 10).replace(/-/g, '/')}/${slug}`,
    article: { title: slug, slug, source: 'civil-georgia', authors: [], published, people: [], places: [], organizations: [], aliases: [], ...extra },
  };
}

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

  it('slugs author names to ASCII, and names in other scripts to a stable hash slug', () => {
    expect(authorSlug('Tea Mariamidze')).toBe('tea-mariamidze');
    expect(authorSlug('Nino Kharshiladze ')).toBe('nino-kharshiladze');
    const georgian = authorSlug('თეა მარიამიძე');
    expect(georgian).toMatch(/^author-[0-9a-f]{10}$/);
    expect(authorSlug('თეა მარიამიძე')).toBe(georgian);
    expect(authorSlug('ნინო ხარშილაძე')).not.toBe(georgian);
  });
});

describe('relatedArticles', () => {
  const day = (n: number) => new Date(Date.UTC(2018, 0, 1) + n * 86_400_000).toISOString().replace('.000Z', '+00:00');

  it('ranks by shared entities, then nearness in time, and never lists the article itself', () => {
    const index = buildArchiveIndex([
      article('subject', day(10), { people: ['putin', 'bibilov'], places: ['ossetia'] }),
      article('one-shared-near', day(11), { people: ['putin'] }),
      article('one-shared-far', day(40), { people: ['putin'] }),
      article('three-shared-far', day(90), { people: ['putin', 'bibilov'], places: ['ossetia'] }),
      article('two-shared', day(1), { people: ['bibilov'], places: ['ossetia'] }),
      article('unrelated', day(10), { people: ['someone-else'] }),
    ]);
    const subject = index.chronological.find((r) => r.article.slug === 'subject')!;
    expect(relatedArticles(index, subject).map((r) => r.article.slug)).toEqual([
      'three-shared-far',
      'two-shared',
      'one-shared-near',
      'one-shared-far',
    ]);
    expect(relatedArticles(index, subject, { limit: 2 })).toHaveLength(2);
  });

  it('picks the same articles, in the same order, as ranking every candidate would', () => {
    // Many ties in shared entities and in distance (articles a day apart on both sides).
    const entries = Array.from({ length: 400 }, (_, n) =>
      article(`a${n}`, day(n % 37), { people: [`p${n % 3}`, `q${n % 5}`], places: [`place${n % 2}`] }),
    );
    const index = buildArchiveIndex(entries);
    for (const record of index.chronological.filter((_, i) => i % 13 === 0)) {
      const shared = (other: (typeof index.chronological)[number]) =>
        (['people', 'places', 'organizations'] as const).reduce((sum, kind) => sum + other.article[kind].filter((id) => record.article[kind].includes(id)).length, 0);
      const everyCandidate = index.chronological
        .filter((other) => other !== record && shared(other) > 0)
        .sort((a, b) => shared(b) - shared(a) || Math.abs(a.instant - record.instant) - Math.abs(b.instant - record.instant) || a.position - b.position);
      for (const limit of [1, 5, 12]) {
        expect(relatedArticles(index, record, { limit, window: 1_000 })).toEqual(everyCandidate.slice(0, limit));
      }
    }
  });

  it('looks at a window of each entity\'s articles nearest in time, never its whole list', () => {
    // 'putin' is in every article; 'rare' only in the subject and in a510, 500 days later.
    // a510 shares both and would rank first, but it lies outside the 100 articles on either
    // side of the subject in putin's list, so only 'rare' counts for it and nearer articles win:
    // proof the scan of a common entity stops at the window (a whole-list scan would rank a510
    // first, as the last line shows with a window wider than the list).
    const entries = Array.from({ length: 1_000 }, (_, n) => article(`a${n}`, day(n), { people: n === 10 || n === 510 ? ['putin', 'rare'] : ['putin'] }));
    const index = buildArchiveIndex(entries);
    const subject = index.chronological[10]!;
    expect(relatedArticles(index, subject).map((r) => r.article.slug)).toEqual(['a9', 'a11', 'a8', 'a12', 'a7']);
    expect(relatedArticles(index, subject, { window: 1_000 })[0]!.article.slug).toBe('a510');
  });
});
