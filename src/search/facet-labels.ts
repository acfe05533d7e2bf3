import { ENTITY_FACETS, type EntityFacet } from '../lib/entity-kinds.ts';
import type { Facet } from './search-state.ts';

/**
 * Display names of filter values that the index holds as ids. Sources are few and named in the
 * search page itself; the gazetteer facets run to thousands of names at 10,000 articles (144 KB
 * of the search page's HTML), so each is a JSON file the page fetches when that facet is opened
 * or filtered by (src/pages/search/labels/[facet].json.ts).
 */
export type FacetLabels = Partial<Record<Facet, Record<string, string>>>;

/** The gazetteer facets (src/lib/entity-kinds.ts), each named from its kind's gazetteer collection. */
export type FetchedLabelFacet = EntityFacet;

export function isFetchedLabelFacet(facet: Facet): facet is FetchedLabelFacet {
  return (ENTITY_FACETS as Facet[]).includes(facet);
}

/**
 * `…/search/labels/person.json`: beside the search page, whose URL (its form's action) is given,
 * so the page's script needs no copy of the site's paths (src/pages/search/labels/[facet].json.ts).
 */
export function labelsUrl(searchPage: string, facet: FetchedLabelFacet): string {
  return new URL(`labels/${facet}.json`, searchPage).href;
}

export function namesById(entries: Map<string, { name: string }>): Record<string, string> {
  return Object.fromEntries([...entries].map(([id, entry]) => [id, entry.name]));
}

/**
 * A gazetteer facet's file: id -> name, or [name, ...other names] for an entity that has other
 * names, so the facet's filter box finds a person by any of them. Only the entities some article
 * names: the others are never a facet value, and the file is fetched on the reader's click.
 */
export type LabelsFile = Record<string, string | string[]>;

export function labelsFile(entries: Map<string, { name: string; aliases: string[] }>, named: (id: string) => boolean): LabelsFile {
  return Object.fromEntries(
    [...entries].filter(([id]) => named(id)).map(([id, { name, aliases }]) => [id, aliases.length > 0 ? [name, ...aliases] : name]),
  );
}

/** Other names of a facet's values (facet -> value -> names), for its filter box. */
export type FacetAliases = Partial<Record<Facet, Record<string, string[]>>>;

export function readLabelsFile(file: LabelsFile): { names: Record<string, string>; aliases: Record<string, string[]> } {
  const names: Record<string, string> = {};
  const aliases: Record<string, string[]> = {};
  for (const [id, entry] of Object.entries(file)) {
    if (typeof entry === 'string') names[id] = entry;
    else {
      const [name = id, ...others] = entry;
      names[id] = name;
      aliases[id] = others;
    }
  }
  return { names, aliases };
}
