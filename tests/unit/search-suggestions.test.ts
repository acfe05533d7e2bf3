import { describe, expect, it } from 'vitest';
import { correctedQuery, editDistance, suggestWords } from '../../src/search/client/suggestions.ts';
import { countWords, noWordCounts, suggestionWords } from '../../src/search/suggestion-words.ts';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours', () => {
    expect(editDistance('bibilof', 'bibilov')).toBe(1);
    expect(editDistance('tbilsi', 'tbilisi')).toBe(1);
    expect(editDistance('tbilsii', 'tbilisi')).toBe(1);
    expect(editDistance('moscow', 'mocsow')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    // Stops early past the limit.
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('suggestions', () => {
  const words = ['Moscow', 'meeting', 'Bibilov', 'Bibilova', 'Putin', 'Tbilisi', 'talks'];

  it('offers the archive’s closest words, fewest edits first', () => {
    expect(suggestWords('Bibilof', words)).toEqual(['Bibilov', 'Bibilova']);
    expect(suggestWords('tbilsi', words)).toEqual(['Tbilisi']);
    expect(suggestWords('Mosocw', words)).toEqual(['Moscow']);
  });

  it('allows one edit in a short word, none to a word typed exactly, and nothing far away', () => {
    expect(suggestWords('Putn', words)).toEqual(['Putin']);
    expect(suggestWords('tlks', words)).toEqual(['talks']);
    expect(suggestWords('Ptn', words)).toEqual([]);
    expect(suggestWords('Moscow', words)).toEqual([]);
    expect(suggestWords('Kremlin', words)).toEqual([]);
  });

  it('prefers, among equally close words, one with the same first letter, then the more frequent', () => {
    expect(suggestWords('bread', ['tread', 'dread', 'breed'])).toEqual(['breed', 'tread', 'dread']);
  });

  it('replaces the word as typed in the query, keeping the rest', () => {
    expect(correctedQuery('Bibilof  Kremlin', 'Bibilof', 'Bibilov')).toBe('Bibilov  Kremlin');
    expect(correctedQuery('"Bibilof said" Bibilofs (Bibilof OR x)', 'Bibilof', 'Bibilov')).toBe('"Bibilov said" Bibilofs (Bibilov OR x)');
  });
});

describe('the word list', () => {
  it('holds the names’ words first, then text words by the number of articles, as most often written', () => {
    const counts = noWordCounts();
    for (const text of ['The talks in Moscow went on. Talks again.', 'Moscow said: the talks, and more talks.', 'moscow']) countWords(counts, text);
    const list = suggestionWords(counts, ['Anatoly Bibilov', 'Tskhinvali region', 'Ann']);
    expect(list).toEqual(['Anatoly', 'Bibilov', 'Tskhinvali', 'region', 'Moscow', 'talks', 'again', 'more', 'said', 'went']);
  });
});
