import { searchForm } from '../entity-names.ts';

/**
 * "Did you mean": the archive's own words (src/search/suggestion-words.ts, fetched only when a
 * query finds nothing) closest to a word no article contains, by edit distance.
 */

/**
 * Edits a word may be away from what was typed: one for a word of up to four letters (more would
 * turn "Putn" into any four-letter word), two for a longer one ("Bibilof" -> Bibilov, "Tbilsi" ->
 * Tbilisi).
 */
export function allowedEdits(length: number): number {
  return length <= 4 ? 1 : 2;
}

/**
 * Insertions, deletions, substitutions and swaps of two neighbouring letters ("Tbilsi") needed to
 * turn `a` into `b` (the optimal string alignment distance), or `limit + 1` as soon as it is more
 * than `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * Up to `count` words of `words` (most frequent first, as the archive writes them) within the
 * allowed edits of `typed`: fewest edits first, then those that begin with the typed word's
 * letter, then the more frequent. The typed word itself, in any case, is no suggestion.
 */
export function suggestWords(typed: string, words: readonly string[], count = 3): string[] {
  const form = searchForm(typed);
  if (form.length < 2) return [];
  const limit = allowedEdits(form.length);
  const found = new Map<string, { word: string; edits: number; rank: number }>();
  words.forEach((word, rank) => {
    const candidate = searchForm(word);
    if (candidate === form || found.has(candidate)) return;
    const edits = editDistance(form, candidate, limit);
    if (edits <= limit) found.set(candidate, { word, edits, rank });
  });
  return [...found.values()]
    .sort((a, b) => a.edits - b.edits || Number(searchForm(b.word)[0] === form[0]) - Number(searchForm(a.word)[0] === form[0]) || a.rank - b.rank)
    .slice(0, count)
    .map(({ word }) => word);
}

/**
 * The query with the word `typed` replaced by `word` wherever it stands as a word of its own,
 * quotes and other words kept: `"Bibilof said" Kremlin` -> `"Bibilov said" Kremlin`.
 */
export function correctedQuery(query: string, typed: string, word: string): string {
  const escaped = typed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return query.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'), () => word);
}
