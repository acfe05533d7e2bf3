import { ENTITY_KINDS, type EntityKind } from '../lib/gazetteer-schema.ts';
import type { Gazetteer } from './content-data.ts';

/**
 * People, places and organisations named in an article, by gazetteer id. Only names listed in the
 * gazetteer count, matched as whole words and with their exact capitals, so nothing is invented and
 * "Georgian" is not "Georgia".
 */

interface Name {
  kind: EntityKind;
  id: string;
  pattern: RegExp;
  length: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiled once per gazetteer: a bulk import matches thousands of articles against the same names. */
const compiled = new WeakMap<Gazetteer, Name[]>();

function namesOf(gazetteer: Gazetteer): Name[] {
  const cached = compiled.get(gazetteer);
  if (cached) return cached;
  const names: Name[] = [];
  for (const kind of ENTITY_KINDS) {
    for (const [id, entity] of Object.entries(gazetteer[kind])) {
      for (const name of [entity.name, ...entity.aliases]) {
        // A space in a name matches any run of blanks, NBSP included, as clippings have them.
        const words = name.trim().split(/\s+/).map(escapeRegExp).join('[\\s\\u00a0]+');
        names.push({ kind, id, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'gu'), length: name.length });
      }
    }
  }
  // Longest first: "Tskhinvali region" claims its words before "Tskhinvali" can.
  names.sort((a, b) => b.length - a.length);
  compiled.set(gazetteer, names);
  return names;
}

export type EntityIds = Record<EntityKind, string[]>;

export function findEntities(text: string, gazetteer: Gazetteer): EntityIds {
  const claimed: [number, number][] = [];
  const found: Record<EntityKind, Set<string>> = { people: new Set(), places: new Set(), organizations: new Set() };
  for (const name of namesOf(gazetteer)) {
    for (const match of text.matchAll(name.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (claimed.some(([from, to]) => start < to && end > from)) continue;
      claimed.push([start, end]);
      found[name.kind].add(name.id);
    }
  }
  return {
    people: [...found.people].sort(),
    places: [...found.places].sort(),
    organizations: [...found.organizations].sort(),
  };
}
