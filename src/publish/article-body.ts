import type { ArticleFile } from '../data/article-frontmatter.ts';
import { feedBodyOffThread, firstSentenceOffThread, renderBodyOffThread } from './off-thread.ts';
import type { RenderedBody } from './render-messages.ts';

/**
 * An article's body, read from its Markdown file when a page needs it: the archive holds
 * frontmatter only (src/data/article-frontmatter.ts), so a 100,000-article archive never
 * holds every body in memory at once. Files are read and rendered on the render worker.
 */

/** The body as the article's page shows it, and its first sentence, from one read of the file. */
export function articleBody(entry: ArticleFile): Promise<RenderedBody> {
  return renderBodyOffThread(entry.filePath);
}

/** The body as a feed carries it, links absolute against the article's URL. */
export function articleFeedBody(entry: ArticleFile, articleUrl: string): Promise<string> {
  return feedBodyOffThread(entry.filePath, articleUrl);
}

/**
 * First sentences are asked for by every list an article appears in (day, month, year, paper,
 * author, entity pages); each file is read for it once per build. Keyed by digest so `astro dev`
 * sees an edited article.
 */
const summaries = new Map<string, Promise<string>>();

export function articleSummary(entry: ArticleFile): Promise<string> {
  const key = `${entry.id}\0${entry.digest}`;
  let summary = summaries.get(key);
  if (!summary) {
    summary = firstSentenceOffThread(entry.filePath);
    summaries.set(key, summary);
  }
  return summary;
}
