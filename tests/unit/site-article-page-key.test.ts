import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildArchiveIndex, type ArticleRecord, type IndexableArticle } from '../../src/archive/archive-index.ts';
import { articleNeighbours } from '../../src/archive/article-neighbours.ts';
import { archiveWideInput, keyInput } from '../../src/publish/key-input.ts';
import { article } from '../helpers/index-articles.ts';

/**
 * An article page's cache key is taken over its params, its props (its record and its neighbours,
 * src/archive/article-neighbours.ts, each record as its file's digest) and what every page's key
 * holds (the sources and the gazetteer, src/publish/page-keys.ts). Each thing the page shows of
 * the rest of the archive must change that key when it changes, and what it does not show must not.
 */

const day = (n: number) => new Date(Date.UTC(2018, 0, 1) + n * 86_400_000).toISOString().replace('.000Z', '+00:00');

/** An article as the content loader gives it: its entry's digest is its file's, so any edit changes it. */
function withEntry({ id, article: fields }: { id: string; article: IndexableArticle }) {
  const digest = createHash('sha256').update(JSON.stringify(fields)).digest('hex');
  return { id, article: { ...fields, entry: { collection: 'articles', id, digest } } };
}

type Entry = ReturnType<typeof withEntry>;
const sources = new Map([['civil-georgia', { name: 'Civil Georgia' }]]);
const gazetteer = { people: new Map([['bibilov', { name: 'Anatoly Bibilov' }]]), places: new Map(), organizations: new Map() };

/** The subject's page key input in an archive of `entries`, with the sources and gazetteer every key holds. */
function keyOf(entries: Entry[], site = { sources, gazetteer }, slug = 'subject'): string {
  const index = buildArchiveIndex(entries);
  const record = index.chronological.find((r) => r.article.slug === slug) as ArticleRecord<Entry['article']>;
  return archiveWideInput(site) + keyInput([record, articleNeighbours(index, record)]);
}

const edit = (entries: Entry[], slug: string, change: Partial<IndexableArticle>) =>
  entries.map((entry) => (entry.article.slug === slug ? withEntry({ id: entry.id, article: { ...entry.article, ...change } }) : entry));

/** Subject on day 10 between two neighbours, a related article far away, an unrelated one, and filler that keeps the shared entities rare. */
const archive = [
  article('before', day(9)),
  article('subject', day(10), { people: ['bibilov'], places: ['tskhinvali', 'java'] }),
  article('after', day(11)),
  article('related-far', day(300), { people: ['bibilov'] }),
  article('unrelated-far', day(301), { places: ['batumi'] }),
  ...Array.from({ length: 60 }, (_, n) => article(`filler-${n}`, day(500 + n), { places: ['elsewhere'] })),
].map(withEntry);

describe("an article page's cache key", () => {
  it('does not change when an article it does not show changes', () => {
    expect(keyOf(edit(archive, 'unrelated-far', { title: 'Batumi port reopens' }))).toBe(keyOf(archive));
  });

  it("changes when the previous or next article's title changes", () => {
    expect(keyOf(edit(archive, 'before', { title: 'A new title' }))).not.toBe(keyOf(archive));
    expect(keyOf(edit(archive, 'after', { title: 'A new title' }))).not.toBe(keyOf(archive));
  });

  it('changes when an article comes between it and its neighbour', () => {
    expect(keyOf([...archive, withEntry(article('in-between', day(10.5)))])).not.toBe(keyOf(archive));
  });

  it("changes when a related article's title changes, or an article becomes related", () => {
    expect(keyOf(edit(archive, 'related-far', { title: 'A new title' }))).not.toBe(keyOf(archive));
    expect(keyOf([...archive, withEntry(article('newly-related', day(400), { places: ['tskhinvali', 'java'] }))])).not.toBe(keyOf(archive));
  });

  it('changes when what it shares with a related article is listed in another order (an entity grew commoner)', () => {
    const sharing = [...archive, withEntry(article('shares-both', day(200), { places: ['tskhinvali', 'java'] }))];
    // Two more articles naming Tskhinvali alone (a place alone relates nothing): Java is now the rarer, listed first.
    const commoner = [...sharing, ...[201, 202].map((n) => withEntry(article(`tskhinvali-${n}`, day(n), { places: ['tskhinvali'] })))];
    expect(keyOf(commoner)).not.toBe(keyOf(sharing));
  });

  it("changes when a gazetteer name it shows or its paper's name changes", () => {
    const renamedPerson = { ...gazetteer, people: new Map([['bibilov', { name: 'A. Bibilov' }]]) };
    expect(keyOf(archive, { sources, gazetteer: renamedPerson })).not.toBe(keyOf(archive));
    expect(keyOf(archive, { sources: new Map([['civil-georgia', { name: 'Civil.ge' }]]), gazetteer })).not.toBe(keyOf(archive));
  });
});
