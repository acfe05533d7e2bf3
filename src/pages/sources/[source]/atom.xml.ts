import type { APIRoute } from 'astro';
import { atomResponse, sourceChannel, sourceFeedPaths } from '../../../publish/feeds.ts';

export const getStaticPaths = sourceFeedPaths;

export const GET: APIRoute = async ({ params }) => atomResponse(await sourceChannel(params.source!));
