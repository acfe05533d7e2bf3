import { describe, expect, it } from 'vitest';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Two layouts tried as a new user would (session 18): the New Humanitarian's byline stack with the reporter's job and an
// AP-style place, and Le Devoir's photo credit over its caption, the place under the agency and the section printed again.
// The goldens (outlet-goldens.ts) read the whole clippings; these pin each rule alone.

const text = [
  'Tamar Gogoladze keeps the letter in a plastic folder on top of the wardrobe. It promises her family a flat within two years.',
  'Eleven years later, the family of five still lives in a single room of a former kindergarten.',
];

describe('a byline stacked with the reporter\'s job and where the story was written', () => {
  const lines = ['Georgia’s displaced families are still waiting for the homes they were promised', '‘They told us two years. It has been eleven.’', 'Nino Beridze', 'Freelance journalist based in Tbilisi', 'GORI, Georgia', '5 June 2024', ...text];

  it('reads the names and the place, and keeps the job and the place out of the text', () => {
    const header = readGenericLayout(lines, [], { languages: ['en'] });
    expect(header).toMatchObject({ authors: ['Nino Beridze'], dateline: 'GORI, Georgia', date: { text: '5 June 2024' } });
    expect(header.body).toEqual(['‘They told us two years. It has been eleven.’', ...text]);
  });


});

describe('the photo\'s credit over its caption, the place under the byline (Le Devoir)', () => {
  const lines = [
    'Monde',
    'Europe',
    'La Géorgie adopte définitivement la loi sur l’« influence étrangère »',
    'Des milliers de manifestants ont de nouveau défilé mardi soir devant le Parlement, à Tbilissi',
    'Photo: Irakli Gedenidze Reuters',
    'Des manifestants se sont rassemblés devant le Parlement géorgien, mardi, à Tbilissi.',
    'Agence France-Presse',
    'à Tbilissi',
    '28 mai 2024',
    'Europe',
    'Le Parlement géorgien a adopté définitivement mardi une loi controversée sur « l’influence étrangère ».',
    'Le texte a été approuvé par 84 députés contre 4, l’opposition ayant en grande partie boycotté le vote.',
  ];
  const header = readGenericLayout(lines, [], { languages: ['fr'] });

  it('takes the sentence under the credit, over the byline and the date, for the caption, and the line over it for the standfirst', () => {
    expect(header.caption).toBe('Des manifestants se sont rassemblés devant le Parlement géorgien, mardi, à Tbilissi.');
    expect(header.credit).toBe('Irakli Gedenidze Reuters');
    expect(header.body[0]).toBe('Des milliers de manifestants ont de nouveau défilé mardi soir devant le Parlement, à Tbilissi');
  });

  it('reads `à Tbilissi` under the byline as the dateline', () => {
    expect(header).toMatchObject({ authors: ['Agence France-Presse'], dateline: 'Tbilissi' });
  });

  it('leaves the section printed again under the date out of the text', () => {
    expect(header.body).not.toContain('Europe');
    expect(header.body.slice(1)).toEqual(lines.slice(10));
  });
});
