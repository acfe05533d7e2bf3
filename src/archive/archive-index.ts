import { createHash } from 'node:crypto';
import type { Article } from '../lib/article-schema.ts';
import { ENTITY_KINDS, type EntityKind } from '../lib/entity-kinds.ts';
import { slugify } from '../lib/slug.ts';
import { articlePath, localDay } from '../lib/urls.ts';

/**
 * Every list the site shows, computed once from the whole archive. Pages only look things up
 * here: at 100,000 articles, re-filtering and re-sorting the collection for each of the
 * thousands of browse pages would cost more than rendering them.
 *
 * Pure (no astro:content), so it is unit-tested on plain objects.
 */

/** The article fields the indexes need; `source` and entity lists are plain ids. */
export type IndexableArticle = Pick<Article, 'title' | 'slug' | 'source' | 'authors' | 'published' | EntityKind | 'aliases'>;

export interface ArticleRecord<T extends IndexableArticle = IndexableArticle> {
  /** The content collection id (YYYY/MM/DD/slug). */
  id: string;
  article: T;
  /** `YYYY/MM/DD/slug/`, from articlePath. */
  path: string;
  /** Position in time order, oldest first; neighbours in time are position +- 1. */
  position: number;
  /** Milliseconds since the epoch, for comparing across offsets. */
  instant: number;
}

export interface Author<T extends IndexableArticle = IndexableArticle> {
  slug: string;
  name: string;
  /** Newest first. */
  articles: ArticleRecord<T>[];
}

export interface DayIndex {
  year: string;
  month: string;
  day: string;
  /** Oldest first, the order a reader of that day's paper would meet them. */
  articles: ArticleRecord[];
}

export interface MonthIndex {
  year: string;
  month: string;
  days: DayIndex[];
  count: number;
}

export interface YearIndex {
  year: string;
  months: MonthIndex[];
  count: number;
}

export interface ArchiveIndex<T extends IndexableArticle = IndexableArticle> {
  /** Oldest first. */
  chronological: ArticleRecord<T>[];
  /** Newest first. */
  newestFirst: ArticleRecord<T>[];
  byId: Map<string, ArticleRecord<T>>;
  /** Source id -> its articles, newest first. */
  bySource: Map<string, ArticleRecord<T>[]>;
  /** Author slug -> author, articles newest first. */
  authors: Map<string, Author<T>>;
  /** Entity kind -> entity id -> its articles oldest first (a story's timeline). */
  entities: Record<EntityKind, Map<string, ArticleRecord<T>[]>>;
  /** Years oldest first, months and days within them in calendar order. */
  years: YearIndex[];
}

function byTime(a: { instant: number; id: string }, b: { instant: number; id: string }): number {
  return a.instant - b.instant || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The URL slug of an author's name. A name with no Latin letters or digits (a byline in Georgian
 * script) gets a stable ASCII slug from its hash, so every author page has a plain URL. Unlike an
 * article's slug, which its file records, this one is computed from the name at every build, so a
 * change to the slug rule (src/lib/slug.ts) moves author pages: after a release, such a change must
 * redirect the former slugs. The rule changed three times before any release (49ba71a transliterated
 * names in other scripts, e720276 spelled `ı`/`ß` in ASCII, d72cf91 `ə`; no tag, release or deploy
 * exists, and the archive's own content has one author, whose slug no change moved).
 */
export function authorSlug(name: string): string {
  return slugify(name) || `author-${createHash('sha256').update(name.trim()).digest('hex').slice(0, 10)}`;
}

/**
 * Two articles at one URL: Astro renders one, warns, and the other vanishes from the archive.
 * The build fails instead, naming both files.
 */
export class UrlCollisionError extends Error {}

/**
 * Every URL an article claims, its permalink and its aliases (which become redirect pages), may be
 * claimed once. `fileOf` names an entry's file for the message.
 */
function claimUrls<T extends IndexableArticle>(records: ArticleRecord<T>[], fileOf: (id: string) => string): void {
  const claims = new Map<string, { id: string; as: string }>();
  // Permalinks first, so a clash with an alias is always told as "the permalink of A and the alias of B".
  const permalinks = records.map((record) => ({ id: record.id, url: record.path, as: 'permalink' }));
  const aliases = records.flatMap((record) => record.article.aliases.map((url) => ({ id: record.id, url, as: 'alias (an earlier permalink)' })));
  for (const { id, url, as } of [...permalinks, ...aliases]) {
    const earlier = claims.get(url);
    if (!earlier) {
      claims.set(url, { id, as });
      continue;
    }
    const who = earlier.id === id ? `both the ${earlier.as} and an ${as} of ${fileOf(id)}` : `the ${earlier.as} of ${fileOf(earlier.id)} and the ${as} of ${fileOf(id)}`;
    throw new UrlCollisionError(
      `Two pages would have the URL /${url}: it is ${who}. Give one article another slug (the slug field), or remove the URL from its aliases, and build again.`,
    );
  }
}

export function buildArchiveIndex<T extends IndexableArticle>(
  entries: { id: string; article: T }[],
  fileOf: (id: string) => string = (id) => `articles/${id}.md`,
): ArchiveIndex<T> {
  const chronological: ArticleRecord<T>[] = entries
    .map(({ id, article }) => ({ id, article, path: articlePath(article), position: 0, instant: Date.parse(article.published) }))
    .sort(byTime);
  claimUrls(chronological, fileOf);
  chronological.forEach((record, position) => {
    record.position = position;
  });
  const newestFirst = [...chronological].reverse();

  const byId = new Map(chronological.map((record) => [record.id, record]));
  const bySource = new Map<string, ArticleRecord<T>[]>();
  const authors = new Map<string, Author<T>>();
  const entities = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, new Map()])) as ArchiveIndex<T>['entities'];
  for (const record of newestFirst) {
    push(bySource, record.article.source, record);
    // A byline naming one person twice ("By A and A") files the article under A once.
    for (const [slug, name] of new Map(record.article.authors.map((name) => [authorSlug(name), name]))) {
      const author = authors.get(slug) ?? { slug, name, articles: [] };
      author.articles.push(record);
      authors.set(slug, author);
    }
  }
  for (const record of chronological) {
    for (const kind of ENTITY_KINDS) {
      for (const id of record.article[kind]) push(entities[kind], id, record);
    }
  }
  return { chronological, newestFirst, byId, bySource, authors, entities, years: calendar(chronological) };
}

/** Year -> month -> day, built in one pass over the articles in time order. */
function calendar<T extends IndexableArticle>(chronological: ArticleRecord<T>[]): YearIndex[] {
  const years: YearIndex[] = [];
  // Local days sort like instants except across offsets; sorting the keys keeps calendar order exact.
  const days = new Map<string, ArticleRecord<T>[]>();
  for (const record of chronological) push(days, localDay(record.article.published).join('/'), record);
  for (const key of [...days.keys()].sort()) {
    const [year, month, day] = key.split('/') as [string, string, string];
    const articles = days.get(key)!;
    let yearIndex = years.at(-1);
    if (yearIndex?.year !== year) {
      yearIndex = { year, months: [], count: 0 };
      years.push(yearIndex);
    }
    let monthIndex = yearIndex.months.at(-1);
    if (monthIndex?.month !== month) {
      monthIndex = { year, month, days: [], count: 0 };
      yearIndex.months.push(monthIndex);
    }
    monthIndex.days.push({ year, month, day, articles });
    monthIndex.count += articles.length;
    yearIndex.count += articles.length;
  }
  return years;
}
