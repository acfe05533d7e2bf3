import type { APIRoute } from 'astro';
import { readFile } from 'node:fs/promises';
import { articleStaticPaths, earlierOriginals } from '../../../../../site/article-routes.ts';

/** An earlier clipping of an article, replaced by `import --update`, kept byte for byte. */
export async function getStaticPaths() {
  return (await articleStaticPaths()).flatMap(({ params, props }) =>
    earlierOriginals(props.record).map((earlier) => ({
      params: { ...params, revision: earlier.sha256.slice(0, 12) },
      props: { file: earlier.file },
    })),
  );
}

export const GET: APIRoute<{ file: string }> = async ({ props }) =>
  new Response(await readFile(props.file), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
