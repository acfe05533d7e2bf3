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

export interface EarlierOriginal {
  sha256: string;
  /** When the importer replaced it (ISO 8601 with offset). */
  replaced: string;
  /** The kept file, content/originals/<article>.<first 12 hex digits of its hash>.txt. */
  file: string;
  /** Its site path beside the article. */
  path: string;
}

/**
 * The clippings an article was imported from before `import --update` replaced them, oldest
 * first: the importer keeps each beside the current one, named by its hash. A revision whose file
 * is missing (hand-edited content) is left out.
 */
export function earlierOriginals(record: SiteRecord): EarlierOriginal[] {
  return record.article.revisions.flatMap(({ sha256, replaced }) => {
    const short = sha256.slice(0, 12);
    const file = path.join(contentDir(), 'originals', `${record.id}.${short}.txt`);
    return existsSync(file) ? [{ sha256, replaced, file, path: `${record.path}original-${short}.txt` }] : [];
  });
}
