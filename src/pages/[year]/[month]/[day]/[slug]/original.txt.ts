import { articleFileRoute } from '@/publish/article-files.ts';

/** The clipping exactly as received (`original.txt`), in `astro dev`; a build writes it (src/publish/article-files.ts). */
export const { getStaticPaths, GET } = articleFileRoute('original');
