import { describe, expect, it } from 'vitest';
import { familySortName } from '../../src/archive/family-name.ts';
import { buildEntityIndex } from '../../src/archive/entity-index.ts';
import { filterNames } from '../../src/views/name-filter.ts';
import { foldName } from '../../src/lib/fold-name.ts';
import type { IndexName } from '../../src/views/index-pages.ts';

describe('familySortName', () => {
  it.each([
    ['Anna Keller', 'Keller, Anna'],
    ['Tea Mariamidze', 'Mariamidze, Tea'],
    ['Charles de Gaulle', 'Gaulle, Charles de'],
    ['Ludwig van Beethoven', 'Beethoven, Ludwig van'],
    ['Ursula von der Leyen', 'Leyen, Ursula von der'],
    ['Van Morrison', 'Morrison, Van'],
    ['Martin Luther King Jr.', 'King, Martin Luther Jr.'],
    ['Anna Keller-Schmidt', 'Keller-Schmidt, Anna'],
    ['  Anna   Keller ', 'Keller, Anna'],
    ['Keller, Anna', 'Keller, Anna'],
    ['Reuters', 'Reuters'],
    ['თეა მარიამიძე', 'მარიამიძე, თეა'],
    ['Анна Керимова', 'Керимова, Анна'],
    ['习近平', '习近平'],
    ['山田 太郎', '山田 太郎'],
  ])('%s sorts as %s', (name, sortName) => {
    expect(familySortName(name)).toBe(sortName);
  });

  it('files bylines under their family names in an A–Z index, keeping the names as printed', () => {
    const names = ['Anna Keller', 'Zurab Abashidze', 'Charles de Gaulle', 'Beka Keller', 'Reuters', 'Éva Ádám'];
    const index = buildEntityIndex(names.map((name) => ({ id: name, name, count: 1, sortName: familySortName(name) })));
    expect(index.pages[0]!.map((group) => [group.letter, group.entities.map((e) => e.name)])).toEqual([
      ['A', ['Zurab Abashidze', 'Éva Ádám']],
      ['G', ['Charles de Gaulle']],
      ['K', ['Anna Keller', 'Beka Keller']],
      ['R', ['Reuters']],
    ]);
  });
});

describe('the index filter', () => {
  const names: IndexName[] = [
    ['Anatoly Bibilov', ['Bibilov'], '/people/anatoly-bibilov/', 2],
    ['Sokhumi', ['Sukhumi', 'Sukhum'], '/places/sokhumi/', 3],
    ['Ánanuri', [], '/places/ananuri/', 1],
    ['Anna Keller', [], '/authors/anna-keller/', 4],
  ];

  it('folds case and accents', () => {
    expect(foldName('ÁNANURI Šota')).toBe('ananuri sota');
  });

  it('finds a name by any part of it, ignoring case and accents, every word typed', () => {
    expect(filterNames(names, 'BIBIL').shown.map((m) => m.name[0])).toEqual(['Anatoly Bibilov']);
    expect(filterNames(names, 'ananu').shown.map((m) => m.name[0])).toEqual(['Ánanuri']);
    expect(filterNames(names, 'Anánuri').shown.map((m) => m.name[0])).toEqual(['Ánanuri']);
    expect(filterNames(names, 'keller anna').shown.map((m) => m.name[0])).toEqual(['Anna Keller']);
    expect(filterNames(names, 'an').total).toBe(3);
    expect(filterNames(names, 'zz')).toEqual({ shown: [], total: 0 });
  });

  it('finds a name by its other names and says which matched', () => {
    expect(filterNames(names, 'sukhum').shown).toEqual([{ name: names[1], alias: 'Sukhumi' }]);
    expect(filterNames(names, 'sokh').shown).toEqual([{ name: names[1], alias: undefined }]);
  });

  it('shows at most SHOWN_MATCHES names but counts them all', () => {
    const many: IndexName[] = Array.from({ length: 250 }, (_, i) => [`Name ${i}`, [], `/x/${i}/`, 1]);
    const { shown, total } = filterNames(many, 'name');
    expect(shown).toHaveLength(100);
    expect(total).toBe(250);
  });
});
