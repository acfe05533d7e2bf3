import { describe, expect, it } from 'vitest';
import { buildArchiveIndex, type ArticleRecord, type IndexableArticle } from '../../src/archive/archive-index.ts';
import { COMMON_SHARE, relatedArticles, sharedEntities } from '../../src/archive/related.ts';
import { article } from '../helpers/index-articles.ts';

const day = (n: number) => new Date(Date.UTC(2018, 0, 1) + n * 86_400_000).toISOString().replace('.000Z', '+00:00');
const slugs = (records: ArticleRecord[]) => records.map((r) => r.article.slug);
/** Articles that name none of the entities under test, so those entities are rare enough to count. */
const filler = (count: number) => Array.from({ length: count }, (_, n) => article(`filler-${n}`, day(200 + n), { places: ['elsewhere'] }));

describe('relatedArticles: what makes two articles related', () => {
  it('a Tbilisi transport story sharing only Tbilisi with the Putin/South Ossetia stories is related to neither', () => {
    const index = buildArchiveIndex([
      article('putin-meets-bibilov', day(1), { people: ['vladimir-putin', 'anatoly-bibilov'], places: ['south-ossetia', 'moscow', 'tbilisi'] }),
      article('georgia-denounces-meeting', day(400), { people: ['vladimir-putin', 'anatoly-bibilov'], places: ['south-ossetia', 'tbilisi'] }),
      article('tbilisi-metro-fares', day(401), { places: ['tbilisi'] }),
    ]);
    const [meeting, denounces, metro] = index.chronological;
    expect(slugs(relatedArticles(index, meeting!))).toEqual(['georgia-denounces-meeting']);
    expect(slugs(relatedArticles(index, denounces!))).toEqual(['putin-meets-bibilov']);
    expect(relatedArticles(index, metro!)).toEqual([]);
  });

  it('one shared place is not enough, even a rare one; a shared person or a second entity is', () => {
    const index = buildArchiveIndex([
      article('subject', day(10), { people: ['bibilov'], places: ['rustavi', 'gori'] }),
      article('same-town', day(11), { places: ['rustavi'] }),
      article('same-towns', day(12), { places: ['rustavi', 'gori'] }),
      article('same-person', day(13), { people: ['bibilov'] }),
      ...filler(30),
    ]);
    const subject = index.chronological[0]!;
    expect(slugs(relatedArticles(index, subject)).sort()).toEqual(['same-person', 'same-towns']);
  });

  it(`an entity named in more than ${COMMON_SHARE * 100} % of the articles makes nothing related, not even a person`, () => {
    const index = buildArchiveIndex([
      article('subject', day(10), { people: ['putin'] }),
      article('also-putin', day(11), { people: ['putin'] }),
      article('putin-again', day(12), { people: ['putin'] }),
      article('more-putin', day(13), { people: ['putin'] }),
      ...filler(20),
    ]);
    // putin: 4 of 24 articles, 17 %.
    expect(relatedArticles(index, index.chronological[0]!)).toEqual([]);
  });

  it('ranks by what is shared, a rarely named entity above an often named one, then by nearness in time', () => {
    const index = buildArchiveIndex([
      article('subject', day(10), { people: ['rare', 'often'] }),
      article('shares-often-near', day(11), { people: ['often'] }),
      article('shares-often-nearer', day(10), { people: ['often'] }),
      article('shares-rare-far', day(90), { people: ['rare'] }),
      article('shares-both-farthest', day(150), { people: ['rare', 'often'] }),
      ...filler(40),
    ]);
    const subject = index.chronological.find((r) => r.article.slug === 'subject')!;
    expect(slugs(relatedArticles(index, subject))).toEqual(['shares-both-farthest', 'shares-rare-far', 'shares-often-nearer', 'shares-often-near']);
    expect(relatedArticles(index, subject, { limit: 2 })).toHaveLength(2);
  });
});

