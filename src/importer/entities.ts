import { ENTITY_KINDS, printedNames, type EntityKind } from '../lib/gazetteer-schema.ts';
import type { Gazetteer } from './content-data.ts';

/**
 * People, places and organisations named in an article, by gazetteer id. Only names listed in the
 * gazetteer count, matched as whole words and with their exact capitals, so nothing is invented and
 * "Georgian" is not "Georgia".
 *
 * One pass over the text: every gazetteer name sits in a trie (character by character, a run of
 * blanks between words), and the trie is walked from each position where a name may start. Then
 * names claim their occurrences longest first, so "Tskhinvali region" claims its words before
 * "Tskhinvali" can. The time grows with the text times the longest name, never with the number of
 * matches (issue 19: the old regex-per-name matcher took 14 s for 1 MB of names).
 */

interface Name {
  kind: EntityKind;
  id: string;
}

interface TrieNode {
  /** The next character of a word (one UTF-16 code unit). */
  next: Map<string, TrieNode>;
  /** A run of blanks between two words of a name: any blanks, NBSP included, as clippings have them. */
  gap?: TrieNode;
  /** Names (by priority) that end here. */
  ends: number[];
}

interface Matcher {
  /** Longest first: a name's index is its priority. */
  names: Name[];
  root: TrieNode;
}

const BLANK = /[\s\u00a0]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const trieNode = (): TrieNode => ({ next: new Map(), ends: [] });

/** Compiled once per gazetteer: a bulk import matches thousands of articles against the same names. */
const compiled = new WeakMap<Gazetteer, Matcher>();

function matcherOf(gazetteer: Gazetteer): Matcher {
  const cached = compiled.get(gazetteer);
  if (cached) return cached;
  const listed: (Name & { words: string[]; length: number })[] = [];
  for (const kind of ENTITY_KINDS) {
    for (const [id, entity] of Object.entries(gazetteer[kind])) {
      for (const name of printedNames(entity)) listed.push({ kind, id, words: name.trim().split(/\s+/), length: name.length });
    }
  }
  // Stable: among names of one length, the gazetteer's order decides.
  listed.sort((a, b) => b.length - a.length);
  const root = trieNode();
  listed.forEach(({ words }, index) => {
    let node = root;
    words.forEach((word, position) => {
      if (position > 0) node = node.gap ??= trieNode();
      for (const char of word.split('')) {
        let child = node.next.get(char);
        if (!child) node.next.set(char, (child = trieNode()));
        node = child;
      }
    });
    node.ends.push(index);
  });
  const matcher = { names: listed.map(({ kind, id }) => ({ kind, id })), root };
  compiled.set(gazetteer, matcher);
  return matcher;
}

/** Whether the code point that starts at `index` is a letter or digit (false past the end). */
function letterOrDigitAt(text: string, index: number): boolean {
  if (index >= text.length) return false;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(index)!));
}

/** Whether the code point that ends just before `index` is a letter or digit. */
function letterOrDigitBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const start = index >= 2 && isLowSurrogate(text.charCodeAt(index - 1)) && isHighSurrogate(text.charCodeAt(index - 2)) ? index - 2 : index - 1;
  return letterOrDigitAt(text, start);
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Every whole-word occurrence of every name, per name, as flat [start, end, start, end, ...] in text order. */
function occurrences(text: string, { names, root }: Matcher): number[][] {
  const found: number[][] = names.map(() => []);
  for (let start = 0; start < text.length; start += 1) {
    if (!root.next.has(text[start]!)) continue;
    // Names start at whole code points only, after something that is not a letter or digit.
    if (isLowSurrogate(text.charCodeAt(start)) && start > 0 && isHighSurrogate(text.charCodeAt(start - 1))) continue;
    if (letterOrDigitBefore(text, start)) continue;
    let node: TrieNode | undefined = root;
    let index = start;
    while (node) {
      if (node.ends.length > 0 && !letterOrDigitAt(text, index)) for (const name of node.ends) found[name]!.push(start, index);
      if (node.gap && index < text.length && BLANK.test(text[index]!)) {
        while (index < text.length && BLANK.test(text[index]!)) index += 1;
        node = node.gap;
      } else {
        node = index < text.length ? node.next.get(text[index]!) : undefined;
        index += 1;
      }
    }
  }
  return found;
}

export type EntityIds = Record<EntityKind, string[]>;

export function findEntities(text: string, gazetteer: Gazetteer): EntityIds {
  const matcher = matcherOf(gazetteer);
  const claimed = new Uint8Array(text.length);
  const found = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, new Set<string>()])) as Record<EntityKind, Set<string>>;
  occurrences(text, matcher).forEach((spans, priority) => {
    // A name's own occurrences never overlap: after one, the next is looked for where it ends.
    let after = 0;
    for (let i = 0; i < spans.length; i += 2) {
      const start = spans[i]!;
      const end = spans[i + 1]!;
      if (start < after) continue;
      after = end;
      if (claimed.subarray(start, end).includes(1)) continue;
      claimed.fill(1, start, end);
      const { kind, id } = matcher.names[priority]!;
      found[kind].add(id);
    }
  });
  return Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, [...found[kind]].sort()])) as EntityIds;
}

const placeNameSets = new WeakMap<Gazetteer, ReadonlySet<string>>();

/** Every name the gazetteer lists for a place (`Tbilisi`, `Tiflis`): what a place alone may be printed as. */
export function placeNames(gazetteer: Gazetteer): ReadonlySet<string> {
  let names = placeNameSets.get(gazetteer);
  if (!names) {
    names = new Set(Object.values(gazetteer.places).flatMap((place) => [place.name, ...place.aliases]));
    placeNameSets.set(gazetteer, names);
  }
  return names;
}
