import type { APIRoute, GetStaticPaths } from 'astro';
import { ENTITY_FACETS, kindOfFacet, type EntityFacet } from '@/lib/entity-kinds.ts';
import { labelsFile } from '@/search/facet-labels.ts';
import { loadArchive } from '@/data/archive.ts';

/** The names (and other names) of one gazetteer facet's values, fetched by the search page when it needs them. */
export const getStaticPaths = (() => ENTITY_FACETS.map((facet) => ({ params: { facet } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadArchive();
  const kind = kindOfFacet(params.facet as EntityFacet);
  const labels = labelsFile(site.gazetteer[kind], (id) => site.entities[kind].has(id));
  return new Response(JSON.stringify(labels), { headers: { 'Content-Type': 'application/json' } });
};
