import { parentPort } from 'node:worker_threads';
import { renderArticleMarkdown } from '../markdown/article-markdown.ts';
import { CITATION_STYLES, formatCitation } from '../site/citation.ts';
import type { FormattedCitations, RenderJob, RenderReply, RenderRequest, RenderResult } from './render-messages.ts';

/**
 * The render worker: an article body's HTML and its formatted references, the two pure, CPU-bound
 * parts of an article page (src/render/off-thread.ts says why they run here). Loaded by Node
 * itself, not by Vite, so everything it imports is plain TypeScript that Node can strip.
 */

async function render(job: RenderJob): Promise<RenderResult> {
  if (job.kind === 'body') return renderArticleMarkdown(job.markdown);
  const formatted = {} as FormattedCitations;
  for (const { id } of CITATION_STYLES) formatted[id] = formatCitation(job.item, id, 'html');
  return formatted;
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
