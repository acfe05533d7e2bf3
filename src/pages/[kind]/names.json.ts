import type { APIRoute } from 'astro';
import { ENTITY_KINDS } from '@/lib/entity-kinds.ts';
import { keyedPaths } from '@/publish/page-keys.ts';
import { entityKindSegment } from '@/lib/urls.ts';
import { entityNamesView } from '@/views/index-pages.ts';

type Names = Awaited<ReturnType<typeof entityNamesView>>;

/**
 * Every entity of a kind with its other names, link and count, for its index's filter box
 * (IndexFilter). The list travels in the props, so the file's cache key is taken over it.
 */
export const getStaticPaths = keyedPaths(() =>
  Promise.all(ENTITY_KINDS.map(async (kind) => ({ params: { kind: entityKindSegment(kind) }, props: { names: await entityNamesView(kind) } }))),
);

export const GET: APIRoute = ({ props }) => Response.json((props as { names: Names }).names);
