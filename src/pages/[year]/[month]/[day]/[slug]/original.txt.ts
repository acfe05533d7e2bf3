import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { articleStaticPaths, originalFile, type ArticleRouteProps } from '../../../../../site/article-routes.ts';

/** The clipping exactly as received, byte for byte, beside the article it became. */
export async function getStaticPaths() {
  return (await articleStaticPaths()).filter(({ props }) => originalFile(props.record));
}

export const GET: APIRoute<ArticleRouteProps> = async ({ props }) => {
  const bytes = await readFile(originalFile(props.record)!);
  return new Response(bytes, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
