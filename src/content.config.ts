import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { articleSchema } from './lib/article-schema.ts';
import { sourceSchema } from './lib/source-schema.ts';
import { ENTITY_KINDS, type EntityKind } from './lib/entity-kinds.ts';
import { entitySchema } from './lib/gazetteer-schema.ts';
import { contentDir } from './lib/project-folders.ts';
import { frontmatterOnly } from './lib/frontmatter-loader.ts';

const root = contentDir();

/**
 * Astro only logs a reference to a missing entry and builds on; an article that names a paper with
 * no file in sources/ must fail the build, naming the article's file, the field and the known ids.
 */
const sourcesDir = path.join(root, 'sources');
const sourceIds = existsSync(sourcesDir)
  ? readdirSync(sourcesDir).filter((name) => name.endsWith('.yaml')).map((name) => name.slice(0, -'.yaml'.length))
  : [];
const knownSource = z.string().refine((id) => sourceIds.includes(id), {
  error: (issue) =>
    `"${String(issue.input)}" is not a source: there is no sources/${String(issue.input)}.yaml (known: ${sourceIds.join(', ') || 'none'})`,
});

/** An article's entity lists: ids that must be entries of their kind's gazetteer collection. */
function entityReferences() {
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, z.array(reference(kind)).default([])])) as Record<
    EntityKind,
    z.ZodDefault<z.ZodArray<ReturnType<typeof reference<EntityKind>>>>
  >;
}

const articles = defineCollection({
  // The id is the file's path below articles/ (YYYY/MM/DD/slug), so two papers' same-titled
  // stories on different days never collide. Bodies stay in their files until a page renders one.
  loader: frontmatterOnly({ base: path.join(root, 'articles') }),
  schema: articleSchema.extend({
    source: knownSource.pipe(reference('sources')),
    ...entityReferences(),
  }),
});

const sources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: path.join(root, 'sources') }),
  schema: sourceSchema,
});

/** The gazetteer: content/gazetteer/<kind>.yaml maps an id to { name, aliases, ... }, one collection per kind. */
const gazetteer = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [kind, defineCollection({ loader: file(path.join(root, 'gazetteer', `${kind}.yaml`)), schema: entitySchema })]),
) as Record<EntityKind, ReturnType<typeof defineCollection>>;

export const collections = { articles, sources, ...gazetteer };
