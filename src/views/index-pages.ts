import { authorPath, authorsPagePath, authorsPath, entityIndexPagePath, entityIndexPath, entityKindSegment, entityPath, indexNamesPath, sourcePath } from '../lib/urls.ts';
import { ENTITY_KIND_LIST, ENTITY_KINDS, type EntityKind } from '../lib/entity-kinds.ts';
import { loadArchive } from '../data/archive.ts';
import { buildEntityIndex, type IndexedEntity } from '../archive/entity-index.ts';
import { familySortName } from '../archive/family-name.ts';
import { listPage, type ListPage } from '../archive/pagination.ts';
import { href } from './site.ts';

/**
 * View models of the pages that list the archive's keys with their article counts (/sources/, the
 * A–Z indexes of authors and of each kind of entity), the names their filter boxes search, and the
 * redirect pages of earlier permalinks.
 */

/** A name linking to its page, with how many articles it has. */
export interface CountedLink {
  name: string;
  path: string;
  count: number;
}

/** One name of an A–Z index: an entity or a byline. */
export interface IndexEntry extends IndexedEntity {
  path: string;
  /** Other names it goes by, which its filter box finds it by. */
  aliases: string[];
}

/** What one page of an A–Z index shows (src/components/EntityIndex.astro). */
export interface AzIndexPage {
  /** `People`, `Authors`. */
  title: string;
  /** One of the names: `person`, `byline`. */
  noun: string;
  groups: { letter: string; anchor: string; continued: boolean; entries: CountedLink[] }[];
  /** The jump list: each letter's link (a fragment of this page, or the page it starts on). */
  letters: { label: string; href: string }[];
  /** How many names the whole index has. */
  total: number;
  page: ListPage;
  /** The names the filter box searches (indexNamesView), across every page of the index. */
  namesUrl: string;
}

const letterLabel = (letter: string) => (letter === '#' ? 'Other' : letter);

/** Every page of the A–Z index of `entries` whose pages are at `pagePath(n)`, beside `indexPath`. */
function azIndexPages(entries: IndexEntry[], indexPath: string, pagePath: (n: number) => string, title: string, noun: string): AzIndexPage[] {
  const index = buildEntityIndex(entries);
  return index.pages.map((groups, i) => ({
    title,
    noun,
    groups: groups.map(({ letter, anchor, continued, entities }) => ({
      letter: letterLabel(letter),
      anchor,
      continued,
      entries: entities.map(({ name, path, count }) => ({ name, path, count })),
    })),
    letters: index.letters.map(({ letter, anchor, page }) => ({ label: letterLabel(letter), href: `${page === i + 1 ? '' : href(pagePath(page))}#${anchor}` })),
    total: entries.length,
    page: listPage(i + 1, index.pages.length, (n) => href(pagePath(n))),
    namesUrl: href(indexNamesPath(indexPath)),
  }));
}

async function entityEntries(kind: EntityKind): Promise<IndexEntry[]> {
  const site = await loadArchive();
  return [...site.entities[kind]].map(([id, records]) => {
    const entity = site.gazetteer[kind].get(id);
    return { id, name: entity?.name ?? id, aliases: entity?.aliases ?? [], count: records.length, path: entityPath(kind, id) };
  });
}

async function authorEntries(): Promise<IndexEntry[]> {
  const site = await loadArchive();
  return [...site.authors.values()].map((author) => ({
    id: author.slug,
    name: author.name,
    sortName: familySortName(author.name),
    aliases: [],
    count: author.articles.length,
    path: authorPath(author.slug),
  }));
}

/**
 * getStaticPaths for the A–Z index of every kind (/people/, /people/2/, …, /places/, …): each
 * kind's entities packed into pages by initial (src/archive/entity-index.ts).
 */
export async function entityIndexStaticPaths() {
  const pages = await Promise.all(
    ENTITY_KINDS.map(async (kind) =>
      azIndexPages(await entityEntries(kind), entityIndexPath(kind), (n) => entityIndexPagePath(kind, n), ENTITY_KIND_LIST[kind].plural, ENTITY_KIND_LIST[kind].one.toLowerCase()).map(
        (view, i) => ({ params: { kind: entityKindSegment(kind), page: i === 0 ? undefined : String(i + 1) }, props: { view } }),
      ),
    ),
  );
  return pages.flat();
}

/** getStaticPaths for /authors/, /authors/2/, …: every byline, A to Z by family name (src/archive/family-name.ts). */
export async function authorsIndexStaticPaths() {
  return azIndexPages(await authorEntries(), authorsPath(), authorsPagePath, 'Authors', 'byline').map((view, i) => ({
    params: { page: i === 0 ? undefined : String(i + 1) },
    props: { view },
  }));
}

/**
 * The names an index's filter box searches, with the link and count it shows for each: one
 * entry per name as `[name, aliases, link, count]`, kept short as it is fetched whole.
 */
export type IndexName = [string, string[], string, number];

function indexNames(entries: IndexEntry[]): IndexName[] {
  return buildEntityIndex(entries)
    .pages.flat()
    .flatMap((group) => group.entities.map((entry): IndexName => [entry.name, entry.aliases, href(entry.path), entry.count]));
}

export async function entityNamesView(kind: EntityKind): Promise<IndexName[]> {
  return indexNames(await entityEntries(kind));
}

export async function authorNamesView(): Promise<IndexName[]> {
  return indexNames(await authorEntries());
}

const byName = (a: CountedLink, b: CountedLink) => a.name.localeCompare(b.name, 'en');

/** Every publication, by name. */
export async function sourcesView(): Promise<CountedLink[]> {
  const site = await loadArchive();
  return [...site.sources].map(([id, source]) => ({ name: source.name, path: sourcePath(id), count: site.bySource.get(id)?.length ?? 0 })).sort(byName);
}

/** getStaticPaths of the pages at articles' earlier permalinks (frontmatter `aliases`). */
export async function aliasStaticPaths() {
  const site = await loadArchive();
  return site.chronological.flatMap((record) =>
    record.article.aliases.map((alias) => ({
      params: { alias: alias.replace(/\/$/, '') },
      props: { target: record.path, title: record.article.title },
    })),
  );
}
