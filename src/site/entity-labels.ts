import type { EntityKind } from '../lib/gazetteer-schema.ts';

/** What each kind of gazetteer entity is called: one of them (an entity page's label) and the list. */
export const ENTITY_KIND_LABELS: Record<EntityKind, { one: string; plural: string }> = {
  people: { one: 'Person', plural: 'People' },
  places: { one: 'Place', plural: 'Places' },
  organizations: { one: 'Organization', plural: 'Organizations' },
};
