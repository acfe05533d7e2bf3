import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import path from 'node:path';
import { sourceSchema } from './lib/source-schema.ts';
import { ENTITY_KINDS, type EntityKind } from './lib/entity-kinds.ts';
import { entitySchema } from './lib/gazetteer-schema.ts';
import { contentDir } from './lib/project-folders.ts';

const root = contentDir();

const sources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: path.join(root, 'sources') }),
  schema: sourceSchema,
});

/** The gazetteer: content/gazetteer/<kind>.yaml maps an id to { name, aliases, ... }, one collection per kind. */
const gazetteer = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [kind, defineCollection({ loader: file(path.join(root, 'gazetteer', `${kind}.yaml`)), schema: entitySchema })]),
) as Record<EntityKind, ReturnType<typeof defineCollection>>;

// The articles are no collection: src/data/article-frontmatter.ts reads and validates them, so
// that Astro's data store, written whole on every build, holds only what does not grow with the archive.
export const collections = { sources, ...gazetteer };
