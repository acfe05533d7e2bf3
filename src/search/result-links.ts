import type { PagefindSubResult } from './client/pagefind-api.ts';
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

/**
 * Where a search result sends the reader: the article, or the exact paragraph that matched,
 * carrying the searched terms so the article page can mark them.
 */

export { HIGHLIGHT_PARAM };

/** Body paragraphs are anchored `p1`, `p2`, ... (src/markdown/rehype-paragraph-ids.ts). */
const PARAGRAPH_ID = /^p(\d+)$/;

export interface ParagraphHit {
  /** 1-based paragraph number, as in the `#pN` anchor. */
  paragraph: number;
  url: string;
  excerpt: string;
  plainExcerpt: string;
  /** Where the paragraph starts: its first word's number in the page's text. */
  start: number;
}

/**
 * The paragraphs that matched best, at most `limit`, in reading order. Pagefind's sub-results also
 * include the stretch before the first anchor (the title); only real paragraphs are kept.
 */
export function paragraphHits(subResults: PagefindSubResult[], limit = 3): ParagraphHit[] {
  return subResults
    .flatMap((sub) => {
      const { anchor } = sub;
      const match = PARAGRAPH_ID.exec(anchor?.id ?? '');
      if (!anchor || !match || sub.locations.length === 0) return [];
      const score = sub.weighted_locations.reduce((sum, word) => sum + word.balanced_score, 0);
      const hit: ParagraphHit = { paragraph: Number(match[1]), url: sub.url, excerpt: sub.excerpt, plainExcerpt: sub.plain_excerpt, start: anchor.location };
      return [{ hit, score }];
    })
    .sort((a, b) => b.score - a.score || a.hit.paragraph - b.hit.paragraph)
    .slice(0, limit)
    .map(({ hit }) => hit)
    .sort((a, b) => a.paragraph - b.paragraph);
}

/** `url` (a site path, maybe with `#pN`) with one highlight parameter per term, hash kept last. */
export function highlightLink(url: string, terms: string[]): string {
  const parsed = new URL(url, 'https://archive.invalid');
  for (const term of terms) parsed.searchParams.append(HIGHLIGHT_PARAM, term);
  return parsed.pathname + parsed.search + parsed.hash;
}
