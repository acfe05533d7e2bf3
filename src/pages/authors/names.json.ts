import type { APIRoute } from 'astro';
import { authorNamesView } from '@/views/index-pages.ts';

/** Every byline with its link and count, for the authors index's filter box (IndexFilter). */
export const GET: APIRoute = async () => Response.json(await authorNamesView());
