import type { IndexableArticle } from '../../src/archive/archive-index.ts';

/** An archive-index entry with only what a test names: no authors and no entities unless given. */
export function article(slug: string, published: string, extra: Partial<IndexableArticle> = {}): { id: string; article: IndexableArticle } {
  return {
    id: `${published.slice(0, 10).replace(/-/g, '/')}/${slug}`,
    article: { title: slug, slug, source: 'civil-georgia', authors: [], published, people: [], places: [], organizations: [], aliases: [], ...extra },
  };
}
