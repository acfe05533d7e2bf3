import { describe, expect, it } from 'vitest';
import { readFactLine } from '../../src/importer/line-facts.ts';

// Outlets new to the archive (session 22), each line once read silently wrong (issue 13) and pinned whole by an outlet
// golden too (outlet-goldens.ts).
describe('the kind of photo after the caption\'s sentence (the Peninsula)', () => {
  it('reads `<caption>. File photo` as the caption as printed, no credit', () => {
    expect(readFactLine('Passengers board a Doha Metro train at Msheireb station. File photo', [], {})).toEqual({
      caption: 'Passengers board a Doha Metro train at Msheireb station. File photo',
    });
  });

  it('leaves a sentence that only ends with the words alone', () => {
    expect(readFactLine('The ministry released a file photo', [], {})).toBeUndefined();
  });
});

describe('a credit in capitals with its owner before the label (the Philippine Daily Inquirer)', () => {
  it('reads `<caption>. INQUIRER FILE PHOTO / NAME` as the caption and the whole credit as printed', () => {
    expect(readFactLine('A bus travels along the EDSA busway in Quezon City. INQUIRER FILE PHOTO / GRIG C. MONTEGRANDE', [], {})).toEqual({
      caption: 'A bus travels along the EDSA busway in Quezon City.',
      credit: 'INQUIRER FILE PHOTO / GRIG C. MONTEGRANDE',
    });
  });

  it('leaves a credit in mixed case to the label\'s reading (NZ Herald: `Photo / AP`)', () => {
    expect(readFactLine('Protesters outside Parliament in Tbilisi. Photo / AP', [], {})).toEqual({ caption: 'Protesters outside Parliament in Tbilisi.', credit: 'AP' });
  });
});

describe('a Malay clipping (Berita Harian)', () => {
  it('reads `- Foto DESK/Name` after the caption\'s sentence as the credit', () => {
    expect(readFactLine('Menteri Pengangkutan ketika melawat tapak projek LRT3 di Shah Alam. - Foto NSTP/Faiz Anuar', [], {})).toEqual({
      caption: 'Menteri Pengangkutan ketika melawat tapak projek LRT3 di Shah Alam.',
      credit: 'NSTP/Faiz Anuar',
    });
  });

  it('reads `Oleh Name` before the date as the byline, Indonesian\'s word for "by", which Malay writes too', () => {
    expect(readFactLine('Oleh Nur Aisyah Mazalan - Mei 28, 2024 @ 4:42pm', [], { languages: ['ms'] })).toMatchObject({
      authors: ['Nur Aisyah Mazalan'],
      date: { text: 'Mei 28, 2024 @ 4:42pm', updated: false },
    });
  });
});

describe('the reporter\'s account after the byline (the Philippine Daily Inquirer)', () => {
  it('reads `By: Name - Reporter / @handle` as the name alone', () => {
    expect(readFactLine('By: Juliana Reyes - Reporter / @JReyesINQ', [], { languages: ['en'] })).toEqual({ authors: ['Juliana Reyes'] });
  });
});

describe('Antara\'s caption, byline and credit lines', () => {
  it('reads `<caption>. ANTARA FOTO/Name/initials.` as the caption and the agency\'s credit', () => {
    expect(readFactLine('Penumpang menaiki KRL di Stasiun Manggarai, Jakarta, Selasa (28/5/2024). ANTARA FOTO/Aditya Pradana Putra/nym.', [], { languages: ['id'] })).toEqual({
      caption: 'Penumpang menaiki KRL di Stasiun Manggarai, Jakarta, Selasa (28/5/2024).',
      credit: 'ANTARA FOTO/Aditya Pradana Putra/nym',
    });
  });

  it('reads `Pewarta: Name` ("reporter") as a byline', () => {
    expect(readFactLine('Pewarta: Fathur Rochman', [], { languages: ['id'] })).toEqual({ authors: ['Fathur Rochman'] });
  });
});

describe('the place after the byline past a dash (Jeune Afrique)', () => {
  it('reads `Par Name - à Abidjan` as the name and the dateline', () => {
    expect(readFactLine('Par Baudelaire Mieu - à Abidjan', [], { languages: ['fr'] })).toEqual({ authors: ['Baudelaire Mieu'], dateline: 'Abidjan' });
  });
});

describe('a Chinese caption crediting a paper in full-width brackets (Lianhe Zaobao)', () => {
  it('reads `…通车。（海峡时报）` as the caption and the paper as its credit', () => {
    expect(readFactLine('汤申—东海岸地铁线第四阶段的七个车站将于下月23日通车。（海峡时报）', [], { languages: ['zh'] })).toEqual({
      caption: '汤申—东海岸地铁线第四阶段的七个车站将于下月23日通车。',
      credit: '海峡时报',
    });
  });

  it('leaves a sentence\'s aside in brackets that names no paper', () => {
    expect(readFactLine('交通部星期二发文告说，新路段将通车。（详见附表）', [], { languages: ['zh'] })).toBeUndefined();
  });
});
