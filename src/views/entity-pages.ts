import { ENTITY_KIND_LIST, ENTITY_KINDS, type EntityKind } from '../lib/entity-kinds.ts';
import type { Entity } from '../lib/gazetteer-schema.ts';
import { loadArchive, type SiteRecord } from '../data/archive.ts';
import type { TimelinePage } from '../archive/timeline-pages.ts';
import { entityIndexPath, entityKindSegment, entityPath } from '../lib/urls.ts';
import { timelineStaticPaths, timelineView, type TimelineList } from './list-pages.ts';

/**
 * getStaticPaths for /<kind>/<id>/ of every kind (/people/<id>/, /places/<id>/, ...): every
 * gazetteer entry named in at least one article, its articles oldest first (a story's timeline)
 * and, at /<kind>/<id>/newest/, newest first, 50 to a page.
 */
export async function entityStaticPaths() {
  const site = await loadArchive();
  return ENTITY_KINDS.flatMap((kind) =>
    [...site.entities[kind]].flatMap(([id, records]) => {
      const entity: Entity = site.gazetteer[kind].get(id) ?? { name: id, aliases: [] };
      return timelineStaticPaths(
        { path: entityPath(kind, id), ownOrder: 'oldest', search: { facet: ENTITY_KIND_LIST[kind].facet, value: id } },
        records,
        { kind: entityKindSegment(kind), entity: id },
        { kind, entity },
      );
    }),
  );
}

/**
 * What an entity's page shows besides its articles: its kind (a link to the kind's index).
 */
export function entityView(list: TimelineList, timeline: TimelinePage<SiteRecord>, kind: EntityKind, entity: Entity) {
  return {
    ...timelineView(list, timeline, entity.name, `naming ${entity.name}`),
    kind: { name: ENTITY_KIND_LIST[kind].one, path: entityIndexPath(kind) },
  };
}
