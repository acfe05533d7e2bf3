import { existsSync } from 'node:fs';
import path from 'node:path';
import { REREADS_CONTENT } from '../lib/build-mode.ts';
import { buildContentState } from '../lib/build-content-state.ts';
import { contentFiles, originalFileName, revisionId } from '../lib/content-files.ts';
import { contentDir } from '../lib/project-folders.ts';
import { fileStamp } from './changed-files.ts';
import { oncePerRecord } from './once-per-record.ts';
import { localDay } from '../lib/urls.ts';
import { loadArchive, type SiteRecord } from '../data/archive.ts';
import { originalPath, originalRevisionPath, originalRevisionViewPath, originalViewPath } from '../lib/urls.ts';

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

/**
 * Whether an original clipping is on disk. A build lists content/originals/ once instead of
 * asking for each article's files (two checks an article, a second of a 10,000-article build):
 * from the state of content/ the build started from (src/lib/build-content-state.ts), or else
 * with the content walk (src/lib/content-files.ts), which tells a folder by its entry where
 * readdir's `recursive` stats every entry (30,000 articles: 0.27-0.31 s of CPU against
 * 0.51-0.57 s, BENCHMARKS.md); `astro dev` asks each time (REREADS_CONTENT).
 */
let originalsOnDisk: Set<string> | undefined;

function isOnDisk(file: string): boolean {
  if (REREADS_CONTENT) return existsSync(file);
  if (!originalsOnDisk) {
    const folder = path.join(contentDir(), 'originals');
    originalsOnDisk = new Set([...(buildContentState(folder)?.keys() ?? contentFiles(folder))].map((name) => path.join(folder, name)));
  }
  return originalsOnDisk.has(file);
}

interface Originals {
  current: string | undefined;
  earlier: EarlierOriginal[];
}

function findOriginals(record: SiteRecord): Originals {
  const folder = path.join(contentDir(), 'originals');
  const current = path.join(folder, originalFileName(record.id));
  const earlier = record.article.revisions.flatMap(({ sha256, replaced }) => {
    const short = revisionId(sha256);
    const file = path.join(folder, originalFileName(record.id, sha256));
    return isOnDisk(file) ? [{ sha256, replaced, file, path: originalRevisionPath(record.path, short), view: originalRevisionViewPath(record.path, short) }] : [];
  });
  return { current: isOnDisk(current) ? current : undefined, earlier };
}

/** An article's clippings on disk, found once per record: its page, its files and its clipping pages each ask (three times an article). */
const originalsOf = oncePerRecord(findOriginals);

/**
 * The raw clipping kept beside the article: content/originals/<article file's path>.txt, as the
 * importer writes it. An article written by hand may have none.
 */
export function originalFile(record: SiteRecord): string | undefined {
  return originalsOf(record).current;
}

export interface EarlierOriginal {
  sha256: string;
  /** When the importer replaced it (ISO 8601 with offset). */
  replaced: string;
  /** The kept file, content/originals/<article>.<first 12 hex digits of its hash>.txt. */
  file: string;
  /** Its site path beside the article. */
  path: string;
  /** The page that shows its text (originalRevisionViewPath). */
  view: string;
}

/**
 * The clippings an article was imported from before `import --update` replaced them, oldest
 * first: the importer keeps each beside the current one, named by its hash. A revision whose file
 * is missing (hand-edited content) is left out.
 */
export function earlierOriginals(record: SiteRecord): EarlierOriginal[] {
  return originalsOf(record).earlier;
}

/** A clipping as its page shows it (src/components/OriginalClipping.astro). */
export interface ClippingView {
  record: SiteRecord;
  /** The clipping on disk. */
  file: string;
  /**
   * The name it was imported under, which tells a saved page or a Safari web archive from a text
   * clipping (src/importer/original-text.ts); an earlier clipping's is not kept, so its kept file's.
   */
  importedAs: string;
  /** The charset the importer read it in, when its bytes do not say (`original.charset`); not kept for an earlier clipping. */
  charset?: string;
  /**
   * The file's stamp (src/publish/changed-files.ts). The page prints the file's text, and the
   * frontmatter's sha256 does not change when the file is edited by hand: the stamp puts the
   * file itself in the page's cache key.
   */
  stamp: string;
  sha256: string;
  /** Site paths of its raw bytes and of its page. */
  raw: string;
  view: string;
  /** When an update replaced it; none for the current clipping. */
  replaced?: string;
}

/** getStaticPaths for the pages of an article's current clipping (`…/original/`). */
export async function currentClippingStaticPaths() {
  return (await articleStaticPaths()).flatMap(({ params, props: { record } }) => {
    const file = originalFile(record);
    if (!file) return [];
    const clipping: ClippingView = { record, file, importedAs: record.article.original.file, charset: record.article.original.charset, stamp: fileStamp(file), sha256: record.article.original.sha256, raw: originalPath(record.path), view: originalViewPath(record.path) };
    return [{ params, props: clipping }];
  });
}

/** getStaticPaths for the pages of an article's earlier clippings (`…/original-<revision>/`). */
export async function earlierClippingStaticPaths() {
  return (await articleStaticPaths()).flatMap(({ params, props: { record } }) =>
    earlierOriginals(record).map((earlier) => {
      const clipping: ClippingView = { record, file: earlier.file, importedAs: earlier.file, stamp: fileStamp(earlier.file), sha256: earlier.sha256, raw: earlier.path, view: earlier.view, replaced: earlier.replaced };
      return { params: { ...params, revision: revisionId(earlier.sha256) }, props: clipping };
    }),
  );
}
