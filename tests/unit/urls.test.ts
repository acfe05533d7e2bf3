import { describe, expect, it } from 'vitest';
import { articlePath, joinBase, localDay } from '../../src/lib/urls.ts';
import { disambiguate, slugify } from '../../src/lib/slug.ts';
import { articleSchema } from '../../src/lib/article-schema.ts';

describe('slugify', () => {
  it('joins apostrophes and drops punctuation', () => {
    expect(slugify('Georgia denounces Putin’s meeting with the de facto leader of S. Ossetia')).toBe(
      'georgia-denounces-putins-meeting-with-the-de-facto-leader-of-s-ossetia',
    );
  });
  it('folds accents', () => expect(slugify('Zürich — Tbilisi: Ça va')).toBe('zurich-tbilisi-ca-va'));
  it('cuts at a word boundary', () => {
    const slug = slugify('word '.repeat(40), 20);
    expect(slug).toBe('word-word-word-word');
  });
  it('never returns a page number', () => {
    expect(slugify('2024')).toBe('2024-article');
    expect(slugify('1,000')).toBe('1-000');
  });
  it('transliterates titles without Latin letters', () => expect(slugify('საქართველო')).toBe('sakartvelo'));
  it('transliterates the other scripts in a title with Latin letters too', () => {
    expect(slugify('Газета.Ru')).toBe('gazeta-ru');
    expect(slugify('NATO и Грузия')).toBe('nato-i-gruziya');
  });
  it('cannot produce path syntax', () => {
    for (const hostile of ['../../etc/passwd', '/abs/path', 'a\u0000b', 'C:\\x']) {
      expect(slugify(hostile)).toMatch(/^[a-z0-9-]*$/);
    }
  });
});

describe('disambiguate', () => {
  it('adds the first free numeric suffix', () => {
    const taken = new Set(['a', 'a-2']);
    expect(disambiguate('a', (s) => taken.has(s))).toBe('a-3');
    expect(disambiguate('b', (s) => taken.has(s))).toBe('b');
  });
});

describe('articlePath', () => {
  it('uses the calendar day in the publication’s own offset', () => {
    // 00:30 in Tbilisi is still the previous day in UTC; the permalink follows the paper.
    expect(articlePath({ published: '2019-03-08T00:30:00+04:00', slug: 'x' })).toBe('2019/03/08/x/');
    expect(localDay('2017-11-15T12:31:00+04:00')).toEqual(['2017', '11', '15']);
  });
  it('joins base paths', () => {
    expect(joinBase('/', '/2019/')).toBe('/2019/');
    expect(joinBase('/archive', '2019/')).toBe('/archive/2019/');
    expect(joinBase('/archive/', '/2019/')).toBe('/archive/2019/');
  });
});

describe('article schema slugs', () => {
  it('refuses an all-digit slug, which would shadow a page of the day list', () => {
    const slugField = articleSchema.shape.slug;
    expect(slugField.safeParse('2').success).toBe(false);
    expect(slugField.safeParse('2024-article').success).toBe(true);
  });
});
