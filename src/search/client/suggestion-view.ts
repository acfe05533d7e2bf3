import { joinBase, suggestionWordsPath } from '../../lib/urls.ts';
import { searchForm } from '../entity-names.ts';
import { correctedQuery, suggestWords } from './suggestions.ts';
import type { JudgedResults } from './true-matches.ts';
import { element } from './render.ts';

/**
 * "Did you mean": when a search finds nothing, or only what Pagefind fell back to, each word no
 * article contains is offered its closest words of the archive, each a link that runs the search
 * with it instead. The word list is fetched the first time it is needed.
 */

/** Operators of a query, not words of it (the boolean syntax, issue 17). */
const OPERATORS = new Set(['AND', 'OR', 'NOT']);

/**
 * The words of a query that no article contains: those the fallback check found unmatched, or,
 * when nothing at all was found, every word of the query but operators and excluded (`-word`) ones.
 */
export function wordsWithoutMatch(query: string, judged: JudgedResults): string[] {
  if (judged.matches.length > 0) return [];
  if (judged.nearest.length > 0) return judged.words.filter((verdict) => verdict.matchedIn.size === 0).map((verdict) => bareWord(verdict.word.typed));
  return query
    .split(/\s+/)
    .filter((token) => !token.startsWith('-') && !OPERATORS.has(token))
    .flatMap((token) => token.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []);
}

/** A typed word without the quotes and brackets around it: `"Bibilof` -> `Bibilof`. */
function bareWord(typed: string): string {
  return typed.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

let words: Promise<string[]> | undefined;

function suggestionList(): Promise<string[]> {
  words ??= fetch(joinBase(import.meta.env.BASE_URL, suggestionWordsPath())).then((response) => {
    if (!response.ok) throw new Error(`the word list did not load (${response.status})`);
    return response.json() as Promise<string[]>;
  });
  // A failed fetch is tried again at the next search that needs it.
  words.catch(() => {
    words = undefined;
  });
  return words;
}

export interface Suggestion {
  /** The word as typed. */
  typed: string;
  /** The query with each suggested word in its place. */
  queries: { word: string; query: string }[];
}

/** Corrections of each word of `missing` that the archive has a close word for. */
export async function suggestionsFor(query: string, missing: string[]): Promise<Suggestion[]> {
  if (missing.length === 0) return [];
  const list = await suggestionList();
  const known = new Set(list.map(searchForm));
  return missing
    .filter((typed) => !known.has(searchForm(typed)))
    .map((typed) => ({ typed, queries: suggestWords(typed, list).map((word) => ({ word, query: correctedQuery(query, typed, word) })) }))
    .filter((suggestion) => suggestion.queries.length > 0);
}

/**
 * "No article contains “Bibilof”. Did you mean Bibilov?": one sentence per word, each suggested
 * word a link to its search (`href(query)`); `run(query)` runs it in place when followed.
 */
export function suggestionNodes(suggestions: Suggestion[], href: (query: string) => string, run: (query: string) => void): (Node | string)[] {
  return suggestions.flatMap(({ typed, queries }, i) => {
    const links = queries.flatMap(({ word, query }, j) => {
      const link = element('a', { href: href(query) }, word);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        run(query);
      });
      return [...(j === 0 ? [] : [j === queries.length - 1 ? ' or ' : ', ']), link];
    });
    return [...(i > 0 ? [' '] : []), `No article contains “${typed}”. Did you mean `, ...links, '?'];
  });
}
