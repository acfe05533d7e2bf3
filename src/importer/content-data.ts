import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { sourceSchema, type Source } from '../lib/source-schema.ts';
import { entitySchema, ENTITY_KINDS, type Entity, type EntityKind } from '../lib/gazetteer-schema.ts';

/**
 * The archive's own data the importer works from: source profiles and the gazetteer, read from
 * the content directory and validated by the same schemas the site uses.
 * A broken data file stops the whole run: importing against a wrong profile would be worse.
 */

export class ContentDataError extends Error {
  override name = 'ContentDataError';
}

function loadYaml<T>(file: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = yaml.load(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentDataError(`${file}: cannot be read as YAML: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentDataError(`${file}: ${issue.path.join('.') || '(top level)'} ${issue.message}`);
  }
  return parsed.data;
}

export type Gazetteer = Record<EntityKind, Record<string, Entity>>;

export interface ContentData {
  sources: Map<string, Source>;
  gazetteer: Gazetteer;
}

export function loadContentData(contentRoot: string): ContentData {
  const sourcesDir = path.join(contentRoot, 'sources');
  const sources = new Map<string, Source>();
  for (const name of readdirSync(sourcesDir).sort()) {
    if (name.endsWith('.yaml')) sources.set(name.slice(0, -'.yaml'.length), loadYaml(path.join(sourcesDir, name), sourceSchema));
  }
  const entries = z.record(z.string(), entitySchema);
  const gazetteer = Object.fromEntries(
    ENTITY_KINDS.map((kind) => [kind, loadYaml(path.join(contentRoot, 'gazetteer', `${kind}.yaml`), entries)]),
  ) as Gazetteer;
  return { sources, gazetteer };
}
