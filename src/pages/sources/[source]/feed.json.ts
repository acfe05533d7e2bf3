import type { APIRoute } from 'astro';
import { jsonFeedResponse, sourceChannel, sourceFeedPaths } from '../../../publish/feeds.ts';

export const getStaticPaths = sourceFeedPaths;

export const GET: APIRoute = async ({ params }) => jsonFeedResponse(await sourceChannel(params.source!));
