import { getCollection, type CollectionEntry } from 'astro:content';
import path from 'node:path';
import { ENTITY_KINDS, type EntityKind } from '../lib/entity-kinds.ts';
import type { Entity } from '../lib/gazetteer-schema.ts';
import { REREADS_CONTENT } from '../lib/build-mode.ts';
import type { Source } from '../lib/source-schema.ts';
import { buildArchiveIndex, type ArchiveIndex, type ArticleRecord } from '../archive/archive-index.ts';

/**
 * The archive as the pages see it: the content collections read once per build and indexed once
 * (module-level memo), however many thousand pages ask for it.
 */

/** An article's frontmatter with references flattened to ids, plus its collection entry for rendering. */
export type SiteArticle = Omit<CollectionEntry<'articles'>['data'], 'source' | EntityKind> &
  Record<EntityKind, string[]> & {
    source: string;
    entry: CollectionEntry<'articles'>;
  };

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
  const [articles, sources, ...entries] = await Promise.all([
    getCollection('articles'),
    getCollection('sources'),
    ...ENTITY_KINDS.map((kind) => getCollection(kind)),
  ]);
  const index = buildArchiveIndex(
    articles.map((entry) => ({
      id: entry.id,
      article: {
        ...entry.data,
        source: entry.data.source.id,
        ...(Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, entry.data[kind].map((ref) => ref.id)])) as Record<EntityKind, string[]>),
        entry,
      },
    })),
    // Absolute, as the loader's build errors name files: the content folder may be anywhere.
    (id) => path.resolve(articles.find((entry) => entry.id === id)?.filePath ?? id),
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
