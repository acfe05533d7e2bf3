import { expect, it } from 'vitest';
import { beginsAWord, fallbackPrefix, queryForm, queryWords } from '../../src/search/word-match.ts';

it('reads each searched word as Pagefind does: lower case, without punctuation or diacritics', () => {
  expect(queryForm('Putin’s')).toBe('putins');
  expect(queryForm('Bíbílov')).toBe('bibilov');
  expect(queryForm('Moscow-backed')).toBe('moscowbacked');
  // Symbols are not punctuation to Pagefind: they stay, and match no indexed word.
  expect(queryForm('<img')).toBe('<img');
  expect(queryWords('  "South Ossetian" Bibilov bibilov — ')).toEqual([
    { typed: '"South', form: 'south' },
    { typed: 'Ossetian"', form: 'ossetian' },
    { typed: 'Bibilov', form: 'bibilov' },
  ]);
  // A query wholly in quotes is a phrase: matched exactly or not at all.
  expect(queryWords('"leader Anatoly Bibilov"')).toBeNull();
});

it('tells a word that begins with the searched one from one the searched word only begins', () => {
  expect(beginsAWord(['Bibilov,'], 'bibil')).toBe(true);
  expect(beginsAWord(['Moscow-backed'], 'backed')).toBe(true);
  expect(beginsAWord(['S.'], 'sukhumi')).toBe(false);
  expect(beginsAWord(['Putin’s', 'Putin'], 'putinn')).toBe(false);
});

it('names what a fallback matched by the typed characters', () => {
  expect(fallbackPrefix(['Putin’s', 'Putin'], 'putinn', 'Putinn')).toBe('Putin');
  expect(fallbackPrefix(['S.'], 'sovereignty', 'Sovereignty')).toBe('S');
  expect(fallbackPrefix(['Georgia’s'], 'georgiaa', 'Géorgiaa')).toBe('Géorgia');
  expect(fallbackPrefix(['x'], 'abc', 'abc')).toBe('');
});
