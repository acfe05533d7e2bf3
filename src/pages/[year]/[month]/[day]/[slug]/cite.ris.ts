import type { APIRoute } from 'astro';
import { articleStaticPaths, type ArticleRouteProps } from '../../../../../site/article-routes.ts';
import { articleCslItem } from '../../../../../site/article-citation.ts';
import { ris } from '../../../../../site/citation.ts';

export const getStaticPaths = articleStaticPaths;

export const GET: APIRoute<ArticleRouteProps> = async ({ props }) =>
  new Response(ris(await articleCslItem(props.record)), { headers: { 'Content-Type': 'application/x-research-info-systems' } });
