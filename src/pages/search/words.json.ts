import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadArchive } from '@/data/archive.ts';
import { suggestionWords } from '@/search/suggestion-words.ts';
import { articleWordCounts } from '@/search/word-counts-record.ts';

/** The words "Did you mean" chooses from (src/search/suggestion-words.ts), fetched when a query finds nothing. */
export const GET: APIRoute = async () => {
  const site = await loadArchive();
  const names = [
    ...Object.values(site.gazetteer).flatMap((entities) => [...entities.values()].flatMap((entity) => [entity.name, ...entity.aliases])),
    ...site.chronological.flatMap(({ article }) => article.authors),
  ];
  // Each body is read only if the last build did not count it (src/search/word-counts-record.ts), one file at a time.
  const counts = await articleWordCounts(
    site.chronological.map(({ article }) => ({
      id: article.entry.id,
      digest: String(article.entry.digest),
      text: () => `${article.title}\n${article.entry.filePath ? parseFrontmatter(readFileSync(path.resolve(article.entry.filePath), 'utf8')).content : ''}`,
    })),
  );
  return new Response(JSON.stringify(suggestionWords(counts, names)), { headers: { 'Content-Type': 'application/json' } });
};
