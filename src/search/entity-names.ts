import type { Entity, EntityKind } from '../lib/gazetteer-schema.ts';

/**
 * The gazetteer's other names, searchable. An article names Sokhumi; a reader searches
 * "Sukhumi", an alias of it in content/gazetteer/. So each article page carries, as one Pagefind
 * metadata field, every name of those of its people, places and organisations that go by more
 * than one: Pagefind searches metadata besides the text (a match there is a real match, of lower
 * weight: client/pagefind-api.ts), the result page reads the field back to say which name
 * matched ("Sokhumi, also known as Sukhumi"), and nothing is added to the text the excerpts show.
 * Entities with a single name add nothing: that name is in the text, which is how the importer
 * found them.
 */

/** The metadata field's name. */
export const ENTITY_NAMES_META = 'names';

/** Between two entities, and between two names of one; neither is a word Pagefind indexes. */
const BETWEEN_ENTITIES = ' | ';
const BETWEEN_NAMES = ' / ';

/** "Sokhumi / Sukhumi / Sukhum | South Ossetia / Tskhinvali region / ...": the canonical name first. */
export function entityNamesValue(gazetteer: Record<EntityKind, Map<string, Entity>>, article: Record<EntityKind, string[]>): string {
  return (Object.keys(gazetteer) as EntityKind[])
    .flatMap((kind) => article[kind].flatMap((id) => gazetteer[kind].get(id) ?? []))
    .filter((entity) => entity.aliases.length > 0)
    .map((entity) => [...new Set([entity.name, ...entity.aliases])].join(BETWEEN_NAMES))
    .join(BETWEEN_ENTITIES);
}

/** The field read back: each entity's names, the canonical one first. */
export function entityNameGroups(value: string | undefined): string[][] {
  if (!value) return [];
  return value.split(BETWEEN_ENTITIES).map((group) => group.split(BETWEEN_NAMES));
}

/**
 * A word as Pagefind indexes and searches it, before stemming: lower case, without diacritics,
 * letters and digits only ("Putin’s" -> "putins", "Bíbílov" -> "bibilov").
 */
export function searchForm(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a text as Pagefind reads them: space-separated, each with its hyphen- or dot-joined parts. */
export function searchWords(text: string): string[] {
  return text.split(/\s+/).flatMap((token) => {
    const parts = token.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length > 1);
    return [token, ...(parts.length > 1 ? parts : [])].map(searchForm).filter(Boolean);
  });
}

export interface AliasMatch {
  /** The name the article uses ("Sokhumi"). */
  used: string;
  /** The entity's other name that the search matched ("Sukhumi"). */
  matched: string;
}

/**
 * The names by which `terms` (searchForm, as typed) found the article through the names field
 * and not through its text: a name one of whose words begins with a term, of an entity whose
 * names the text uses otherwise. `content` is the article's text.
 */
export function aliasMatches(groups: string[][], terms: string[], content: string): AliasMatch[] {
  const inText = new Set(searchWords(content));
  const usedInText = (name: string) => searchWords(name).every((word) => inText.has(word));
  // A term some word of the text begins with needs no other name to explain it.
  const unexplained = terms.filter((term) => ![...inText].some((word) => word.startsWith(term)));
  const matches: AliasMatch[] = [];
  for (const names of groups) {
    const other = names.filter((name) => !usedInText(name));
    // The name as typed before one it only begins ("Sukhum" before "Sukhumi").
    const matched =
      other.find((name) => searchWords(name).some((word) => unexplained.includes(word))) ??
      other.find((name) => searchWords(name).some((word) => unexplained.some((term) => word.startsWith(term))));
    if (!matched) continue;
    const used = names.find(usedInText) ?? names[0]!;
    matches.push({ used, matched });
  }
  return matches;
}
