import { isObject, readCacheRecord, writeCacheRecord } from '../lib/cache-record.ts';
import { codeDigest } from '../lib/code-digest.ts';
import { cacheDir } from '../lib/project-folders.ts';
import { addWordCounts, type WordCounts } from './suggestion-words.ts';

/**
 * The word counts of "Did you mean" (src/search/suggestion-words.ts), kept from one build to the
 * next in the cache folder, so a build reads only the articles added since the last one: counting
 * reads every article's body, seconds at 10,000 articles, and the word list is a page Astro renders
 * on every build. Counts only add up, so when an article the record counted has changed or gone,
 * everything is counted again.
 */

const WORD_COUNTS_VERSION = 1;
const WORD_COUNTS_NAME = 'dateline-word-counts.json';

interface WordCountsRecord {
  /** The counting code's digest: a change to what a word is counts everything again. */
  code: string;
  /** Each counted article's id and the digest of its file. */
  articles: Record<string, string>;
  wordArticles: [string, number][];
  spellings: [string, number][];
}

/** An article as counted: its id and its file's digest. */
export interface CountedArticle {
  id: string;
  digest: string;
}

/** The code whose change makes earlier counts wrong: what a word is and how it is counted. */
function countingCode(): string {
  return codeDigest(['src/search/suggestion-words.ts']);
}

function parseRecord(value: unknown): WordCountsRecord | undefined {
  return isObject(value) && isObject(value.articles) && Array.isArray(value.wordArticles) && Array.isArray(value.spellings) ? (value as unknown as WordCountsRecord) : undefined;
}

/**
 * The counts of these articles, from the last build's record where it still holds, and the record
 * written for the next build. `count` counts the articles the record does not hold: in a build on
 * the render worker (countWordsOffThread, src/publish/off-thread.ts), since counting every body
 * of a full build took Astro's thread, which renders the pages, 38 s at 10,000 articles.
 */
export async function articleWordCounts<A extends CountedArticle>(articles: readonly A[], count: (uncounted: A[]) => Promise<WordCounts>): Promise<WordCounts> {
  const code = countingCode();
  const last = await readCacheRecord(cacheDir(), WORD_COUNTS_NAME, WORD_COUNTS_VERSION, parseRecord);
  const digests = new Map(articles.map((article) => [article.id, article.digest]));
  const usable = last !== undefined && last.code === code && Object.entries(last.articles).every(([id, digest]) => digests.get(id) === digest);
  const counted = await count(usable ? articles.filter((article) => last.articles[article.id] === undefined) : [...articles]);
  const counts = usable ? addWordCounts({ articles: new Map(last.wordArticles), spellings: new Map(last.spellings) }, counted) : counted;
  const record: WordCountsRecord = {
    code,
    articles: Object.fromEntries(digests),
    wordArticles: [...counts.articles],
    spellings: [...counts.spellings],
  };
  await writeCacheRecord(cacheDir(), WORD_COUNTS_NAME, WORD_COUNTS_VERSION, record);
  return counts;
}
