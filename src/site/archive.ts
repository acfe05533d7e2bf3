import { getCollection, type CollectionEntry } from 'astro:content';
import path from 'node:path';
import type { Entity, EntityKind } from '../lib/gazetteer-schema.ts';
import { ENTITY_KINDS } from '../lib/gazetteer-schema.ts';
import { REREADS_CONTENT } from '../lib/build-mode.ts';
import type { Source } from '../lib/source-schema.ts';
import { buildArchiveIndex, type ArchiveIndex, type ArticleRecord } from './archive-index.ts';

/**
 * The archive as the pages see it: the content collections read once per build and indexed once
 * (module-level memo), however many thousand pages ask for it.
 */

/** An article's frontmatter with references flattened to ids, plus its collection entry for rendering. */
export type SiteArticle = Omit<CollectionEntry<'articles'>['data'], 'source' | EntityKind> & {
  source: string;
  people: string[];
  places: string[];
  organizations: string[];
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
  const [articles, sources, people, places, organizations] = await Promise.all([
    getCollection('articles'),
    getCollection('sources'),
    getCollection('people'),
    getCollection('places'),
    getCollection('organizations'),
  ]);
  const index = buildArchiveIndex(
    articles.map((entry) => ({
      id: entry.id,
      article: {
        ...entry.data,
        source: entry.data.source.id,
        people: entry.data.people.map((ref) => ref.id),
        places: entry.data.places.map((ref) => ref.id),
        organizations: entry.data.organizations.map((ref) => ref.id),
        entry,
      },
    })),
    // Absolute, as the loader's build errors name files: the content folder may be anywhere.
    (id) => path.resolve(articles.find((entry) => entry.id === id)?.filePath ?? id),
  );
  const entries = { people, places, organizations };
  const gazetteer = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, new Map(entries[kind].map((entity) => [entity.id, entity.data as Entity]))]),
  ) as SiteArchive['gazetteer'];
  return { ...index, sources: new Map(sources.map((source) => [source.id, source.data])), gazetteer };
}

/** The source's data; the collection reference guarantees it exists. */
export function sourceOf(site: SiteArchive, record: SiteRecord): Source {
  return site.sources.get(record.article.source)!;
}
