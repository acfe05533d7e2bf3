import { queryForm } from '../word-match.ts';
import type { Pagefind } from './pagefind-api.ts';

/**
 * Fetching the index as the reader types. The page searches on Enter (a search per letter would
 * redraw the results at every key), and most of what Enter then waited for was the index chunks
 * of the words typed: fetched and decoded in 10-245 ms, against 1-47 ms for the search once they
 * were in memory (BENCHMARKS.md, "Keystroke: preload as the reader types"). So each word's chunks
 * are fetched while it is typed, with Pagefind's `preload` (the chunks a search would need,
 * searching nothing), and the search on Enter finds them loaded or on their way.
 *
 * Only once a word is long enough: the chunk holding a short prefix is often not the word's own
 * ("ch" sorts into the chunk that ends at "chalk", "cheanse" into a later one), and a prefix that falls between two chunks
 * makes Pagefind fetch every chunk it could begin. A word followed by a space is whole and is
 * preloaded at any length.
 */

/** Letters of the word being typed from which its chunks are fetched. */
export const PRELOAD_FROM_LETTERS = 4;

/** The boolean operators of src/search/query-syntax.ts: not words to look up. */
const OPERATORS = new Set(['OR', 'NOT']);

/** The words of the search box's text, as it stands, worth fetching the index for, as one Pagefind term; null if none. */
export function wordsToPreload(typed: string): string | null {
  const words = typed.split(/\s+/).filter((word) => word && !OPERATORS.has(word));
  // The last word is still being typed unless a space follows it.
  const typing = /\s$/.test(typed) ? undefined : words.pop();
  const forms = words.map(queryForm).filter(Boolean);
  const last = typing === undefined ? '' : queryForm(typing);
  if ([...last].length >= PRELOAD_FROM_LETTERS) forms.push(last);
  return forms.length > 0 ? [...new Set(forms)].join(' ') : null;
}

/** Preloads the words of `box` as the reader types them (each term once; Pagefind fetches each chunk once). */
export function preloadAsTyped(box: HTMLInputElement, pagefind: Pagefind): void {
  let preloaded = '';
  box.addEventListener('input', () => {
    const term = wordsToPreload(box.value);
    if (term === null || term === preloaded) return;
    preloaded = term;
    // A chunk that failed to load is fetched again by the search that needs it.
    pagefind.preload(term).catch(() => undefined);
  });
}
