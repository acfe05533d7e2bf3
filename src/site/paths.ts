import type { EntityKind } from '../lib/gazetteer-schema.ts';

/**
 * Site paths of the browse pages, relative to the base path like articlePath's: one place, so a
 * page never spells another page's URL by hand.
 */
export const archivePath = (): string => 'archive/';
export const yearPath = (year: string): string => `${year}/`;
export const monthPath = (year: string, month: string): string => `${year}/${month}/`;
export const dayPath = (year: string, month: string, day: string): string => `${year}/${month}/${day}/`;
export const sourcesPath = (): string => 'sources/';
export const sourcePath = (id: string): string => `sources/${id}/`;
export const authorsPath = (): string => 'authors/';
export const authorPath = (slug: string): string => `authors/${slug}/`;
export const entityPath = (kind: EntityKind, id: string): string => `${kind}/${id}/`;

/** The files that hang off an article's permalink. */
export const originalPath = (articlePath: string): string => `${articlePath}original.txt`;
/** An earlier clipping, by the first 12 hex digits of its SHA-256. */
export const originalRevisionPath = (articlePath: string, revision: string): string => `${articlePath}original-${revision}.txt`;
export const risPath = (articlePath: string): string => `${articlePath}cite.ris`;
export const bibPath = (articlePath: string): string => `${articlePath}cite.bib`;

/** Feeds for the whole archive (`''`) or under a source's path. */
export const feedPaths = (prefix = '') => ({
  rss: `${prefix}rss.xml`,
  atom: `${prefix}atom.xml`,
  json: `${prefix}feed.json`,
});
