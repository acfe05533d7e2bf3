import type { APIRoute, GetStaticPaths } from 'astro';
import { FETCHED_LABELS, namesById, type FetchedLabelFacet } from '../../../search/facet-labels.ts';
import { loadArchive } from '../../../site/archive.ts';

/** The names of one gazetteer facet's values, fetched by the search page when it needs them. */
export const getStaticPaths = (() => Object.keys(FETCHED_LABELS).map((facet) => ({ params: { facet } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const site = await loadArchive();
  const names = namesById(site.gazetteer[FETCHED_LABELS[params.facet as FetchedLabelFacet]]);
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json' } });
};
