/**
 * Every kind of gazetteer entity, declared once. Adding a kind is one entry here and its file
 * `content/gazetteer/<kind>.yaml`: the content collection, the article field, the importer's
 * matching, the A–Z index and entity pages (`/<kind>/`, `/<kind>/<id>/`), the footer link, the
 * search facet, the JSON-LD type and related articles all follow from this list.
 *
 * Free of zod and Astro, so the search page's script may import it.
 */
export const ENTITY_KIND_LIST = {
  // The key is the gazetteer file and collection, the article's frontmatter field and the path segment.
  people: {
    /** One of them: an entity page's kicker, a search facet's heading. */
    one: 'Person',
    /** The list: the index page's title, the footer link, the article page's heading. */
    plural: 'People',
    /** The search filter's name (data-pagefind-filter and the search URL's key). */
    facet: 'person',
    /** The schema.org type of the article's `about`. */
    schemaType: 'Person',
    /** One shared entity of this kind makes two articles related (who a story is about, not where). */
    definesStory: true,
  },
  places: { one: 'Place', plural: 'Places', facet: 'place', schemaType: 'Place', definesStory: false },
  organizations: { one: 'Organization', plural: 'Organizations', facet: 'organization', schemaType: 'Organization', definesStory: true },
} as const;

export type EntityKind = keyof typeof ENTITY_KIND_LIST;
export type EntityFacet = (typeof ENTITY_KIND_LIST)[EntityKind]['facet'];
export const ENTITY_KINDS = Object.keys(ENTITY_KIND_LIST) as EntityKind[];

/** The kind whose search facet is `facet`. */
export const ENTITY_FACETS = ENTITY_KINDS.map((kind) => ENTITY_KIND_LIST[kind].facet);
export function kindOfFacet(facet: EntityFacet): EntityKind {
  return ENTITY_KINDS.find((kind) => ENTITY_KIND_LIST[kind].facet === facet)!;
}
