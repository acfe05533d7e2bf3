import { z } from 'astro/zod';

/**
 * One gazetteer entry: a person, place or organisation, by its canonical name and every other name
 * a clipping may use for it. The importer adds an entity to an article only when one of these names
 * occurs in the text; nothing is inferred beyond the list.
 */
export const entitySchema = z.object({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** A place id this entry lies within (Sokhumi -> abkhazia); places only. */
  partOf: z.string().optional(),
  /** One line for the entity page, e.g. a role or a status; optional. */
  description: z.string().optional(),
});

export type Entity = z.infer<typeof entitySchema>;
export { ENTITY_KINDS, type EntityKind } from './entity-kinds.ts';