describe('relatedArticles: how it is computed', () => {
  it('picks the same articles, in the same order, as scoring every candidate would', () => {
    // Many ties in weight and in distance (articles a day apart on both sides).
    const entries = Array.from({ length: 400 }, (_, n) =>
      article(`a${n}`, day(n % 37), { people: [`p${n % 11}`, `q${n % 13}`], places: [`place${n % 17}`, `town${n % 19}`] }),
    );
    const index = buildArchiveIndex(entries);
    const namedBy = (kind: 'people' | 'places' | 'organizations', id: string) => index.entities[kind].get(id)!.length;
    const commonAbove = Math.max(2, COMMON_SHARE * index.chronological.length);
    for (const record of index.chronological.filter((_, i) => i % 13 === 0)) {
      const score = (other: ArticleRecord<IndexableArticle>) => {
        let weight = 0;
        let entities = 0;
        let defining = false;
        for (const kind of ['people', 'places', 'organizations'] as const) {
          for (const id of record.article[kind]) {
            if (!other.article[kind].includes(id) || namedBy(kind, id) > commonAbove) continue;
            weight += Math.log(1 + index.chronological.length / namedBy(kind, id));
            entities += 1;
            defining ||= kind !== 'places';
          }
        }
        return defining || entities >= 2 ? weight : 0;
      };
      const everyCandidate = index.chronological
        .filter((other) => other !== record && score(other) > 0)
        .sort((a, b) => score(b) - score(a) || Math.abs(a.instant - record.instant) - Math.abs(b.instant - record.instant) || a.position - b.position);
      expect(everyCandidate.length).toBeGreaterThan(12);
      for (const limit of [1, 5, 12]) {
        expect(relatedArticles(index, record, { limit, window: 1_000 })).toEqual(everyCandidate.slice(0, limit));
      }
    }
  });

  it("looks at a window of each entity's articles nearest in time, never its whole list", () => {
    // 'frequent' is in every tenth of 3,000 articles (10 %, distinctive); the place 'rare' only in
    // the subject (a100) and in a2900, 280 of frequent's articles later. a2900 shares both and would
    // rank first, but it lies outside the 100 articles on either side of the subject in frequent's
    // list, so only 'rare' counts for it, a place alone, and nearer articles win: proof the scan
    // stops at the window (a whole-list scan ranks a2900 first, as the last line shows).
    const entries = Array.from({ length: 3_000 }, (_, n) =>
      article(`a${n}`, day(n), { people: n % 10 === 0 ? ['frequent'] : [], places: n === 100 || n === 2900 ? ['rare'] : [] }),
    );
    const index = buildArchiveIndex(entries);
    const subject = index.chronological[100]!;
    expect(slugs(relatedArticles(index, subject))).toEqual(['a90', 'a110', 'a80', 'a120', 'a70']);
    expect(relatedArticles(index, subject, { window: 1_000 })[0]!.article.slug).toBe('a2900');
  });
});

describe('sharedEntities: what a related article has in common', () => {
  it('names the distinctive entities both articles name, the rarest first, and leaves out the common ones', () => {
    const index = buildArchiveIndex([
      article('subject', day(10), { people: ['often', 'rare'], places: ['rustavi', 'tbilisi'], organizations: ['unshared'] }),
      article('other', day(11), { people: ['rare', 'often'], places: ['tbilisi', 'rustavi'] }),
      article('often-again', day(12), { people: ['often'], places: ['rustavi'] }),
      // Tbilisi: named in 4 of 34 articles, more than COMMON_SHARE, so common.
      article('tbilisi-1', day(13), { places: ['tbilisi'] }),
      article('tbilisi-2', day(14), { places: ['tbilisi'] }),
      ...filler(29),
    ]);
    const [subject, other] = index.chronological;
    // rare: 2 articles; often and rustavi: 3 each, in the subject's order of kinds and names.
    expect(sharedEntities(index, subject!, other!)).toEqual([
      { kind: 'people', id: 'rare' },
      { kind: 'people', id: 'often' },
      { kind: 'places', id: 'rustavi' },
    ]);
    expect(sharedEntities(index, subject!, index.chronological[3]!)).toEqual([]);
  });
});
