import type { APIRoute } from 'astro';
import { rssResponse, sourceChannel, sourceFeedPaths } from '../../../publish/feeds.ts';

export const getStaticPaths = sourceFeedPaths;

export const GET: APIRoute = async ({ params }) => rssResponse(await sourceChannel(params.source!));
