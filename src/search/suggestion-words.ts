/**
 * The words the search page's "Did you mean" chooses from (src/search/client/suggestions.ts):
 * the archive's own words, built with the site (src/pages/search/words.json.ts) and fetched only
 * when a query finds nothing. Every word of a gazetteer name is kept, and the most frequent
 * words of titles and bodies up to a limit, so the file stays small at any size of archive.
 */

/**
 * Body and title words kept, most frequent first. With the names' words, the list of the
 * benchmark's 10,000 articles is about 12,600 words, 56 KB compressed (BENCHMARKS.md).
 */
export const MAX_TEXT_WORDS = 6_000;

/** Shorter words are left out: one edit from a three-letter word is any other. */
const MIN_LENGTH = 4;

/** Letters, and the apostrophes and hyphens inside a word ("Putin’s" -> Putin, "al-Assad"). */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.replace(/['’]s$/u, '')).filter((word) => word.length >= MIN_LENGTH);
}

/** How often the archive's text words occur: articles per word (lower case), and uses per spelling. */
export interface WordCounts {
  articles: Map<string, number>;
  spellings: Map<string, number>;
}

export function noWordCounts(): WordCounts {
  return { articles: new Map(), spellings: new Map() };
}

/**
 * Adds one article's title and body to `counts`. Counts add up in any order, so counts kept from
 * the last build plus the new articles' are the counts of all (src/search/word-counts-record.ts).
 */
export function countWords(counts: WordCounts, text: string): void {
  const inText = new Set<string>();
  for (const word of wordsOf(text)) {
    counts.spellings.set(word, (counts.spellings.get(word) ?? 0) + 1);
    const key = word.toLowerCase();
    if (inText.has(key)) continue;
    inText.add(key);
    counts.articles.set(key, (counts.articles.get(key) ?? 0) + 1);
  }
}

/** Adds the counts `more` to `counts` (counts of other articles: they add up) and returns `counts`. */
export function addWordCounts(counts: WordCounts, more: WordCounts): WordCounts {
  for (const [key, articles] of more.articles) counts.articles.set(key, (counts.articles.get(key) ?? 0) + articles);
  for (const [word, uses] of more.spellings) counts.spellings.set(word, (counts.spellings.get(word) ?? 0) + uses);
  return counts;
}

/**
 * The list, most useful first: the names' words (every name and other name in the gazetteer, and
 * the authors' names), then text words by the number of articles they are in. Each word is
 * written as the archive writes it most often ("Moscow", not "moscow").
 */
export function suggestionWords(counts: WordCounts, names: Iterable<string>): string[] {
  const nameWords = [...new Set([...names].flatMap(wordsOf))];
  const named = new Set(nameWords.map((word) => word.toLowerCase()));
  const kept = [...counts.articles]
    .filter(([key]) => !named.has(key))
    // Code point order last: keys that localeCompare calls equal must not keep the order they were counted in.
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]) || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_TEXT_WORDS)
    .map(([key]) => key);
  const commonest = new Map<string, [string, number]>();
  const wanted = new Set(kept);
  for (const [word, uses] of counts.spellings) {
    const key = word.toLowerCase();
    const best = commonest.get(key);
    if (wanted.has(key) && (!best || uses > best[1] || (uses === best[1] && word < best[0]))) commonest.set(key, [word, uses]);
  }
  return [...nameWords, ...kept.map((key) => commonest.get(key)![0])];
}
