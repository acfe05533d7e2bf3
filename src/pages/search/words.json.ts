import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadArchive, type SiteRecord } from '@/data/archive.ts';
import { suggestionWords } from '@/search/suggestion-words.ts';

/** The words "Did you mean" chooses from (src/search/suggestion-words.ts), fetched when a query finds nothing. */
export const GET: APIRoute = async () => {
  const site = await loadArchive();
  const names = [
    ...Object.values(site.gazetteer).flatMap((entities) => [...entities.values()].flatMap((entity) => [entity.name, ...entity.aliases])),
    ...site.chronological.flatMap(({ article }) => article.authors),
  ];
  return new Response(JSON.stringify(suggestionWords({ texts: titlesAndBodies(site.chronological), names })), { headers: { 'Content-Type': 'application/json' } });
};

/** Each article's title and body, read one file at a time so no more than one body is held at once. */
function* titlesAndBodies(records: readonly SiteRecord[]): Generator<string> {
  for (const { article } of records) {
    const file = article.entry.filePath;
    const body = file ? parseFrontmatter(readFileSync(path.resolve(file), 'utf8')).content : '';
    yield `${article.title}\n${body}`;
  }
}
