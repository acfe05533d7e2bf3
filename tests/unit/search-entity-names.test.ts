import { expect, it } from 'vitest';
import { aliasMatches, entityNameGroups, entityNamesValue, searchForm, searchWords } from '../../src/search/entity-names.ts';
import type { Entity } from '../../src/lib/gazetteer-schema.ts';

const entity = (name: string, aliases: string[] = []): Entity => ({ name, aliases });
const gazetteer = {
  people: new Map([['ana-beridze', entity('Ana Beridze', ['Beridze'])], ['solo', entity('Solo Name')]]),
  places: new Map([['poti', entity('Poti', ['Phasis', 'Fasis'])]]),
  organizations: new Map<string, Entity>(),
};

it('writes every name of the article\'s entities that have more than one, canonical name first, and reads them back', () => {
  const value = entityNamesValue(gazetteer, { people: ['solo', 'ana-beridze'], places: ['poti'], organizations: [] });
  expect(value).toBe('Ana Beridze / Beridze | Poti / Phasis / Fasis');
  expect(entityNameGroups(value)).toEqual([['Ana Beridze', 'Beridze'], ['Poti', 'Phasis', 'Fasis']]);
  expect(entityNamesValue(gazetteer, { people: ['solo'], places: [], organizations: [] })).toBe('');
  expect(entityNameGroups(undefined)).toEqual([]);
});

it('reads words as Pagefind does before stemming', () => {
  expect(searchForm('Putin’s')).toBe('putins');
  expect(searchForm('Bíbílov')).toBe('bibilov');
  expect(searchWords('Moscow-backed “leader”')).toEqual(['moscowbacked', 'moscow', 'backed', 'leader']);
});

it('names the alias a search matched and the name the article uses instead', () => {
  const groups = [['Poti', 'Phasis', 'Fasis'], ['Ana Beridze', 'Beridze']];
  const text = 'The ferry reached Poti at dawn. Ana Beridze was aboard.';
  expect(aliasMatches(groups, ['phasis'], text)).toEqual([{ used: 'Poti', matched: 'Phasis' }]);
  // A name begun, the whole name it begins.
  expect(aliasMatches(groups, ['fas'], text)).toEqual([{ used: 'Poti', matched: 'Fasis' }]);
  // A term the text itself holds needs no other name.
  expect(aliasMatches(groups, ['poti'], text)).toEqual([]);
  expect(aliasMatches(groups, ['beridze'], text)).toEqual([]);
  expect(aliasMatches(groups, ['tbilisi'], text)).toEqual([]);
});
