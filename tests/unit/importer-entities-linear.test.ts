import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentData, type Gazetteer } from '../../src/importer/content-data.ts';
import { findEntities } from '../../src/importer/entities.ts';
import { ENTITY_KINDS, printedNames, type EntityKind } from '../../src/lib/gazetteer-schema.ts';
import { gazetteerBody } from '../../src/bench/entities.ts';

type ReferenceName = { kind: EntityKind; id: string; pattern: RegExp; length: number };
/** Each gazetteer's patterns, made once: 3,000 random texts each compiling hundreds of them took longer than the test's limit. */
const referenceNames = new WeakMap<Gazetteer, ReferenceName[]>();

/**
 * The one-pass matcher finds exactly what the old one found: the old one, a regular expression per
 * name and a list of claimed spans (quadratic, issue 19), is kept here as the reference.
 */
function referenceFindEntities(text: string, gazetteer: Gazetteer): Record<EntityKind, string[]> {
  let names = referenceNames.get(gazetteer);
  if (!names) referenceNames.set(gazetteer, (names = referencePatterns(gazetteer)));
  return referenceMatches(text, names);
}

function referencePatterns(gazetteer: Gazetteer): ReferenceName[] {
  const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names: ReferenceName[] = [];
  for (const kind of ENTITY_KINDS) {
    for (const [id, entity] of Object.entries(gazetteer[kind])) {
      for (const name of printedNames(entity)) {
        const words = name.trim().split(/\s+/).map(escapeRegExp).join('[\\s\\u00a0]+');
        names.push({ kind, id, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'gu'), length: name.length });
      }
    }
  }
  names.sort((a, b) => b.length - a.length);
  return names;
}

function referenceMatches(text: string, names: ReferenceName[]): Record<EntityKind, string[]> {
  const claimed: [number, number][] = [];
  const found: Record<EntityKind, Set<string>> = { people: new Set(), places: new Set(), organizations: new Set() };
  for (const name of names) {
    for (const match of text.matchAll(name.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (claimed.some(([from, to]) => start < to && end > from)) continue;
      claimed.push([start, end]);
      found[name.kind].add(name.id);
    }
  }
  return { people: [...found.people].sort(), places: [...found.places].sort(), organizations: [...found.organizations].sort() };
}

const shipped = loadContentData(path.resolve('content')).gazetteer;

// Names built to catch a matcher out: shared prefixes, a repeated word, punctuation at either end,
// letters outside the BMP, and two names of one length competing for the same words.
const tricky: Gazetteer = {
  people: {
    'a-a': { name: 'a a', aliases: [] },
    'a': { name: 'a', aliases: ['A.'] },
    'math-alpha': { name: '𝐀lpha', aliases: ['Beta 𝐀'] },
    'york-one': { name: 'York Ann', aliases: ['Zz a'] },
  },
  places: {
    'new-york': { name: 'New York', aliases: ['New  York City'] },
    'york': { name: 'York', aliases: ['Ann York'], forms: ['Yorks', 'Ann Yorks'] },
    'us': { name: 'U.S.', aliases: ['U.S. Army', '(U.S.)'] },
  },
  organizations: {
    'ap': { name: '(AP)', aliases: ['AP', 'A P'] },
    'club': { name: '😀 Club', aliases: ['Club'] },
  },
};

const namesOf = (gazetteer: Gazetteer) =>
  ENTITY_KINDS.flatMap((kind) => Object.values(gazetteer[kind]).flatMap(printedNames));

function textFrom(gazetteer: Gazetteer) {
  const names = namesOf(gazetteer);
  const fragments = [
    ...names,
    ...names.map((name) => name.toLowerCase()),
    ...names.map((name) => name.slice(0, Math.ceil(name.length / 2))),
    ' ', ' ', '  ', '\u00a0', '\t', '\n', '\u2003', '\u2028', '-', '.', ',', '(', ')', '’s', 'ism', 'n', '1', 'é', '𝐀', '😀', 'said',
  ];
  return fc.array(fc.constantFrom(...fragments), { maxLength: 40 }).map((parts) => parts.join(''));
}

describe('entity matching in one pass', () => {
  it.each([
    ['the shipped gazetteer', shipped],
    ['names built to catch a matcher out', tricky],
  ])('finds what the old matcher found, on random texts: %s', (_name, gazetteer) => {
    fc.assert(
      fc.property(textFrom(gazetteer), (text) => {
        expect(findEntities(text, gazetteer)).toEqual(referenceFindEntities(text, gazetteer));
      }),
      { numRuns: 3000 },
    );
    // The reference scans each text once per name: about 300 names since the gazetteer lists Georgia's places in ten languages.
  }, 30_000);

  it('matches 5 MB of gazetteer names in seconds, not minutes', () => {
    const body = gazetteerBody(shipped, 5 * 1024 * 1024);
    const start = performance.now();
    const found = findEntities(body, shipped);
    // The old matcher needed 8 minutes for this (issue 19); one pass needs well under a second here.
    expect(performance.now() - start).toBeLessThan(20_000);
    expect(found).toEqual(referenceFindEntities(gazetteerBody(shipped, 20_000), shipped));
  });
});
