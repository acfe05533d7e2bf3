import type { APIRoute } from 'astro';
import { articleFileResponse, articleFileStaticPaths } from '../../../../../site/article-files.ts';
import type { ArticleRouteProps } from '../../../../../site/article-routes.ts';
import { bibPath } from '../../../../../lib/urls.ts';

/**
 * The article's reference as BibTeX, named after it: `<slug>.bib` (src/lib/urls.ts); a build
 * writes the file itself (src/site/article-files.ts).
 */
export async function getStaticPaths() {
  return (await articleFileStaticPaths()).map(({ params, props }) => ({ params: { ...params, reference: params.slug }, props }));
}

export const GET: APIRoute<ArticleRouteProps> = ({ props }) =>
  articleFileResponse(props.record, bibPath(props.record.path), 'application/x-bibtex; charset=utf-8');
