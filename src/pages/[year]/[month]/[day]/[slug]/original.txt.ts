import type { APIRoute } from 'astro';
import { articleFileResponse, articleFileStaticPaths } from '../../../../../site/article-files.ts';
import { originalFile, type ArticleRouteProps } from '../../../../../site/article-routes.ts';
import { originalPath } from '../../../../../lib/urls.ts';

/**
 * The clipping exactly as received, byte for byte, beside the article it became (a build writes
 * the file itself: src/site/article-files.ts).
 */
export const getStaticPaths = () => articleFileStaticPaths((record) => originalFile(record) !== undefined);

export const GET: APIRoute<ArticleRouteProps> = ({ props }) =>
  articleFileResponse(props.record, originalPath(props.record.path), 'text/plain; charset=utf-8');
