import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/importer/content-data.ts';
import { findEntities } from '../../src/importer/entities.ts';

// Entities come from the shipped gazetteer only, matched as whole words with their capitals.
const { gazetteer } = loadContentData(path.resolve('content'));
const none = { people: [], places: [], organizations: [] };

describe('entities from the gazetteer', () => {
  it.each([
    ['Tskhinvali region and South Ossetia are one place', { ...none, places: ['south-ossetia'] }],
    ['S. Ossetia, Tskhinvali, the Republic of South Ossetia', { ...none, places: ['south-ossetia'] }],
    ['Putin said; Vladimir Putin added; Putin’s visit', { ...none, people: ['vladimir-putin'] }],
    ['A deal with Sokhumi', { ...none, places: ['sokhumi'] }],
    ['the Kremlin reported, Kremlin sources said', { ...none, organizations: ['kremlin'] }],
    ['the Moscow-backed leader', { ...none, places: ['moscow'] }],
    ['South\u00a0Ossetia with a non-breaking space', { ...none, places: ['south-ossetia'] }],
    ['Civil Georgia reported', { ...none, organizations: ['civil-georgia'] }],
    ['Ketevan Tsikhelashvili, Minister of State for Reconciliation and Civic Equality', { ...none, people: ['ketevan-tsikhelashvili'], organizations: ['office-of-the-state-minister-for-reconciliation'] }],
    // Georgia's places as each language prints them, inflected where the language inflects names.
    ['Протесты в Грузии: в Тбилиси и Батуми', { ...none, places: ['batumi', 'georgia', 'tbilisi'] }],
    ['Протести у Грузії, у Кутаїсі та в Південній Осетії', { ...none, places: ['georgia', 'kutaisi', 'south-ossetia'] }],
    ["Gürcistan'ın başkenti Tiflis'te, Batum'da ve Abhazya'da", { ...none, places: ['abkhazia', 'batumi', 'georgia', 'tbilisi'] }],
    ['საქართველოში, თბილისსა და ქუთაისში; სოხუმიდან ზუგდიდამდე', { ...none, places: ['georgia', 'kutaisi', 'sokhumi', 'zugdidi'] }],
    ['Georgiens Parlament in Tiflis; Südossetiens Grenze bei Gori', { ...none, places: ['georgia', 'gori', 'south-ossetia', 'tbilisi'] }],
    ["la Géorgie, Tbilissi et l'Abkhazie; Ossétie du Sud", { ...none, places: ['abkhazia', 'georgia', 'south-ossetia', 'tbilisi'] }],
    ['a Geórgia e a Ossétia do Sul; Osetia del Sur; Ossezia del Sud; Poti e Rustavi', { ...none, places: ['georgia', 'poti', 'rustavi', 'south-ossetia'] }],
    ['из Сухума в Цхинвал через Абхазию', { ...none, places: ['abkhazia', 'sokhumi', 'south-ossetia'] }],
  ])('%s', (text, expected) => {
    expect(findEntities(text, gazetteer)).toEqual(expected);
  });

  it.each([
    'Georgian territories and Russian citizens',
    'georgia in lower case is no name',
    'Putinism and Moscovites',
    'The Abkhazian coast',
    'Nobody named here.',
    // Words made from the names, which are no names: adjectives, demonyms, a Georgian word the town shares.
    'грузинские вина и тбилисский метро, абхазский берег',
    'Грузинське вино, Тбіліський університет',
    'Gürcistanlı bir şarap üreticisi',
    'გორი და ქართველი ხალხი',
    'Georgisches Weinfest',
  ])('invents nothing: %s', (text) => {
    expect(findEntities(text, gazetteer)).toEqual(none);
  });
});
