import type { APIRoute } from 'astro';
import { archiveChannel, rssResponse } from '../publish/feeds.ts';

export const GET: APIRoute = async () => rssResponse(await archiveChannel());
