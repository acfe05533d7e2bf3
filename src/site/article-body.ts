import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { CollectionEntry } from 'astro:content';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { renderBodyOffThread } from '../render/off-thread.ts';
import { firstSentence } from './summary.ts';

/**
 * An article's body, read from its Markdown file when a page needs it: the content collection
 * holds frontmatter only (src/lib/frontmatter-loader.ts), so a 100,000-article archive never
 * holds every body in memory at once.
 */

type ArticleEntry = CollectionEntry<'articles'>;

/** The Markdown body below the frontmatter, as the importer wrote it. */
export async function articleMarkdown(entry: ArticleEntry): Promise<string> {
  if (!entry.filePath) throw new Error(`article ${entry.id} has no file to read its body from`);
  // The loader stores the path relative to the project root, the folder Astro builds from.
  return parseFrontmatter(await readFile(path.resolve(entry.filePath), 'utf8')).content;
}

/** The body as the article's page shows it, and its first sentence, from one read of the file. */
export async function articleBody(entry: ArticleEntry): Promise<{ html: string; summary: string }> {
  const markdown = await articleMarkdown(entry);
  return { html: await renderBodyOffThread(markdown), summary: firstSentence(markdown) };
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
    summary = articleMarkdown(entry).then((markdown) => firstSentence(markdown));
    summaries.set(key, summary);
  }
  return summary;
}
