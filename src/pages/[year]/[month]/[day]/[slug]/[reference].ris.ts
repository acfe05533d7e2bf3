import type { APIRoute } from 'astro';
import { articleFileResponse, articleFileStaticPaths } from '../../../../../publish/article-files.ts';
import type { ArticleRouteProps } from '../../../../../publish/article-routes.ts';
import { risPath } from '../../../../../site/paths.ts';

/**
 * The article's reference as RIS, named after it: `<slug>.ris` (src/site/paths.ts); a build
 * writes the file itself (src/publish/article-files.ts).
 */
export async function getStaticPaths() {
  return (await articleFileStaticPaths()).map(({ params, props }) => ({ params: { ...params, reference: params.slug }, props }));
}

export const GET: APIRoute<ArticleRouteProps> = ({ props }) =>
  articleFileResponse(props.record, risPath(props.record.path), 'application/x-research-info-systems');
