import { articleFileRoute } from '@/publish/article-files.ts';

/** The reference as RIS (`<slug>.ris`), in `astro dev`; a build writes it (src/publish/article-files.ts). */
export const { getStaticPaths, GET } = articleFileRoute('ris', (name) => ({ reference: name.slice(0, -'.ris'.length) }));
