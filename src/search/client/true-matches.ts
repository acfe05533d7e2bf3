import { shardTagOf } from '../shards.ts';
import { beginsAWord, fallbackPrefix, queryWords, type QueryWord } from '../word-match.ts';
import type { Pagefind, PagefindResult } from './pagefind-api.ts';

/**
 * Which results of a search match what the reader typed, and which Pagefind found only by
 * falling back (src/search/word-match.ts: "Sukhumi" matching the "S" of "S. Ossetia", or a word
 * that matched nothing left out of the search).
 *
 * Pagefind decides per searched word and per index: it falls back only when no indexed word
 * begins with the word's stem, and then for every page of that index. So each word is searched
 * alone, once as typed and once as an exact word (`"word"`, which matches only pages holding a
 * word with exactly its stem); the sharded index is several Pagefind indexes, told apart by the
 * result ids (shardTagOf). In a shard where the exact search finds the word, the word is matched
 * for real. Elsewhere one result of the shard decides: the word is matched if one of the words
 * Pagefind marked in it, or of the metadata it matched (title, byline, other names of its
 * entities), begins with what was typed; otherwise Pagefind fell back. A result matches the
 * query when every word of the query is matched for real in its shard.
 *
 * The cost: one more search per word in the index chunks the search loads anyway; a second
 * (the word as typed) only when a shard holding a result lacks the word whole ("Bibil",
 * "Sukhumi"), and then one result's fragment per such shard. The exact search depends on the
 * word alone (no filters, no order), so each word's is run once for the page's life and kept,
 * and `startJudging` runs it beside the search itself rather than after it (BENCHMARKS.md,
 * "Keystroke: preload as the reader types").
 */

export interface WordVerdict {
  word: QueryWord;
  /** Tags of the shards in which Pagefind matched the word itself. */
  matchedIn: Set<string>;
  /** The start of the word that Pagefind matched instead where it fell back ("S"); '' if none. */
  instead: string;
}

export interface JudgedResults {
  /** Results that match every word of the query, in Pagefind's order. */
  matches: PagefindResult[];
  /** Results found only through a fallback. */
  nearest: PagefindResult[];
  words: WordVerdict[];
}

/** Per index, each word's exact search (by its query form): the tags of the shards holding it whole. */
const wholeWordShards = new WeakMap<Pagefind, Map<string, Promise<Set<string>>>>();

function shardsHoldingWhole(pagefind: Pagefind, form: string): Promise<Set<string>> {
  const known = wholeWordShards.get(pagefind) ?? new Map<string, Promise<Set<string>>>();
  wholeWordShards.set(pagefind, known);
  let shards = known.get(form);
  if (!shards) {
    shards = pagefind.search(`"${form}"`).then((exact) => new Set((exact?.results ?? []).map((result) => shardTagOf(result.id))));
    // A search that failed is asked again next time, not remembered.
    shards.catch(() => known.delete(form));
    known.set(form, shards);
  }
  return shards;
}

/**
 * Starts the exact searches that judging `query`'s results needs, so they run while the search
 * itself does (they read the same index chunks); judgeResults then finds them done or on their way.
 */
export function startJudging(pagefind: Pagefind, query: string): void {
  for (const word of queryWords(query) ?? []) void shardsHoldingWhole(pagefind, word.form).catch(() => undefined);
}

export async function judgeResults(pagefind: Pagefind, query: string, results: PagefindResult[]): Promise<JudgedResults> {
  const words = queryWords(query);
  // A phrase is matched exactly or not at all; nothing found needs no judging.
  if (!words || results.length === 0) return { matches: results, nearest: [], words: [] };
  const verdicts: WordVerdict[] = [];
  // One word after another: Pagefind keeps one object per fragment and rewrites its matched
  // locations on every data() call, so two at once could read each other's.
  const shards = new Set(results.map((result) => shardTagOf(result.id)));
  for (const word of words) verdicts.push(await judgeWord(pagefind, word, shards));
  const matches: PagefindResult[] = [];
  const nearest: PagefindResult[] = [];
  for (const result of results) {
    const shard = shardTagOf(result.id);
    (verdicts.every((verdict) => verdict.matchedIn.has(shard)) ? matches : nearest).push(result);
  }
  return { matches, nearest, words: verdicts };
}

/** The verdict on `word` in every shard of `resultShards` (where the search found results). */
async function judgeWord(pagefind: Pagefind, word: QueryWord, resultShards: ReadonlySet<string>): Promise<WordVerdict> {
  // A copy: the sampled shards below are added to this query's verdict, not to the kept set.
  const matchedIn = new Set(await shardsHoldingWhole(pagefind, word.form));
  // Where the word is matched whole, no sample is needed; a shard without results needs no verdict.
  if ([...resultShards].every((shard) => matchedIn.has(shard))) return { word, matchedIn, instead: '' };
  const loose = await pagefind.search(word.form);
  const samples = new Map<string, PagefindResult>();
  for (const result of loose?.results ?? []) if (!samples.has(shardTagOf(result.id))) samples.set(shardTagOf(result.id), result);
  let instead = '';
  for (const [shard, sample] of samples) {
    if (matchedIn.has(shard)) continue;
    const fragment = await sample.data();
    const words = fragment.content.split(/\s+/);
    const marked = fragment.locations.map((location) => words[location] ?? '');
    const fields = (sample.matchedMetaFields ?? []).map((field) => fragment.meta[field] ?? '');
    if (beginsAWord([...marked, ...fields], word.form)) matchedIn.add(shard);
    // A matched field is all its words; the marked ones say more exactly what was matched.
    else instead ||= fallbackPrefix(marked.length > 0 ? marked : fields, word.form, word.typed);
  }
  return { word, matchedIn, instead };
}
