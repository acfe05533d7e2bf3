import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/importer/content-data.ts';
import { placeNames } from '../../src/importer/entities.ts';
import { nameThenPlace } from '../../src/importer/name-then-place.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// El País until 2013 printed the reporter's name, then the place filed from, on one line: `Pilar Bonet Tiflis`.
describe('a name, then the place it was filed from, with no comma', () => {
  const places = new Set(['Tiflis', 'Tbilisi', 'Gori']);
  it('splits off a place the gazetteer knows after a name of two words or more', () => {
    expect(nameThenPlace('Pilar Bonet Tiflis', places)).toEqual({ name: 'Pilar Bonet', place: 'Tiflis' });
    expect(nameThenPlace('María Ortega Ruiz Tbilisi', places)).toEqual({ name: 'María Ortega Ruiz', place: 'Tbilisi' });
  });
  it('keeps a name whose last word is no known place, or a name of two words, whole', () => {
    expect(nameThenPlace('María Ortega Ruiz', places)).toBeUndefined();
    expect(nameThenPlace('Nino Gori', places)).toBeUndefined();
  });
  it('reads the byline line over the date as the author and the dateline', () => {
    const header = readGenericLayout(
      [
        'El Parlamento georgiano elige a Ivanishvili primer ministro',
        'Pilar Bonet Tiflis',
        '6 NOV 2012 - 18:42 CET',
        'El Parlamento de Georgia eligió este jueves primer ministro al multimillonario Bidzina Ivanishvili.',
      ],
      [],
      { languages: ['es'], places },
    );
    expect(header.authors).toEqual(['Pilar Bonet']);
    expect(header.dateline).toBe('Tiflis');
  });
  const shipped = placeNames(loadContentData(path.resolve('content')).gazetteer);
  // A correspondent's place is printed in the paper's language: the shipped gazetteer lists capitals as papers print them.
  it.each([
    'Moscú', 'Moscou', 'Moskau', 'Mosca', 'Tiflis', 'Tbilissi', 'Kiev', 'Kyiv', 'Kiew', 'Kíev', 'Bruselas', 'Bruxelles', 'Brüssel',
    'Pekín', 'Pékin', 'Peking', 'Londres', 'Londra', 'Vaşington', 'Вашингтон',
  ])('splits off %s, a place the shipped gazetteer lists', (place) => {
    expect(nameThenPlace(`Pilar Bonet ${place}`, shipped)).toEqual({ name: 'Pilar Bonet', place });
  });
});
