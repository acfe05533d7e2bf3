import type { CollectionEntry } from 'astro:content';
import path from 'node:path';
import { feedBodyOffThread, firstSentenceOffThread, renderBodyOffThread } from './off-thread.ts';
import type { RenderedBody } from './render-messages.ts';

/**
 * An article's body, read from its Markdown file when a page needs it: the content collection
 * holds frontmatter only (src/lib/frontmatter-loader.ts), so a 100,000-article archive never
 * holds every body in memory at once. Files are read and rendered on the render worker.
 */

type ArticleEntry = CollectionEntry<'articles'>;

/** The article's file; the loader stores it relative to the project root, the folder Astro builds from. */
function articleFile(entry: ArticleEntry): string {
  if (!entry.filePath) throw new Error(`article ${entry.id} has no file to read its body from`);
  return path.resolve(entry.filePath);
}

/** The body as the article's page shows it, and its first sentence, from one read of the file. */
export function articleBody(entry: ArticleEntry): Promise<RenderedBody> {
  return renderBodyOffThread(articleFile(entry));
}

/** The body as a feed carries it, links absolute against the article's URL. */
export function articleFeedBody(entry: ArticleEntry, articleUrl: string): Promise<string> {
  return feedBodyOffThread(articleFile(entry), articleUrl);
}

/**
 * First sentences are asked for by every list an article appears in (day, month, year, paper,
 * author, entity pages); each file is read for it once per build. Keyed by digest so `astro dev`
 * sees an edited article.
 */
const summaries = new Map<string, Promise<string>>();

export function articleSummary(entry: ArticleEntry): Promise<string> {
  const key = `${entry.id}\0${entry.digest ?? ''}`;
  let summary = summaries.get(key);
  if (!summary) {
    summary = firstSentenceOffThread(articleFile(entry));
    summaries.set(key, summary);
  }
  return summary;
}
