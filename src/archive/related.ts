import { ENTITY_KIND_LIST, ENTITY_KINDS, type EntityKind } from '../lib/entity-kinds.ts';
import type { ArchiveIndex, ArticleRecord, IndexableArticle } from './archive-index.ts';

/**
 * "Related articles": what makes two articles related, and how the related ones rank.
 *
 * Only a *distinctive* gazetteer entity counts. An entity is common, and counts for nothing, when
 * the archive names it in more than COMMON_SHARE of its articles (and in more than two: an entity
 * named in just two articles ties exactly those two together, however small the archive). In a
 * paper from Tbilisi, "Tbilisi" says nothing about what a story is about.
 *
 * Two articles are related when they share a distinctive person or organisation (a kind that
 * `definesStory`, src/lib/entity-kinds.ts), or at least two
 * distinctive entities of any kind: a place alone is a setting, not a story (a transport report
 * and a Kremlin meeting may both happen in Tbilisi).
 *
 * Related articles rank by the weight of what they share, each shared entity weighing its inverse
 * document frequency, ln(1 + articles / articles naming it): a rarely named person counts for
 * more than a often named one. Equal weights go to the article nearer in time.
 *
 * Scored from the inverted index (entity -> articles in time order) already held in the archive
 * index, never by comparing all pairs. A frequent but distinctive entity (10 % of 100,000
 * articles) still has a posting list of thousands; walking all of it for every article would be
 * quadratic again. So each entity only offers the `window` articles nearest in time on either
 * side of the article: a candidate far outside every window could only have ranked through
 * sharing more than the nearby ones do; with a window of 100 that is a rare, accepted loss.
 */
export const COMMON_SHARE = 0.1;

export interface RelatedOptions {
  limit?: number;
  window?: number;
}

/**
 * What each candidate shares with the article, summed by the candidate's position in time: typed
 * arrays the size of the archive, made once per archive and cleared after each call (`touched`).
 * Every build ranks every article's related ones (article pages are keyed over them); a Map of
 * candidates per article made that 2-2.5x slower (the bench corpus's 10,000 articles, same lists).
 */
interface Sums {
  weight: Float64Array;
  entities: Uint32Array;
  defining: Uint8Array;
  touched: number[];
}

const sumsByArchive = new WeakMap<ArchiveIndex<IndexableArticle>, Sums>();

function sumsFor(index: ArchiveIndex<IndexableArticle>): Sums {
  let sums = sumsByArchive.get(index);
  if (!sums) {
    const size = index.chronological.length;
    sums = { weight: new Float64Array(size), entities: new Uint32Array(size), defining: new Uint8Array(size), touched: [] };
    sumsByArchive.set(index, sums);
  }
  return sums;
}

export function relatedArticles<T extends IndexableArticle>(
  index: ArchiveIndex<T>,
  record: ArticleRecord<T>,
  { limit = 5, window = 100 }: RelatedOptions = {},
): ArticleRecord<T>[] {
  if (limit <= 0) return [];
  const articles = index.chronological.length;
  const commonAbove = commonAboveIn(index);
  const { weight, entities, defining, touched } = sumsFor(index);
  for (const kind of ENTITY_KINDS) {
    const definesStory = ENTITY_KIND_LIST[kind].definesStory;
    for (const id of record.article[kind]) {
      const postings = index.entities[kind].get(id);
      if (!postings || postings.length > commonAbove) continue;
      const entityWeight = Math.log(1 + articles / postings.length);
      const at = positionIn(postings, record.position);
      const from = Math.max(0, at - window);
      const to = Math.min(postings.length, at + window + 1);
      for (let i = from; i < to; i += 1) {
        const other = postings[i]!.position;
        if (other === record.position) continue;
        if (entities[other] === 0) touched.push(other);
        weight[other] = weight[other]! + entityWeight;
        entities[other] = entities[other]! + 1;
        if (definesStory) defining[other] = 1;
      }
    }
  }
  // The best `limit` by the ranking below, kept in order while scanning: a full sort of the
  // hundreds of candidates for every article page was a second of a 10,000-article build.
  const rank = (a: number, b: number) =>
    weight[b]! - weight[a]! ||
    Math.abs(index.chronological[a]!.instant - record.instant) - Math.abs(index.chronological[b]!.instant - record.instant) ||
    a - b;
  const best: number[] = [];
  for (const candidate of touched) {
    if (!defining[candidate] && entities[candidate]! < 2) continue;
    if (best.length === limit && rank(candidate, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && rank(candidate, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  for (const candidate of touched) {
    weight[candidate] = 0;
    entities[candidate] = 0;
    defining[candidate] = 0;
  }
  touched.length = 0;
  return best.map((position) => index.chronological[position]!);
}

/** More articles than this naming an entity make it common (see COMMON_SHARE). */
function commonAboveIn(index: ArchiveIndex<IndexableArticle>): number {
  return Math.max(2, COMMON_SHARE * index.chronological.length);
}

/**
 * The distinctive entities two articles both name, the rarest first (it says most about what
 * ties them): what makes them related, for the article page to say. Common entities are left
 * out, as relatedArticles leaves them out.
 */
export function sharedEntities<T extends IndexableArticle>(
  index: ArchiveIndex<T>,
  record: ArticleRecord<T>,
  other: ArticleRecord<T>,
): { kind: EntityKind; id: string }[] {
  const commonAbove = commonAboveIn(index);
  const named = (kind: EntityKind, id: string) => index.entities[kind].get(id)?.length ?? 0;
  return ENTITY_KINDS.flatMap((kind) =>
    record.article[kind].filter((id) => other.article[kind].includes(id) && named(kind, id) <= commonAbove).map((id) => ({ kind, id, named: named(kind, id) })),
  )
    .sort((a, b) => a.named - b.named)
    .map(({ kind, id }) => ({ kind, id }));
}

/** Index of the first posting at or after `position` (postings are in time order). */
function positionIn(postings: ArticleRecord[], position: number): number {
  let low = 0;
  let high = postings.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (postings[mid]!.position < position) low = mid + 1;
    else high = mid;
  }
  return low;
}
