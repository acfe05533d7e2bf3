import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadArchive } from '../../site/archive.ts';
import { suggestionWords } from '../../search/suggestion-words.ts';

/** The words "Did you mean" chooses from (src/search/suggestion-words.ts), fetched when a query finds nothing. */
export const GET: APIRoute = async () => {
  const site = await loadArchive();
  const texts: string[] = [];
  // One file at a time: the bodies are not kept, only their words' counts.
  for (const { article } of site.chronological) {
    const file = article.entry.filePath;
    const body = file ? parseFrontmatter(await readFile(path.resolve(file), 'utf8')).content : '';
    texts.push(`${article.title}\n${body}`);
  }
  const names = [
    ...Object.values(site.gazetteer).flatMap((entities) => [...entities.values()].flatMap((entity) => [entity.name, ...entity.aliases])),
    ...site.chronological.flatMap(({ article }) => article.authors),
  ];
  return new Response(JSON.stringify(suggestionWords({ texts, names })), { headers: { 'Content-Type': 'application/json' } });
};
