import { z } from 'astro/zod';

/**
 * One gazetteer entry: a person, place or organisation, by its canonical name and every other name
 * a clipping may use for it. The importer adds an entity to an article only when one of these names
 * occurs in the text; nothing is inferred beyond the list.
 */
export const entitySchema = z.object({
  name: z.string().trim().min(1),
  aliases: z.array(z.string().trim().min(1)).default([]),
  /**
   * The name as sentences inflect it (`Грузии`, `Південної Осетії`, `Georgiens`, `საქართველოში`):
   * each form listed, matched as a name is, so no stem or ending rule can make a place of a common
   * word; not other names of the entity, so not shown or searched as such.
   */
  forms: z.array(z.string().trim().min(1)).optional(),
  /** A place id this entry lies within (Sokhumi -> abkhazia); places only. */
  partOf: z.string().optional(),
  /** One line for the entity page, e.g. a role or a status; optional. */
  description: z.string().optional(),
});

export type Entity = z.infer<typeof entitySchema>;

/** Every string a clipping may print for an entity: its name, its other names, their inflected forms. */
export function printedNames(entity: Pick<Entity, 'name' | 'aliases' | 'forms'>): string[] {
  return [entity.name, ...entity.aliases, ...(entity.forms ?? [])];
}
export { ENTITY_KINDS, type EntityKind } from './entity-kinds.ts';
