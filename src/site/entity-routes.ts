import type { PaginateFunction } from 'astro';
import type { Entity, EntityKind } from '../lib/gazetteer-schema.ts';
import { loadArchive } from './archive.ts';
import { PAGE_SIZE } from './pagination.ts';

/**
 * getStaticPaths for /people/<id>/, /places/<id>/ and /organizations/<id>/: every gazetteer entry
 * named in at least one article, its articles oldest first (a story's timeline), 50 to a page.
 */
export async function entityStaticPaths(kind: EntityKind, paginate: PaginateFunction) {
  const site = await loadArchive();
  return [...site.entities[kind]].flatMap(([id, records]) => {
    const entity: Entity = site.gazetteer[kind].get(id) ?? { name: id, aliases: [] };
    return paginate(records, { pageSize: PAGE_SIZE, params: { entity: id }, props: { kind, entity } });
  });
}
