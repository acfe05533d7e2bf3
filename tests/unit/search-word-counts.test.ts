import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countWords, noWordCounts, suggestionWords, type WordCounts } from '../../src/search/suggestion-words.ts';
import { articleWordCounts, type CountedArticle } from '../../src/search/word-counts-record.ts';

/** Each test keeps its record in a cache folder of its own, as a build of its own would. */
const made: string[] = [];
const previousCache = process.env.DATELINE_CACHE_DIR;
beforeEach(async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-word-counts-'));
  made.push(dir);
  process.env.DATELINE_CACHE_DIR = dir;
});
afterEach(() => {
  if (previousCache === undefined) delete process.env.DATELINE_CACHE_DIR;
  else process.env.DATELINE_CACHE_DIR = previousCache;
});
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Articles as the word list's route hands them over, with their text. */
function articles(texts: Record<string, string>): (CountedArticle & { text: string })[] {
  return Object.entries(texts).map(([id, text]) => ({ id, digest: `digest of ${text}`, text }));
}

/** Counts the articles it is given, as the render worker does (countWordsOffThread), noting which were read. */
function counter(read: string[] = []) {
  return async (uncounted: (CountedArticle & { text: string })[]): Promise<WordCounts> => {
    const counts = noWordCounts();
    for (const { id, text } of uncounted) {
      read.push(id);
      countWords(counts, text);
    }
    return counts;
  };
}

/** The list counted from scratch, as a full build does. */
function fresh(texts: Record<string, string>): string[] {
  const counts = noWordCounts();
  for (const text of Object.values(texts)) countWords(counts, text);
  return suggestionWords(counts, ['Anatoly Bibilov']);
}

const ARCHIVE = {
  a: 'Talks in Moscow went on. Talks again.',
  b: 'Moscow said: the talks, and more talks with Bibilov.',
  c: 'The harbour cranes returned.',
};

describe('the word counts kept between builds', () => {
  it('reads only the articles added since the last build, and gives the list a full count gives', async () => {
    await articleWordCounts(articles(ARCHIVE), counter());
    const grown = { ...ARCHIVE, d: 'Harbour talks resumed in Moscow; cranes again.' };
    const read: string[] = [];
    const counts = await articleWordCounts(articles(grown), counter(read));
    expect(read).toEqual(['d']);
    expect(suggestionWords(counts, ['Anatoly Bibilov'])).toEqual(fresh(grown));
  });

  it('counts everything again when an article it counted changed or is gone', async () => {
    for (const changed of [{ ...ARCHIVE, b: 'Moscow was quiet.' }, { a: ARCHIVE.a, c: ARCHIVE.c }]) {
      await articleWordCounts(articles(ARCHIVE), counter());
      const read: string[] = [];
      const counts = await articleWordCounts(articles(changed), counter(read));
      expect(read).toEqual(Object.keys(changed));
      expect(suggestionWords(counts, ['Anatoly Bibilov'])).toEqual(fresh(changed));
    }
  });

  it('reads nothing when nothing changed', async () => {
    await articleWordCounts(articles(ARCHIVE), counter());
    const read: string[] = [];
    expect(suggestionWords(await articleWordCounts(articles(ARCHIVE), counter(read)), ['Anatoly Bibilov'])).toEqual(fresh(ARCHIVE));
    expect(read).toEqual([]);
  });
});
