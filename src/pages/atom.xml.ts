import type { APIRoute } from 'astro';
import { archiveChannel, atomResponse } from '../publish/feeds.ts';

export const GET: APIRoute = async () => atomResponse(await archiveChannel());
