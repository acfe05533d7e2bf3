import type { APIRoute, GetStaticPaths } from 'astro';
import { ENTITY_FACETS, kindOfFacet, type EntityFacet } from '@/lib/entity-kinds.ts';
import { namesById } from '@/search/facet-labels.ts';
import { loadArchive } from '@/data/archive.ts';

/** The names of one gazetteer facet's values, fetched by the search page when it needs them. */
export const getStaticPaths = (() => ENTITY_FACETS.map((facet) => ({ params: { facet } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadArchive();
  const names = namesById(site.gazetteer[kindOfFacet(params.facet as EntityFacet)]);
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json' } });
};
