import { articleFileRoute } from '@/publish/article-files.ts';

/** The reference as BibTeX (`<slug>.bib`), in `astro dev`; a build writes it (src/publish/article-files.ts). */
export const { getStaticPaths, GET } = articleFileRoute('bib', (name) => ({ reference: name.slice(0, -'.bib'.length) }));
