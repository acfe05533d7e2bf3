/**
 * The words the search page's "Did you mean" chooses from (src/search/client/suggestions.ts):
 * the archive's own words, built with the site (src/pages/search/words.json.ts) and fetched only
 * when a query finds nothing. Every word of a gazetteer name is kept, and the most frequent
 * words of titles and bodies up to a limit, so the file stays small at any size of archive.
 */

/** URL of the list below the site's base. */
export const SUGGESTION_WORDS_PATH = 'search/words.json';

/** Body and title words kept, most frequent first: about 60 KB compressed at 10,000 articles. */
export const MAX_TEXT_WORDS = 12_000;

/** Shorter words are left out: one edit from a three-letter word is any other. */
const MIN_LENGTH = 4;

/** Letters, and the apostrophes and hyphens inside a word ("Putin’s" -> Putin, "al-Assad"). */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.replace(/['’]s$/u, '')).filter((word) => word.length >= MIN_LENGTH);
}

export interface SuggestionSources {
  /** Each article's title and body text. */
  texts: Iterable<string>;
  /** Every name and other name in the gazetteer, and the authors' names. */
  names: Iterable<string>;
}

/**
 * The list, most useful first: the names' words, then text words by the number of articles they
 * are in. Each word is written as the archive writes it most often ("Moscow", not "moscow").
 */
export function suggestionWords({ texts, names }: SuggestionSources): string[] {
  const articles = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const word of wordsOf(text)) {
      const key = word.toLowerCase();
      const forms = spellings.get(key) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + 1);
      spellings.set(key, forms);
      if (!seen.has(key)) articles.set(key, (articles.get(key) ?? 0) + 1);
      seen.add(key);
    }
  }
  const commonest = (key: string) => [...spellings.get(key)!].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const nameWords = [...new Set([...names].flatMap(wordsOf))];
  const named = new Set(nameWords.map((word) => word.toLowerCase()));
  const textWords = [...articles]
    .filter(([key]) => !named.has(key))
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_TEXT_WORDS)
    .map(([key]) => commonest(key));
  return [...nameWords, ...textWords];
}
