import type { APIRoute } from 'astro';
import { articleFileResponse, articleFileStaticPaths } from '../../../../../site/article-files.ts';
import type { ArticleRouteProps } from '../../../../../site/article-routes.ts';
import { risPath } from '../../../../../site/paths.ts';

/** The article's reference as RIS (a build writes the file itself: src/site/article-files.ts). */
export const getStaticPaths = () => articleFileStaticPaths();

export const GET: APIRoute<ArticleRouteProps> = ({ props }) =>
  articleFileResponse(props.record, risPath(props.record.path), 'application/x-research-info-systems');
