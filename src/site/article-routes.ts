import { existsSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content-dir.ts';
import { localDay } from '../lib/urls.ts';
import { loadArchive, type SiteRecord } from './archive.ts';

/**
 * getStaticPaths for everything under an article's permalink (the page, its original clipping,
 * its citation files): one route parameter set per article, from articlePath's date and slug.
 */
export async function articleStaticPaths() {
  const site = await loadArchive();
  return site.chronological.map((record) => {
    const [year, month, day] = localDay(record.article.published);
    return { params: { year, month, day, slug: record.article.slug }, props: { record } };
  });
}

export interface ArticleRouteProps {
  record: SiteRecord;
}

/**
 * The raw clipping kept beside the article: content/originals/<article file's path>.txt, as the
 * importer writes it. An article written by hand may have none.
 */
export function originalFile(record: SiteRecord): string | undefined {
  const file = path.join(contentDir(), 'originals', `${record.id}.txt`);
  return existsSync(file) ? file : undefined;
}
