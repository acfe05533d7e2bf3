import type { APIRoute } from 'astro';
import { articleFileResponse, articleFileStaticPaths } from '../../../../../publish/article-files.ts';
import { originalFile, type ArticleRouteProps } from '../../../../../publish/article-routes.ts';
import { originalPath } from '../../../../../site/paths.ts';

/**
 * The clipping exactly as received, byte for byte, beside the article it became (a build writes
 * the file itself: src/publish/article-files.ts).
 */
export const getStaticPaths = () => articleFileStaticPaths((record) => originalFile(record) !== undefined);

export const GET: APIRoute<ArticleRouteProps> = ({ props }) =>
  articleFileResponse(props.record, originalPath(props.record.path), 'text/plain; charset=utf-8');
