import type { APIRoute, GetStaticPaths } from 'astro';
import { ENTITY_KINDS, type EntityKind } from '@/lib/entity-kinds.ts';
import { entityKindSegment } from '@/lib/urls.ts';
import { entityNamesView } from '@/views/index-pages.ts';

/** Every entity of a kind with its other names, link and count, for its index's filter box (IndexFilter). */
export const getStaticPaths = (() => ENTITY_KINDS.map((kind) => ({ params: { kind: entityKindSegment(kind) }, props: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => Response.json(await entityNamesView((props as { kind: EntityKind }).kind));
