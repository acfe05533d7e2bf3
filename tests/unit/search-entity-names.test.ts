import { describe, expect, it } from 'vitest';
import { aliasMatches, entityNameGroups, entityNamesValue, nameAt, searchForm, searchWords } from '../../src/search/entity-names.ts';
import { sentenceAround } from '../../src/search/excerpt.ts';
import { cutForIndex } from '../../src/search/unspaced-words.ts';
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

describe('names in text of other scripts, as the index step hands it to Pagefind', () => {
  // Each text as Pagefind holds it: words of unspaced scripts cut apart, letters written two ways folded.
  const cases: { names: string[]; term: string; printed: string; used: string; shown: string }[] = [
    // A Persian page printing the Arabic kaf and ye: folded, and marked, in Pagefind's copy.
    { names: ['Kermanshah', 'کرمانشاه'], term: 'kermanshah', printed: 'سيل در كرمانشاه خسارت زد. مردم كمك كردند.', used: 'کرمانشاه', shown: 'كرمانشاه' },
    // A Turkish page: `İstanbul` is the canonical "Istanbul" in another case, and `ı` is folded in the copy.
    { names: ['Istanbul', 'İstanbul', 'Constantinople'], term: 'constantinople', printed: 'Irak sınırında İstanbul yolunda kaza oldu. Yaralılar var.', used: 'Istanbul', shown: 'İstanbul' },
    // Chinese: the name stands inside a longer word of ICU's (北京市), as a search finds it.
    { names: ['Beijing', '北京', 'Peking'], term: 'peking', printed: '今天北京市政府宣布新政策。市民欢迎。', used: '北京', shown: '北京' },
  ];
  for (const { names, term, printed, used, shown } of cases) {
    it(`names "${used}" as the article's own name for what "${term}" found, and marks it in its sentence as printed`, () => {
      const content = cutForIndex(printed);
      expect(aliasMatches([names], [term], content)).toEqual([{ used, matched: names.find((name) => searchForm(name) === term)! }]);
      const sentence = sentenceAround(content, used);
      expect(sentence.filter((segment) => segment.marked).map((segment) => segment.text)).toEqual([shown]);
      expect(printed.startsWith(sentence.map((segment) => segment.text).join(''))).toBe(true);
    });
  }

  it('finds a name of several words only within one sentence, whatever its case and accents', () => {
    const text = 'At Ana. Beridze said so; ANA BERÍDZE agreed.';
    expect(nameAt(text, 'Ana Beridze')).toEqual({ index: text.indexOf('ANA'), length: 'ANA BERÍDZE'.length });
    expect(nameAt('Potion sellers left.', 'Poti')).toBeUndefined();
  });
});
