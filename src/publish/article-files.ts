import { readFile } from 'node:fs/promises';
import type { SiteRecord } from '../data/archive.ts';
import { SERVES_ARTICLE_FILES_FROM_ROUTES } from '../lib/build-mode.ts';
import { articleReference } from './article-citation.ts';
import { articleStaticPaths, earlierOriginals, originalFile } from './article-routes.ts';
import { bibPath, originalPath, risPath } from '../lib/urls.ts';

/**
 * The files beside an article's page, declared once: ARTICLE_FILES. A build writes them when its
 * pages are done (src/publish/integration.ts); `astro dev` serves each from its route under
 * src/pages/[year]/[month]/[day]/[slug]/, which answers with the same bytes. The article's pages
 * are not here: its own page, its clipping's and its earlier clippings' (index.astro, original/
 * and original-[revision]/ in that same folder) are Astro routes. So a new per-article file is an
 * entry in ARTICLE_FILES and a dev route; a new per-article page is a route in that folder.
 */

/** What an article's files are made from. */
export interface ArticleFileSources {
  record: SiteRecord;
}

export interface ArticleFile {
  /** Site path, like the article's own: `YYYY/MM/DD/slug/slug.bib`. */
  path: string;
  /**
   * A text, made when it is to be written (a build makes it only when its article changed,
   * src/publish/changed-files.ts), or the content file to copy byte for byte.
   */
  content: { make: () => Promise<string> } | { copyOf: string };
}

export interface ArticleFileKind {
  /** The Content-Type its route answers with in `astro dev`. */
  contentType: string;
  /** This kind's files of one article: none, one or several. */
  files: (sources: ArticleFileSources) => ArticleFile[];
}

/** Every kind of file an article has: a new one is one more entry here, and a route for `astro dev`. */
export const ARTICLE_FILES = {
  /** The clipping exactly as received, byte for byte (`original.txt`); an article written by hand may have none. */
  original: {
    contentType: 'text/plain; charset=utf-8',
    files: ({ record }) => {
      const file = originalFile(record);
      return file ? [{ path: originalPath(record.path), content: { copyOf: file } }] : [];
    },
  },
  /** Earlier clippings, replaced by `import --update` (`original-<revision>.txt`). */
  earlierOriginals: {
    contentType: 'text/plain; charset=utf-8',
    files: ({ record }) => earlierOriginals(record).map((earlier) => ({ path: earlier.path, content: { copyOf: earlier.file } })),
  },
  /** The reference as RIS, named after the article (`<slug>.ris`). */
  ris: {
    contentType: 'application/x-research-info-systems',
    files: ({ record }) => [{ path: risPath(record.path), content: { make: async () => (await articleReference(record)).ris } }],
  },
  /** The reference as BibTeX (`<slug>.bib`). */
  bib: {
    contentType: 'application/x-bibtex; charset=utf-8',
    files: ({ record }) => [{ path: bibPath(record.path), content: { make: async () => (await articleReference(record)).bibtex } }],
  },
} satisfies Record<string, ArticleFileKind>;

export type ArticleFileKindName = keyof typeof ARTICLE_FILES;

/** All of an article's files. */
export function articleFiles(sources: ArticleFileSources): ArticleFile[] {
  return Object.values(ARTICLE_FILES).flatMap((kind: ArticleFileKind) => kind.files(sources));
}

/**
 * A route serving one kind of file in `astro dev` (src/pages/[year]/[month]/[day]/[slug]/):
 * getStaticPaths gives one path per file of that kind, none in a build, which writes the files
 * itself; `params` turns a file's name (the last part of its path) into the route's own parameters.
 */
export function articleFileRoute(name: ArticleFileKindName, params: (fileName: string) => Record<string, string> = () => ({})) {
  const kind: ArticleFileKind = ARTICLE_FILES[name];
  const filesOf = (record: SiteRecord) => kind.files({ record });
  return {
    async getStaticPaths() {
      if (!SERVES_ARTICLE_FILES_FROM_ROUTES) return [];
      return (await articleStaticPaths()).flatMap(({ params: article, props: { record } }) =>
        filesOf(record).map((file) => ({ params: { ...article, ...params(file.path.slice(record.path.length)) }, props: { record, path: file.path } })),
      );
    },
    /** The file as it is now: `astro dev` may have kept the paths from before an import. */
    async GET({ props }: { props: { record: SiteRecord; path: string } }): Promise<Response> {
      const file = filesOf(props.record).find((candidate) => candidate.path === props.path);
      if (!file) return new Response(null, { status: 404 });
      const body = 'copyOf' in file.content ? await readFile(file.content.copyOf) : await file.content.make();
      return new Response(body, { headers: { 'Content-Type': kind.contentType } });
    },
  };
}
