import type { ArticleFile } from './article-files.ts';

/**
 * What a build has published so far: each article whose page was rendered, with its files (not
 * yet written) and what the build manifest says of it. The publish integration opens it when the
 * build starts and, when every page is done, writes the files and the manifest from it
 * (src/publish/integration.ts); `astro dev` has none. It lives on globalThis for the reason the
 * render workers do (src/publish/off-thread.ts): the integration and the pages are two copies of
 * this module in one process.
 */
export interface PublishedArticle {
  /** Site path of the article's page: `YYYY/MM/DD/slug/`. */
  path: string;
  /** Its `published` frontmatter (ISO 8601 with the paper's offset). */
  published: string;
  /** The digest of the article file's bytes (src/data/article-frontmatter.ts). */
  contentHash: string;
  /**
   * The digest of what its made files are made from: its file and what every page may print
   * (src/publish/page-keys.ts), so that a build makes them again only when it changes.
   */
  madeFrom: string;
  /** Its files beside the page (src/publish/article-files.ts). */
  files: ArticleFile[];
}

export interface Publication {
  add(article: PublishedArticle): void;
  articles(): PublishedArticle[];
}

const PUBLICATION = Symbol.for('dateline.publication');
type WithPublication = typeof globalThis & { [PUBLICATION]?: Publication };

/** Opens the build's publication (the integration, when a build starts). */
export function openPublication(): Publication {
  const byPath = new Map<string, PublishedArticle>();
  const publication: Publication = {
    add: (article) => byPath.set(article.path, article),
    articles: () => [...byPath.values()],
  };
  (globalThis as WithPublication)[PUBLICATION] = publication;
  return publication;
}

/** Closes it once read (the integration, when the build is done). */
export function closePublication(): void {
  delete (globalThis as WithPublication)[PUBLICATION];
}

/** The running build's publication; none in `astro dev`. */
export function buildPublication(): Publication | undefined {
  return (globalThis as WithPublication)[PUBLICATION];
}
