import { getCollection } from 'astro:content';
import path from 'node:path';
import type { Article } from '../lib/article-schema.ts';
import { ENTITY_KINDS, type EntityKind } from '../lib/entity-kinds.ts';
import type { Entity } from '../lib/gazetteer-schema.ts';
import { REREADS_CONTENT } from '../lib/build-mode.ts';
import { buildContentState } from '../lib/build-content-state.ts';
import { cacheDir, contentDir } from '../lib/project-folders.ts';
import type { Source } from '../lib/source-schema.ts';
import { buildArchiveIndex, type ArchiveIndex, type ArticleRecord } from '../archive/archive-index.ts';
import { readArticles, type ArticleFile } from './article-frontmatter.ts';

/**
 * The archive as the pages see it: the articles (read by src/data/article-frontmatter.ts, not an
 * Astro collection), the sources' and the gazetteer's collections, read once per build and
 * indexed once (module-level memo), however many thousand pages ask for it.
 */

/** An article's frontmatter, plus its file for rendering. */
export type SiteArticle = Article & { entry: ArticleFile };

export type SiteRecord = ArticleRecord<SiteArticle>;

export interface SiteArchive extends ArchiveIndex<SiteArticle> {
  sources: Map<string, Source>;
  gazetteer: Record<EntityKind, Map<string, Entity>>;
}

let archive: Promise<SiteArchive> | undefined;

export function loadArchive(): Promise<SiteArchive> {
  if (REREADS_CONTENT) return readArchive();
  archive ??= readArchive();
  return archive;
}

async function readArchive(): Promise<SiteArchive> {
  const [sources, ...entries] = await Promise.all([getCollection('sources'), ...ENTITY_KINDS.map((kind) => getCollection(kind))]);
  const articles = await readArticles(
    path.join(contentDir(), 'articles'),
    sources.map((source) => source.id),
    cacheDir(),
    buildContentState(path.join(contentDir(), 'articles')),
  );
  const files = new Map(articles.map(({ entry }) => [entry.id, entry.filePath]));
  const index = buildArchiveIndex(
    articles.map(({ entry, data }) => ({ id: entry.id, article: { ...data, entry } })),
    (id) => files.get(id) ?? id,
  );
  const gazetteer = Object.fromEntries(
    ENTITY_KINDS.map((kind, i) => [kind, new Map(entries[i]!.map((entity) => [entity.id, entity.data as Entity]))]),
  ) as SiteArchive['gazetteer'];
  return { ...index, sources: new Map(sources.map((source) => [source.id, source.data])), gazetteer };
}

/** The source's data; the collection reference guarantees it exists. */
export function sourceOf(site: SiteArchive, record: SiteRecord): Source {
  return site.sources.get(record.article.source)!;
}
