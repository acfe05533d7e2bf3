import type { APIRoute } from 'astro';
import { articleFileResponse, articleFileStaticPaths } from '../../../../../publish/article-files.ts';
import { earlierOriginals, type ArticleRouteProps } from '../../../../../publish/article-routes.ts';
import { originalRevisionPath } from '../../../../../site/paths.ts';

/**
 * An earlier clipping of an article, replaced by `import --update`, kept byte for byte (a build
 * writes the file itself: src/publish/article-files.ts).
 */
export async function getStaticPaths() {
  return (await articleFileStaticPaths()).flatMap(({ params, props }) =>
    earlierOriginals(props.record).map((earlier) => ({ params: { ...params, revision: earlier.sha256.slice(0, 12) }, props })),
  );
}

export const GET: APIRoute<ArticleRouteProps> = ({ props, params }) =>
  articleFileResponse(props.record, originalRevisionPath(props.record.path, params.revision!), 'text/plain; charset=utf-8');
