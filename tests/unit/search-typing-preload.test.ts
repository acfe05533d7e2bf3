import { expect, it } from 'vitest';
import { PRELOAD_FROM_LETTERS, wordsToPreload } from '../../src/search/client/typing-preload.ts';

it(`preloads the word being typed only from ${PRELOAD_FROM_LETTERS} letters on`, () => {
  expect(PRELOAD_FROM_LETTERS).toBe(4);
  expect(wordsToPreload('')).toBeNull();
  expect(wordsToPreload('B')).toBeNull();
  expect(wordsToPreload('Bib')).toBeNull();
  expect(wordsToPreload('Bibi')).toBe('bibi');
  expect(wordsToPreload('Bibilov')).toBe('bibilov');
});

it('preloads a word followed by a space at any length, and the words before the one being typed', () => {
  expect(wordsToPreload('UN ')).toBe('un');
  expect(wordsToPreload('UN Ko')).toBe('un');
  expect(wordsToPreload('UN Kokoity')).toBe('un kokoity');
  expect(wordsToPreload('Putin   met  ')).toBe('putin met');
});

it('reads words as Pagefind searches them: no operators, punctuation, capitals or diacritics, each once', () => {
  expect(wordsToPreload('Bibilov (Kremlin OR Moscow) -treaty')).toBe('bibilov kremlin moscow treaty');
  expect(wordsToPreload('NOT Kremlin')).toBe('kremlin');
  expect(wordsToPreload('"South Ossetian" Tbilisi tbilisi')).toBe('south ossetian tbilisi');
  expect(wordsToPreload('Kokoïty')).toBe('kokoity');
  expect(wordsToPreload('Putin’s')).toBe('putins');
  // Nothing searchable typed yet.
  expect(wordsToPreload('( " - ')).toBeNull();
});
