import type { QueryNode, TermNode } from '../query-syntax.ts';
import type { Pagefind, PagefindResult, PagefindSearchOptions } from './pagefind-api.ts';
import { judgeResults } from './true-matches.ts';

/**
 * A boolean query (src/search/query-syntax.ts) evaluated over the index: each term is one
 * Pagefind search under the page's filters and range, of which only the results that match the
 * term as typed count (src/search/client/true-matches.ts: never what Pagefind fell back to); then
 * sets are joined, intersected and subtracted as the tree says. Terms are searched one after
 * another: Pagefind keeps one object per fragment, and judging a term reads its matched words.
 */

export interface EvaluatedQuery {
  /** The matching results: by the sum of their terms' scores, or in the order asked for. */
  results: PagefindResult[];
  /** Terms (as searched) that no article matches. */
  unmatched: string[];
}

type ResultMap = Map<string, PagefindResult>;

export async function evaluateQuery(pagefind: Pagefind, tree: QueryNode, options: PagefindSearchOptions): Promise<EvaluatedQuery> {
  const { filters } = options;
  const scores = new Map<string, number>();
  const unmatched: string[] = [];
  const searched = new Map<string, ResultMap>();
  let everything: ResultMap | undefined;

  async function term(node: TermNode): Promise<ResultMap> {
    const text = node.phrase ? `"${node.text}"` : node.text;
    const known = searched.get(text);
    if (known) return known;
    const found = await pagefind.search(text, { filters });
    const { matches } = await judgeResults(pagefind, text, found?.results ?? []);
    if (matches.length === 0) unmatched.push(text);
    for (const result of matches) scores.set(result.id, (scores.get(result.id) ?? 0) + result.score);
    const map: ResultMap = new Map(matches.map((result) => [result.id, result]));
    searched.set(text, map);
    return map;
  }

  async function all(): Promise<ResultMap> {
    everything ??= new Map(((await pagefind.search(null, { filters }))?.results ?? []).map((result) => [result.id, result]));
    return everything;
  }

  async function evaluate(node: QueryNode): Promise<ResultMap> {
    if (node.kind === 'term') return term(node);
    if (node.kind === 'any') {
      const union: ResultMap = new Map();
      for (const part of node.parts) for (const [id, result] of await evaluate(part)) if (!union.has(id)) union.set(id, result);
      return union;
    }
    const parts = node.kind === 'not' ? [node] : node.parts;
    const kept = parts.filter((part) => part.kind !== 'not');
    // A query of nothing but words to leave out leaves them out of everything the filters allow.
    let found = kept.length > 0 ? await evaluate(kept[0]!) : await all();
    for (const part of kept.slice(1)) {
      const also = await evaluate(part);
      found = new Map([...found].filter(([id]) => also.has(id)));
    }
    for (const part of parts) {
      if (part.kind !== 'not') continue;
      const left = await evaluate(part.operand);
      found = new Map([...found].filter(([id]) => !left.has(id)));
    }
    return found;
  }

  const found = await evaluate(tree);
  if (!options.sort) {
    const results = [...found.values()].sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0));
    return { results, unmatched };
  }
  // In date order: the order of every page the filters allow, sorted by Pagefind, kept where found.
  const ordered = (await pagefind.search(null, options))?.results ?? [];
  return { results: ordered.flatMap((result) => found.get(result.id) ?? []), unmatched };
}
