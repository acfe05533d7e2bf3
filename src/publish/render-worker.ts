import { parseFrontmatter } from '@astrojs/markdown-remark';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { renderArticleMarkdown, renderFeedMarkdown } from '../markdown/article-markdown.ts';
import { countWords, noWordCounts } from '../search/suggestion-words.ts';
import { CITATION_STYLES, formatCitation } from '../views/citation.ts';
import { firstSentence } from '../views/summary.ts';
import type { FormattedCitations, RenderJob, RenderReply, RenderRequest, RenderResult } from './render-messages.ts';

/**
 * The render worker: reads an article's file and renders its body, first sentence and formatted
 * references, the CPU-bound parts of an article page (src/publish/off-thread.ts says why they run
 * here), counts the words of the search page's word list (src/search/word-counts-record.ts), and in a build writes the files beside the page (src/publish/article-files.ts). Loaded by Node itself, not by Vite, so everything it imports is plain TypeScript that
 * Node can strip.
 */

/** The Markdown body below the frontmatter, as the importer wrote it. */
async function markdownBody(file: string): Promise<string> {
  return parseFrontmatter(await readFile(file, 'utf8')).content;
}

async function render(job: RenderJob): Promise<RenderResult> {
  switch (job.kind) {
    case 'body': {
      const markdown = await markdownBody(job.file);
      return { html: await renderArticleMarkdown(markdown), summary: firstSentence(markdown) };
    }
    case 'feed-body':
      return renderFeedMarkdown(await markdownBody(job.file), job.articleUrl);
    case 'summary':
      return firstSentence(await markdownBody(job.file));
    case 'citations': {
      const formatted = {} as FormattedCitations;
      for (const { id } of CITATION_STYLES) formatted[id] = formatCitation(job.item, id, 'html');
      return formatted;
    }
    case 'count-words': {
      const counts = noWordCounts();
      for (const { title, file } of job.articles) countWords(counts, `${title}\n${file ? await markdownBody(file) : ''}`);
      return counts;
    }
    case 'write':
      // Here, not on Astro's thread: a CPU profile of a 10,000-article build put 3.5-4 s of
      // Astro's thread in the promise API's mkdir, open, write and copy calls for these files.
      for (const folder of new Set(job.files.map(({ file }) => path.dirname(file)))) mkdirSync(folder, { recursive: true });
      for (const { file, content } of job.files) {
        if ('text' in content) writeFileSync(file, content.text);
        else copyFileSync(content.copyOf, file);
      }
      return null;
  }
}

parentPort!.on('message', async (request: RenderRequest) => {
  let reply: RenderReply;
  try {
    reply = { id: request.id, result: await render(request) };
  } catch (error) {
    reply = { id: request.id, error: (error as Error).stack ?? String(error) };
  }
  parentPort!.postMessage(reply);
});
