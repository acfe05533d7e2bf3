import { describe, expect, it } from 'vitest';
import type { DateOrder } from '../../src/importer/date-names.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Lines the reader took silently for another thing (issue 13: every printed fact right, nothing silently wrong), each on
// the lines that show it; the goldens in outlet-goldens.ts pin whole clippings. Lines written for these tests.
const read = (lines: string[], languages: string[], mastheads: string[] = [], dateOrder: DateOrder = 'DMY') =>
  readGenericLayout(lines, mastheads, { dateOrder, languages, places: new Set(['georgia', 'tbilisi']) });

describe('the agency credited in place of a byline', () => {
  it.each([
    [['Géorgie : le Parlement passe outre le veto présidentiel', 'La loi doit entrer en vigueur dans soixante jours.', 'Avec AFP', 'Publié le 28 mai 2024 à 13h18'], ['fr']],
    [["Georgia's parliament overrides the president's veto", 'With AFP', 'Published on: 28/05/2024 - 13:18'], ['en']],
  ] as const)('is the byline\'s line naming it, not the text\'s first line: %j', (header, languages) => {
    const text = ['Le Parlement géorgien a passé outre, mardi 28 mai, le veto de la présidente.', 'Quatre-vingt-quatre députés ont voté pour, quatre contre.'];
    const read_ = read([...header, ...text], [...languages]);
    expect(read_.authors).toEqual(['AFP']);
    expect(read_.body).toEqual([...header.slice(1).filter((line) => line.endsWith('.')), ...text]);
  });
});

