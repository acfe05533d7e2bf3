import { searchWords } from './entity-names.ts';

/**
 * What Pagefind matches, and what it only falls back to. Pagefind stems each searched word and
 * matches every indexed word that begins with that stem ("Bibil" -> Bibilov, "meetings" ->
 * meeting). When no indexed word does, it quietly matches the longest indexed word the searched
 * one begins with instead: "Sukhumi" matches the "S" of "S. Ossetia", "Putinn" matches Putin.
 * And a searched word that matches nothing at all is left out of the search. Neither is a match
 * of what the reader typed (src/search/client/true-matches.ts tells them apart).
 */

/** Characters Pagefind takes out of a query (pagefind.js): dashes, brackets, quotes and other punctuation. */
const QUERY_PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** One searched word as Pagefind reads it from a query: lower case, no punctuation, no diacritics. */
export function queryForm(word: string): string {
  return word.replace(QUERY_PUNCTUATION, '').toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

export interface QueryWord {
  /** As the reader typed it ("Putin’s"). */
  typed: string;
  /** As Pagefind searches it, before stemming ("putins"). */
  form: string;
}

/**
 * The words of a query as Pagefind searches them, or null for a query wholly in quotes: a phrase,
 * which Pagefind matches exactly or not at all.
 */
export function queryWords(query: string): QueryWord[] | null {
  // Pagefind's own test for a phrase search (pagefind.js).
  if (/^\s*".+"\s*$/.test(query)) return null;
  const words = new Map<string, QueryWord>();
  for (const typed of query.split(/\s+/)) {
    const form = queryForm(typed);
    if (form && !words.has(form)) words.set(form, { typed, form });
  }
  return [...words.values()];
}

/**
 * Whether some word of `texts` (a page's matched words, or a matched metadata field) begins with
 * `word` (queryForm), as a reader would read "begins with": a prefix of the word or of one of its
 * hyphen- or dot-joined parts. Pagefind's stemming can match more ("meetings" matches "meeting");
 * that is decided by Pagefind itself (true-matches.ts), this is the rest.
 */
export function beginsAWord(texts: string[], word: string): boolean {
  return texts.some((text) => searchWords(text).some((candidate) => candidate.startsWith(word)));
}

/**
 * What a fallback matched instead of `word`: the longest start of it that one of the matched
 * words begins with ("putinn" and "Putin’s" -> "putin"), as many characters of `typed` as that.
 */
export function fallbackPrefix(texts: string[], word: string, typed: string): string {
  let longest = 0;
  for (const candidate of texts.flatMap(searchWords)) {
    let length = 0;
    while (length < Math.min(candidate.length, word.length) && candidate[length] === word[length]) length += 1;
    longest = Math.max(longest, length);
  }
  // The typed characters whose query form is that start ("Putinn" -> "Putin").
  let end = 0;
  while (end < typed.length && queryForm(typed.slice(0, end)).length < longest) end += 1;
  return typed.slice(0, end);
}
