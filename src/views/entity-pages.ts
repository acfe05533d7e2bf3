import type { Page, PaginateFunction } from 'astro';
import { ENTITY_KIND_LIST, ENTITY_KINDS, type EntityKind } from '../lib/entity-kinds.ts';
import type { Entity } from '../lib/gazetteer-schema.ts';
import { loadArchive, type SiteRecord } from '../data/archive.ts';
import { buildEntityIndex } from '../archive/entity-index.ts';
import { href } from './site.ts';
import { listPage, PAGE_SIZE } from '../archive/pagination.ts';
import { entityIndexPagePath, entityIndexPath, entityKindSegment } from '../lib/urls.ts';
import { countLabel, longDate } from './format.ts';
import { listFrame, pageSuffix } from './list-pages.ts';
import { SITE_NAME } from './site.ts';

/**
 * getStaticPaths for /<kind>/<id>/ of every kind (/people/<id>/, /places/<id>/, ...): every
 * gazetteer entry named in at least one article, its articles oldest first (a story's timeline),
 * 50 to a page.
 */
export async function entityStaticPaths(paginate: PaginateFunction) {
  const site = await loadArchive();
  return ENTITY_KINDS.flatMap((kind) =>
    [...site.entities[kind]].flatMap(([id, records]) => {
      const entity: Entity = site.gazetteer[kind].get(id) ?? { name: id, aliases: [] };
      return paginate(records, { pageSize: PAGE_SIZE, params: { kind: entityKindSegment(kind), entity: id }, props: { kind, entity } });
    }),
  );
}

/**
 * getStaticPaths for the A–Z index of every kind (/people/, /people/2/, …, /places/, …): each
 * kind's entities packed into pages by initial (src/archive/entity-index.ts).
 */
export async function entityIndexStaticPaths() {
  const site = await loadArchive();
  return ENTITY_KINDS.flatMap((kind) => {
    const index = buildEntityIndex(
      [...site.entities[kind]].map(([id, records]) => ({ id, name: site.gazetteer[kind].get(id)?.name ?? id, count: records.length })),
    );
    const urlOf = (n: number) => href(entityIndexPagePath(kind, n));
    return index.pages.map((groups, i) => ({
      params: { kind: entityKindSegment(kind), page: i === 0 ? undefined : String(i + 1) },
      props: { kind, groups, letters: index.letters, total: site.entities[kind].size, page: listPage(i + 1, index.pages.length, urlOf) },
    }));
  });
}

/**
 * What an entity's page shows besides its articles: its kind (a link to the kind's index), and
 * the span of its whole timeline, first article to last, whichever page this is.
 */
export async function entityView(page: Page<SiteRecord>, kind: EntityKind, entity: Entity, id: string) {
  const site = await loadArchive();
  const all = site.entities[kind].get(id) ?? [];
  const span = all.length ? `${longDate(all[0]!.article.published)} to ${longDate(all.at(-1)!.article.published)}` : '';
  return {
    ...listFrame(page, entity.name),
    description: `${countLabel(page.total)} naming ${entity.name} in the ${SITE_NAME} archive, in time order.`,
    kind: { name: ENTITY_KIND_LIST[kind].one, path: entityIndexPath(kind) },
    lede: `${countLabel(page.total)}, oldest first, from ${span}${pageSuffix(page)}.`,
    site,
  };
}
