import type { EntityKind } from './entity-kinds.ts';
import { localDay } from './local-date.ts';

export { localDay };

/**
 * The one place that knows what an article's permalink is. A permalink is
 * `/YYYY/MM/DD/slug/`, where the date is the calendar day in the publication's own time zone:
 * `published` carries that zone's offset, so its first ten characters are that day.
 */
export interface Permalinkable {
  published: string;
  slug: string;
}

/** `YYYY/MM/DD/slug/`, with no leading slash and no base path. */
export function articlePath({ published, slug }: Permalinkable): string {
  const [year, month, day] = localDay(published);
  return `${year}/${month}/${day}/${slug}/`;
}

/** Joins a base path (`/` or `/archive/`) and a site path with exactly one slash between them. */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}

/**
 * Site paths of the browse pages, relative to the base path like articlePath's: one place, so a
 * page never spells another page's URL by hand.
 */
/** The front page: the base path itself. */
export const homePath = (): string => '';
export const archivePath = (): string => 'archive/';
export const yearPath = (year: string): string => `${year}/`;
export const monthPath = (year: string, month: string): string => `${year}/${month}/`;
export const dayPath = (year: string, month: string, day: string): string => `${year}/${month}/${day}/`;
/**
 * Later pages of a year's or a month's articles: `/2017/page/2/`, not `/2017/2/`, which would
 * read as February (and `/2017/11/15/` as a day, not page 15 of November).
 */
export const yearPagePath = (year: string, n: number): string => (n > 1 ? `${yearPath(year)}page/${n}/` : yearPath(year));
export const monthPagePath = (year: string, month: string, n: number): string =>
  n > 1 ? `${monthPath(year, month)}page/${n}/` : monthPath(year, month);
export const searchPath = (): string => 'search/';
/** The words "Did you mean" chooses from (src/pages/search/words.json.ts), beside the search page. */
export const suggestionWordsPath = (): string => `${searchPath()}words.json`;
export const sourcesPath = (): string => 'sources/';
export const sourcePath = (id: string): string => `sources/${id}/`;
export const authorsPath = (): string => 'authors/';
export const authorPath = (slug: string): string => `authors/${slug}/`;
/** The first segment of a kind's pages (`people`): the kind's key in src/lib/entity-kinds.ts. */
export const entityKindSegment = (kind: EntityKind): string => kind;
export const entityIndexPath = (kind: EntityKind): string => `${entityKindSegment(kind)}/`;
/** Later pages of an entity index (`people/2/`, like the other lists' pages). */
export const entityIndexPagePath = (kind: EntityKind, n: number): string => (n > 1 ? `${entityIndexPath(kind)}${n}/` : entityIndexPath(kind));
export const entityPath = (kind: EntityKind, id: string): string => `${entityIndexPath(kind)}${id}/`;
/** Later pages of the authors' A–Z index (`authors/2/`, like an entity index's). */
export const authorsPagePath = (n: number): string => (n > 1 ? `${authorsPath()}${n}/` : authorsPath());
/**
 * The names an A–Z index's filter box searches (`people/names.json`, `authors/names.json`), beside
 * the index, fetched only when a reader types in it.
 */
export const indexNamesPath = (indexPath: string): string => `${indexPath}names.json`;

/** The two orders a long list of articles (an entity's, a source's, an author's) can be read in. */
export const LIST_ORDERS = ['oldest', 'newest'] as const;
export type ListOrder = (typeof LIST_ORDERS)[number];
/**
 * Page `n` of a long list in `order`: the list's own order at `list/`, `list/2/`, ...; the other
 * at `list/newest/`, `list/newest/2/` (or `oldest/`), so a page's address says which order it is.
 */
export const orderedListPagePath = (listPath: string, order: ListOrder, ownOrder: ListOrder, n: number): string =>
  `${listPath}${order === ownOrder ? '' : `${order}/`}${n > 1 ? `${n}/` : ''}`;

/** The files that hang off an article's permalink: the clipping's raw bytes. */
export const originalPath = (articlePath: string): string => `${articlePath}original.txt`;
/** An earlier clipping, by the first 12 hex digits of its SHA-256. */
export const originalRevisionPath = (articlePath: string, revision: string): string => `${articlePath}original-${revision}.txt`;
/**
 * The page showing a clipping's text: a static host serves `.txt` with no charset or a wrong
 * one, so the raw file can show mojibake; the page says its charset.
 */
export const originalViewPath = (articlePath: string): string => `${articlePath}original/`;
export const originalRevisionViewPath = (articlePath: string, revision: string): string => `${articlePath}original-${revision}/`;
/**
 * The reference downloads, named after the article (`<slug>.ris`), not `cite.ris`: a researcher
 * downloading several keeps each one instead of overwriting the last.
 */
export const risPath = (articlePath: string): string => `${articlePath}${articleSlugOf(articlePath)}.ris`;
export const bibPath = (articlePath: string): string => `${articlePath}${articleSlugOf(articlePath)}.bib`;

/** The slug, the last segment of an article's path (`YYYY/MM/DD/slug/`). */
function articleSlugOf(articlePath: string): string {
  return articlePath.split('/').at(-2)!;
}

/** Feeds for the whole archive (`''`) or under a source's path. */
export const feedPaths = (prefix = '') => ({
  rss: `${prefix}rss.xml`,
  atom: `${prefix}atom.xml`,
  json: `${prefix}feed.json`,
});
