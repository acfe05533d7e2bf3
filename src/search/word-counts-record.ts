import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cacheDir } from '../lib/project-folders.ts';
import { countWords, noWordCounts, type WordCounts } from './suggestion-words.ts';

/**
 * The word counts of "Did you mean" (src/search/suggestion-words.ts), kept from one build to the
 * next in the cache folder, so a build reads only the articles added since the last one: counting
 * reads every article's body, seconds at 10,000 articles, and the word list is a page Astro renders
 * on every build. Counts only add up, so when an article the record counted has changed or gone,
 * everything is counted again.
 */

export const WORD_COUNTS_VERSION = 1;

interface WordCountsRecord {
  version: typeof WORD_COUNTS_VERSION;
  /** The counting code's digest: a change to what a word is counts everything again. */
  code: string;
  /** Each counted article's id and the digest of its file. */
  articles: Record<string, string>;
  wordArticles: [string, number][];
  spellings: [string, number][];
}

/** An article as counted: its id, its file's digest, and a way to read its title and body. */
export interface CountedArticle {
  id: string;
  digest: string;
  text: () => string;
}

export function wordCountsFile(): string {
  return path.join(cacheDir(), 'dateline-word-counts.json');
}

/** The code whose change makes earlier counts wrong: what a word is and how it is counted. */
function countingCode(): string {
  return createHash('sha256').update(readFileSync(path.resolve('src/search/suggestion-words.ts'))).digest('hex');
}

function readRecord(file: string): WordCountsRecord | undefined {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as WordCountsRecord;
    return record.version === WORD_COUNTS_VERSION ? record : undefined;
  } catch {
    return undefined;
  }
}

/** The counts of these articles, from the last build's record where it still holds, and the record written for the next build. */
export function articleWordCounts(articles: readonly CountedArticle[], file = wordCountsFile()): WordCounts {
  const code = countingCode();
  const last = readRecord(file);
  const digests = new Map(articles.map((article) => [article.id, article.digest]));
  const usable = last !== undefined && last.code === code && Object.entries(last.articles).every(([id, digest]) => digests.get(id) === digest);
  const counts = usable ? { articles: new Map(last.wordArticles), spellings: new Map(last.spellings) } : noWordCounts();
  for (const article of articles) if (!usable || last.articles[article.id] === undefined) countWords(counts, article.text());
  const record: WordCountsRecord = {
    version: WORD_COUNTS_VERSION,
    code,
    articles: Object.fromEntries(digests),
    wordArticles: [...counts.articles],
    spellings: [...counts.spellings],
  };
  mkdirSync(path.dirname(file), { recursive: true });
  // Written whole under another name first: a build killed half-way leaves the last record or this one.
  writeFileSync(`${file}.tmp`, JSON.stringify(record));
  renameSync(`${file}.tmp`, file);
  return counts;
}
