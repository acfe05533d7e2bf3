import type { APIRoute } from 'astro';
import { archiveChannel, jsonFeedResponse } from '../publish/feeds.ts';

export const GET: APIRoute = async () => jsonFeedResponse(await archiveChannel());
