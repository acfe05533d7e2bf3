import { ENTITY_KINDS } from '../lib/gazetteer-schema.ts';
import type { ArchiveIndex, ArticleRecord, IndexableArticle } from './archive-index.ts';

/**
 * "Related articles": those sharing the most gazetteer entities with an article, then the nearest
 * in time. Scored from the inverted index (entity -> articles in time order) already held in the
 * archive index, never by comparing all pairs.
 *
 * A very common entity (a president named in half the archive) has a posting list of tens of
 * thousands; walking all of it for every article would be quadratic again. So each entity only
 * offers the `window` articles nearest in time on either side of the article. Sharing more
 * entities ranks first, and time breaks ties, so a candidate far outside every window could only
 * have ranked through sharing more entities than the nearby ones do; with a window of 100 that
 * is a rare, accepted loss.
 */
export interface RelatedOptions {
  limit?: number;
  window?: number;
}

export function relatedArticles<T extends IndexableArticle>(
  index: ArchiveIndex<T>,
  record: ArticleRecord<T>,
  { limit = 5, window = 100 }: RelatedOptions = {},
): ArticleRecord<T>[] {
  if (limit <= 0) return [];
  const shared = new Map<ArticleRecord<T>, number>();
  for (const kind of ENTITY_KINDS) {
    for (const id of record.article[kind]) {
      const postings = index.entities[kind].get(id);
      if (!postings) continue;
      const at = positionIn(postings, record.position);
      const from = Math.max(0, at - window);
      const to = Math.min(postings.length, at + window + 1);
      for (let i = from; i < to; i += 1) {
        const other = postings[i]!;
        if (other !== record) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
  }
  // The best `limit` by the ranking below, kept in order while scanning: a full sort of the
  // hundreds of candidates for every article page was a second of a 10,000-article build.
  const rank = ([a, sharedA]: [ArticleRecord<T>, number], [b, sharedB]: [ArticleRecord<T>, number]) =>
    sharedB - sharedA || Math.abs(a.instant - record.instant) - Math.abs(b.instant - record.instant) || a.position - b.position;
  const best: [ArticleRecord<T>, number][] = [];
  for (const candidate of shared) {
    if (best.length === limit && rank(candidate, best[limit - 1]!) >= 0) continue;
    let at = best.length;
    while (at > 0 && rank(candidate, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map(([other]) => other);
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
