import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { articleSchema } from './lib/article-schema.ts';
import { sourceSchema } from './lib/source-schema.ts';
import { contentDir } from './lib/content-dir.ts';

const root = contentDir();

const articles = defineCollection({
  // The id is the file's path below articles/ (YYYY/MM/DD/slug), so two papers' same-titled
  // stories on different days never collide.
  loader: glob({
    pattern: '**/*.md',
    base: path.join(root, 'articles'),
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: articleSchema.extend({ source: reference('sources') }),
});

const sources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: path.join(root, 'sources') }),
  schema: sourceSchema,
});

export const collections = { articles, sources };
