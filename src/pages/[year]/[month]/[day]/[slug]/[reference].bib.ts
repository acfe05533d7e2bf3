import type { APIRoute } from 'astro';
import { articleFileResponse, articleFileStaticPaths } from '../../../../../publish/article-files.ts';
import type { ArticleRouteProps } from '../../../../../publish/article-routes.ts';
import { bibPath } from '../../../../../site/paths.ts';

/**
 * The article's reference as BibTeX, named after it: `<slug>.bib` (src/site/paths.ts); a build
 * writes the file itself (src/publish/article-files.ts).
 */
export async function getStaticPaths() {
  return (await articleFileStaticPaths()).map(({ params, props }) => ({ params: { ...params, reference: params.slug }, props }));
}

export const GET: APIRoute<ArticleRouteProps> = ({ props }) =>
  articleFileResponse(props.record, bibPath(props.record.path), 'application/x-bibtex; charset=utf-8');
