import { describe, expect, it } from 'vitest';
import { ENTITY_FACETS } from '../../src/lib/entity-kinds.ts';
import { isFetchedLabelFacet, labelsFile, labelsUrl, readLabelsFile } from '../../src/search/facet-labels.ts';

describe('the gazetteer facets’ label files', () => {
  it('lie beside the search page, under a base path too', () => {
    expect(labelsUrl('http://127.0.0.1:4321/search/', 'person')).toBe('http://127.0.0.1:4321/search/labels/person.json');
    expect(labelsUrl('https://news.example.org/archive/search/', 'place')).toBe('https://news.example.org/archive/search/labels/place.json');
  });

  it('exist for every entity kind’s facet and for no other facet', () => {
    expect(ENTITY_FACETS).toEqual(['person', 'place', 'organization']);
    for (const facet of ENTITY_FACETS) expect(isFetchedLabelFacet(facet)).toBe(true);
    for (const facet of ['source', 'year', 'author'] as const) expect(isFetchedLabelFacet(facet)).toBe(false);
  });

  it('hold the names of the entities some article names, with their other names, and read back', () => {
    const gazetteer = new Map([
      ['sokhumi', { name: 'Sokhumi', aliases: ['Sukhumi', 'Sukhum'] }],
      ['tbilisi', { name: 'Tbilisi', aliases: [] }],
      ['nowhere', { name: 'Nowhere', aliases: ['Never named'] }],
    ]);
    const file = labelsFile(gazetteer, (id) => id !== 'nowhere');
    expect(file).toEqual({ sokhumi: ['Sokhumi', 'Sukhumi', 'Sukhum'], tbilisi: 'Tbilisi' });
    expect(readLabelsFile(file)).toEqual({ names: { sokhumi: 'Sokhumi', tbilisi: 'Tbilisi' }, aliases: { sokhumi: ['Sukhumi', 'Sukhum'] } });
  });
});
