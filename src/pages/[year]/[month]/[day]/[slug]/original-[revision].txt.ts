import { articleFileRoute } from '@/publish/article-files.ts';

/** An earlier clipping (`original-<revision>.txt`), in `astro dev`; a build writes it (src/publish/article-files.ts). */
export const { getStaticPaths, GET } = articleFileRoute('earlierOriginals', (name) => ({ revision: name.slice('original-'.length, -'.txt'.length) }));
