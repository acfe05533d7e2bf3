import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { contentDir } from '../lib/content-dir.ts';
import { localDay } from '../lib/urls.ts';
import { loadArchive, type SiteRecord } from './archive.ts';
import { renderArticlesAhead } from './article-render.ts';
import { originalRevisionPath } from './paths.ts';

/**
 * getStaticPaths for everything under an article's permalink (the page, its original clipping,
 * its citation files): one route parameter set per article, from articlePath's date and slug.
 * The first of these routes to be built starts rendering the article pages' bodies and
 * references ahead of them, in the pages' own order.
 */
export async function articleStaticPaths() {
  const site = await loadArchive();
  renderArticlesAhead(site.chronological);
  return site.chronological.map((record) => {
    const [year, month, day] = localDay(record.article.published);
    return { params: { year, month, day, slug: record.article.slug }, props: { record } };
  });
}

export interface ArticleRouteProps {
  record: SiteRecord;
}

/**
 * Whether an original clipping is on disk. A build lists content/originals/ once instead of
 * asking for each article's files (two checks an article, a second of a 10,000-article build);
 * `astro dev` asks each time, since a clipping may be imported while it runs.
 */
let originalsOnDisk: Set<string> | undefined;

function isOnDisk(file: string): boolean {
  if (import.meta.env.DEV) return existsSync(file);
  if (!originalsOnDisk) {
    const folder = path.join(contentDir(), 'originals');
    originalsOnDisk = new Set(existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((name) => path.join(folder, name)) : []);
  }
  return originalsOnDisk.has(file);
}

/**
 * The raw clipping kept beside the article: content/originals/<article file's path>.txt, as the
 * importer writes it. An article written by hand may have none.
 */
export function originalFile(record: SiteRecord): string | undefined {
  const file = path.join(contentDir(), 'originals', `${record.id}.txt`);
  return isOnDisk(file) ? file : undefined;
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
    return isOnDisk(file) ? [{ sha256, replaced, file, path: originalRevisionPath(record.path, short) }] : [];
  });
}
