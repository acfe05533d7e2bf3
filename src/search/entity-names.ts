import type { Entity, EntityKind } from '../lib/gazetteer-schema.ts';
import { foldedQuery } from './folded-letters.ts';
import { hasUnspacedScript, joinedText } from './unspaced-words.ts';

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

/** Runs of letters, digits and marks: the words of a name, and of a text, compared one by one. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** What may stand between two words of one name: no sentence ends there. */
const WITHIN_NAME = /^[^\p{L}\p{N}.!?。]*$/u;
/** A word as a search compares it: its search form, with the letters written two ways folded. */
const compared = (word: string) => foldedQuery(searchForm(word));

/**
 * Where `text` (as printed) first prints `name`, in any case, accents or way of writing a letter
 * that a search ignores (`İstanbul` for "Istanbul", `كرمانشاه` for "کرمانشاه"), as words of their
 * own; a name in a script written without spaces (`北京`) wherever it stands, as a search finds it.
 */
export function nameAt(text: string, name: string): { index: number; length: number } | undefined {
  if (hasUnspacedScript(name)) {
    const index = text.indexOf(name);
    return index < 0 ? undefined : { index, length: name.length };
  }
  const wanted = [...name.matchAll(WORD)].map(([word]) => compared(word));
  if (wanted.length === 0) return undefined;
  const words = [...text.matchAll(WORD)];
  for (let first = 0; first + wanted.length <= words.length; first += 1) {
    const run = words.slice(first, first + wanted.length);
    const isName = run.every((word, i) => compared(word[0]) === wanted[i] && (i === 0 || WITHIN_NAME.test(text.slice(run[i - 1]!.index + run[i - 1]![0].length, word.index))));
    if (isName) {
      const last = run.at(-1)!;
      return { index: run[0]!.index, length: last.index + last[0].length - run[0]!.index };
    }
  }
  return undefined;
}

/**
 * The names by which `terms` (searchForm, as typed) found the article through the names field
 * and not through its text: a name one of whose words begins with a term, of an entity whose
 * names the text uses otherwise. `content` is the article's text as Pagefind holds it (its
 * words of unspaced scripts cut apart and some letters folded: src/search/unspaced-words.ts).
 */
export function aliasMatches(groups: string[][], terms: string[], content: string): AliasMatch[] {
  const printed = joinedText(content);
  const inText = new Set([...searchWords(content), ...searchWords(printed)]);
  const usedInText = (name: string) => nameAt(printed, name) !== undefined;
  // A term some word of the text begins with needs no other name to explain it.
  const unexplained = terms.filter((term) => ![...inText].some((word) => word.startsWith(term)));
  const matches: AliasMatch[] = [];
  for (const names of groups) {
    const used = names.find(usedInText) ?? names[0]!;
    const other = names.filter((name) => name !== used && !usedInText(name));
    // The name as typed before one it only begins ("Sukhum" before "Sukhumi").
    const matched =
      other.find((name) => searchWords(name).some((word) => unexplained.includes(word))) ??
      other.find((name) => searchWords(name).some((word) => unexplained.some((term) => word.startsWith(term))));
    if (matched) matches.push({ used, matched });
  }
  return matches;
}
