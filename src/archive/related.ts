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

interface Shared {
  weight: number;
  entities: number;
  defining: boolean;
}

export function relatedArticles<T extends IndexableArticle>(
  index: ArchiveIndex<T>,
  record: ArticleRecord<T>,
  { limit = 5, window = 100 }: RelatedOptions = {},
): ArticleRecord<T>[] {
  if (limit <= 0) return [];
  const articles = index.chronological.length;
  const commonAbove = commonAboveIn(index);
  const shared = new Map<ArticleRecord<T>, Shared>();
  for (const kind of ENTITY_KINDS) {
    for (const id of record.article[kind]) {
      const postings = index.entities[kind].get(id);
      if (!postings || postings.length > commonAbove) continue;
      const weight = Math.log(1 + articles / postings.length);
      const at = positionIn(postings, record.position);
      const from = Math.max(0, at - window);
      const to = Math.min(postings.length, at + window + 1);
      for (let i = from; i < to; i += 1) {
        const other = postings[i]!;
        if (other === record) continue;
        const sum = shared.get(other) ?? { weight: 0, entities: 0, defining: false };
        sum.weight += weight;
        sum.entities += 1;
        sum.defining ||= ENTITY_KIND_LIST[kind].definesStory;
        shared.set(other, sum);
      }
    }
  }
  // The best `limit` by the ranking below, kept in order while scanning: a full sort of the
  // hundreds of candidates for every article page was a second of a 10,000-article build.
  const rank = ([a, sharedA]: [ArticleRecord<T>, Shared], [b, sharedB]: [ArticleRecord<T>, Shared]) =>
    sharedB.weight - sharedA.weight ||
    Math.abs(a.instant - record.instant) - Math.abs(b.instant - record.instant) ||
    a.position - b.position;
  const best: [ArticleRecord<T>, Shared][] = [];
  for (const candidate of shared) {
    const [, sum] = candidate;
    if (!sum.defining && sum.entities < 2) continue;
    if (best.length === limit && rank(candidate, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && rank(candidate, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(([other]) => other);
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
