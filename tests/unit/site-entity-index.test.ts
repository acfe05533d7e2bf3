import { describe, expect, it } from 'vitest';
import { buildEntityIndex, initialOf, type IndexedEntity } from '../../src/archive/entity-index.ts';

const entity = (name: string, count = 1): IndexedEntity => ({ id: name.toLowerCase().replace(/\W+/g, '-'), name, count });

describe('initialOf', () => {
  it('takes the first letter without accents, upper-cased; other scripts keep theirs; no letter is #', () => {
    expect(initialOf('Šota Rustaveli')).toBe('S');
    expect(initialOf('abkhazia')).toBe('A');
    expect(initialOf('თბილისი')).toBe('თ');
    expect(initialOf('9 April Memorial')).toBe('#');
  });
});

describe('buildEntityIndex', () => {
  it('sorts by name and groups under initials, Latin first, then other scripts, then #', () => {
    const index = buildEntityIndex([entity('Tbilisi', 40), entity('abkhazia'), entity('Moscow'), entity('თბილისი'), entity('9 April Memorial'), entity('Ánanuri')]);
    expect(index.pages).toHaveLength(1);
    expect(index.pages[0]!.map((group) => [group.letter, group.entities.map((e) => e.name)])).toEqual([
      ['A', ['abkhazia', 'Ánanuri']],
      ['M', ['Moscow']],
      ['T', ['Tbilisi']],
      ['თ', ['თბილისი']],
      ['#', ['9 April Memorial']],
    ]);
    expect(index.letters.map((l) => [l.letter, l.anchor, l.page])).toEqual([
      ['A', 'letter-a', 1],
      ['M', 'letter-m', 1],
      ['T', 'letter-t', 1],
      ['თ', 'letter-u10d7', 1],
      ['#', 'letter-other', 1],
    ]);
  });

  it('packs whole letters into pages of at most the page size, splitting only a letter larger than a page', () => {
    const names = [
      ...Array.from({ length: 3 }, (_, n) => `Abashidze ${n}`),
      ...Array.from({ length: 4 }, (_, n) => `Beridze ${n}`),
      ...Array.from({ length: 12 }, (_, n) => `Chkheidze ${String(n).padStart(2, '0')}`),
      'Dvali',
    ];
    const index = buildEntityIndex(names.map((name) => entity(name)), 5);
    expect(index.pages.map((page) => page.map((group) => `${group.letter}${group.continued ? '…' : ''}:${group.entities.length}`))).toEqual([
      ['A:3'],
      ['B:4'],
      ['C:5'],
      ['C…:5'],
      ['C…:2', 'D:1'],
    ]);
    expect(index.letters.map((l) => `${l.letter}@${l.page}`)).toEqual(['A@1', 'B@2', 'C@3', 'D@5']);
    expect(index.pages.flat().flatMap((group) => group.entities)).toHaveLength(names.length);
  });

  it('keeps 10,000 entities to pages of at most 500 names', () => {
    const many = Array.from({ length: 10_000 }, (_, n) => entity(`${String.fromCharCode(65 + (n % 26))}name ${n}`));
    const index = buildEntityIndex(many);
    expect(Math.max(...index.pages.map((page) => page.reduce((sum, group) => sum + group.entities.length, 0)))).toBeLessThanOrEqual(500);
    expect(index.pages.flat().reduce((sum, group) => sum + group.entities.length, 0)).toBe(10_000);
  });

  it('has one empty page for a kind with no entities', () => {
    expect(buildEntityIndex([])).toEqual({ pages: [[]], letters: [] });
  });
});
