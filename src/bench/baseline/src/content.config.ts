import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// One glob collection over the corpus's articles, no schema, no references: the minimum. Ids are
// file paths (YYYY/MM/DD/slug), as in Dateline, so both sites write the same page paths.
const articles = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: `${process.env.BENCH_CONTENT_DIR}/articles`,
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
});

export const collections = { articles };
