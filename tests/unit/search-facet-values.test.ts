import { describe, expect, it } from 'vitest';
import { facetValue, facetView, sortValues } from '../../src/search/facet-values.ts';
import { foldName } from '../../src/lib/fold-name.ts';

describe('a facet list (src/search/facet-values.ts)', () => {
  const values = sortValues([
    facetValue('bibilov', 'Anatoly Bibilov', 12, false),
    facetValue('saakashvili', 'Mikheil Saakashvili', 30, false),
    facetValue('zurabishvili', 'Salomé Zourabichvili', 30, false, ['Salome Zurabishvili']),
    facetValue('ivanishvili', 'Bidzina Ivanishvili', 4, true),
    facetValue('abashidze', 'Aslan Abashidze', 1, false),
  ]);
  const labels = (view: ReturnType<typeof facetView>) => view.shown.map((value) => value.label);

  it('matches case and accents aside, and by other names', () => {
    expect(foldName('  Salomé   ZOURABICHVILI ')).toBe('salome zourabichvili');
    expect(labels(facetView(values.count, 'SALOME', 10))).toEqual(['Bidzina Ivanishvili', 'Salomé Zourabichvili']);
    expect(labels(facetView(values.count, 'zurab', 10))).toEqual(['Bidzina Ivanishvili', 'Salomé Zourabichvili']);
    expect(labels(facetView(values.count, 'bíbi', 10))).toEqual(['Bidzina Ivanishvili', 'Anatoly Bibilov']);
  });

  it('keeps chosen values first and in view whatever the filter and the limit', () => {
    const view = facetView(values.count, 'nobody', 0);
    expect(labels(view)).toEqual(['Bidzina Ivanishvili']);
    expect(view.matching).toBe(0);
  });

  it('orders by count (ties by name) or by name, and cuts at the limit', () => {
    const byCount = facetView(values.count, '', 2);
    expect(labels(byCount)).toEqual(['Bidzina Ivanishvili', 'Mikheil Saakashvili', 'Salomé Zourabichvili']);
    expect(byCount.matching).toBe(4);
    expect(labels(facetView(values.name, '', 10))).toEqual([
      'Bidzina Ivanishvili',
      'Anatoly Bibilov',
      'Aslan Abashidze',
      'Mikheil Saakashvili',
      'Salomé Zourabichvili',
    ]);
  });
});
