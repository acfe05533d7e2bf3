import type { APIRoute } from 'astro';
import path from 'node:path';
import { loadArchive } from '@/data/archive.ts';
import { countWordsOffThread } from '@/publish/off-thread.ts';
import { suggestionWords } from '@/search/suggestion-words.ts';
import { articleWordCounts } from '@/search/word-counts-record.ts';

/** The words "Did you mean" chooses from (src/search/suggestion-words.ts), fetched when a query finds nothing. */
export const GET: APIRoute = async () => {
  const site = await loadArchive();
  const names = [
    ...Object.values(site.gazetteer).flatMap((entities) => [...entities.values()].flatMap((entity) => [entity.name, ...entity.aliases])),
    ...site.chronological.flatMap(({ article }) => article.authors),
  ];
  // Each body is read only if the last build did not count it (src/search/word-counts-record.ts), on the render worker.
  const counts = await articleWordCounts(
    site.chronological.map(({ article }) => ({
      id: article.entry.id,
      digest: String(article.entry.digest),
      title: article.title,
      file: article.entry.filePath ? path.resolve(article.entry.filePath) : undefined,
    })),
    countWordsOffThread,
  );
  return new Response(JSON.stringify(suggestionWords(counts, names)), { headers: { 'Content-Type': 'application/json' } });
};
