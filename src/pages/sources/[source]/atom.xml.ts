import type { APIRoute } from 'astro';
import { atomResponse, sourceFeedPaths, type FeedChannel } from '../../../publish/feeds.ts';
import { keyedPaths } from '../../../publish/page-keys.ts';

export const getStaticPaths = keyedPaths(sourceFeedPaths);

export const GET: APIRoute<FeedChannel> = ({ props }) => atomResponse(props);
