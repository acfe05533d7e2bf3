import type { APIRoute } from 'astro';
import { articleStaticPaths, type ArticleRouteProps } from '../../../../../site/article-routes.ts';
import { articleCslItem } from '../../../../../site/article-citation.ts';
import { bibtex } from '../../../../../site/citation.ts';

export const getStaticPaths = articleStaticPaths;

export const GET: APIRoute<ArticleRouteProps> = async ({ props }) =>
  new Response(bibtex(await articleCslItem(props.record)), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
