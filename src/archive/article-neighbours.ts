import type { EntityKind } from '../lib/entity-kinds.ts';
import type { ArchiveIndex, ArticleRecord, IndexableArticle } from './archive-index.ts';
import { relatedArticles, sharedEntities } from './related.ts';

/**
 * What an article page shows of the archive's other articles: the one just before it and the one
 * just after it in time, and its related articles, each with the distinctive entities it shares
 * with this one, the rarest first (sharedEntities). The page's cache key is taken over these
 * records, each as its file's digest (src/publish/key-input.ts), and the page renders from them,
 * so a page cannot show of another article anything its key does not cover; the names it prints
 * for them (a paper's, an entity's) are in every page's key (src/publish/page-keys.ts).
 */
export interface ArticleNeighbours<T extends IndexableArticle = IndexableArticle> {
  previous: ArticleRecord<T> | null;
  next: ArticleRecord<T> | null;
  related: { record: ArticleRecord<T>; shared: { kind: EntityKind; id: string }[] }[];
}

export function articleNeighbours<T extends IndexableArticle>(index: ArchiveIndex<T>, record: ArticleRecord<T>): ArticleNeighbours<T> {
  return {
    previous: index.chronological[record.position - 1] ?? null,
    next: index.chronological[record.position + 1] ?? null,
    related: relatedArticles(index, record).map((other) => ({ record: other, shared: sharedEntities(index, record, other) })),
  };
}
