import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import path from 'node:path';
import { articleSchema } from './lib/article-schema.ts';
import { sourceSchema } from './lib/source-schema.ts';
import { entitySchema, type EntityKind } from './lib/gazetteer-schema.ts';
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
  schema: articleSchema.extend({
    source: reference('sources'),
    people: z.array(reference('people')).default([]),
    places: z.array(reference('places')).default([]),
    organizations: z.array(reference('organizations')).default([]),
  }),
});

const sources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: path.join(root, 'sources') }),
  schema: sourceSchema,
});

/** The gazetteer: content/gazetteer/<kind>.yaml maps an id to { name, aliases, ... }. */
function gazetteer(kind: EntityKind) {
  return defineCollection({ loader: file(path.join(root, 'gazetteer', `${kind}.yaml`)), schema: entitySchema });
}
const people = gazetteer('people');
const places = gazetteer('places');
const organizations = gazetteer('organizations');

export const collections = { articles, sources, people, places, organizations };
