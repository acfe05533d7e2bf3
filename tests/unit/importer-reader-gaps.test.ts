import { describe, expect, it } from 'vitest';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Layouts the generic reader read wrong, or not at all, at the end of session 13 (issue 13's
// known gaps), each with the layout that must keep reading as it did.
const turkish = (text: string) => readGenericLayout(text.split('\n'), [], { dateOrder: 'DMY', languages: ['tr'] });
const english = (text: string) => readGenericLayout(text.split('\n'), [], { dateOrder: 'DMY', languages: ['en'] });

describe('a caption with its agency in brackets above the title', () => {
  const text = (caption: string) =>
    `${caption}\nDÜNYA\nGürcistan'da muhalefet yeni seçim yasasına karşı sokakta\n29.05.2024 - 10:15\nGürcistan'ın başkenti Tiflis'te binlerce kişi yasayı protesto etti.\nGöstericiler parlamentonun önünde toplandı.\n`;

  it('is the photo\'s caption and credit when a section and another headline stand under it, the date under that', () => {
    for (const caption of ["Tiflis'te parlamento binası önünde toplanan göstericiler", "Ankara'da toplanan göstericiler"]) {
      expect(turkish(text(`${caption} (AA)`)), caption).toMatchObject({
        title: "Gürcistan'da muhalefet yeni seçim yasasına karşı sokakta",
        caption,
        credit: 'AA',
        body: ["Gürcistan'ın başkenti Tiflis'te binlerce kişi yasayı protesto etti.", 'Göstericiler parlamentonun önünde toplandı.'],
      });
    }
  });

  it('is the photo\'s with the byline between the headline and the date too', () => {
    const bylined = `Tiflis'te parlamento binası önünde toplanan göstericiler (AA)\nDÜNYA\nGürcistan'da muhalefet yeni seçim yasasına karşı sokakta\nMehmet Yılmaz\n29.05.2024 - 10:15\nGöstericiler parlamentonun önünde toplandı.\n`;
    expect(turkish(bylined)).toMatchObject({ title: "Gürcistan'da muhalefet yeni seçim yasasına karşı sokakta", authors: ['Mehmet Yılmaz'], caption: "Tiflis'te parlamento binası önünde toplanan göstericiler", credit: 'AA' });
  });

  it('stays the title when the date, the byline or a standfirst follows it, or a section stands above it', () => {
    const headline = 'Georgian parliament overrides the president’s veto (Reuters)';
    for (const layout of [
      `${headline}\n28 May 2024 18:42\nThe parliament voted 84 to 4.\nThe opposition walked out.\n`,
      `${headline}\nBy Anna Holt\n28 May 2024 18:42\nThe parliament voted 84 to 4.\nThe opposition walked out.\n`,
      `WORLD\n${headline}\n28 May 2024 18:42\nThe parliament voted 84 to 4.\nThe opposition walked out.\n`,
      `${headline}\nThe vote ends a month of protests in Tbilisi.\n28 May 2024 18:42\nThe parliament voted 84 to 4.\n`,
    ]) {
      expect(english(layout), layout).toMatchObject({ title: headline, caption: undefined, credit: undefined });
    }
  });
});

describe('a photo\'s credit alone on a line, after its label', () => {
  const options = { dateOrder: 'DMY' as const, languages: ['en', 'de', 'ru'] as const };
  it('reads `Photo: Reuters`, `Foto: dpa`, `Фото: ТАСС` as the credit, and no caption', () => {
    for (const [line, credit] of [
      ['Photo: Reuters', 'Reuters'],
      ['Foto: dpa', 'dpa'],
      ['Фото: ТАСС', 'ТАСС'],
      ['Фото: РИА Новости', 'РИА Новости'],
      ['Photo: Getty Images', 'Getty Images'],
    ] as const) {
      expect(readFactLine(line, [], { ...options, languages: [...options.languages] }), line).toEqual({ credit });
    }
  });

  it('reads no credit from a label before words in lower case: that is a caption\'s sentence, or the text', () => {
    expect(readFactLine('Foto: Demonstranten vor dem Parlament in Tiflis', [], { languages: ['de'] })?.credit).toBeUndefined();
  });

  it('gives the photo its credit, under the title or under the date, and leaves it out of the body', () => {
    const layouts = [
      ['Georgia votes on the law\nPhoto: Reuters\nBy Anna Holt\n8 March 2019\nFirst line of text.\nSecond line.\n', 'Reuters', ['First line of text.', 'Second line.']],
      ['Georgien stimmt ab\nFoto: dpa\nVon Anna Holt\n08.03.2019\nErste Zeile.\nZweite Zeile.\n', 'dpa', ['Erste Zeile.', 'Zweite Zeile.']],
      ['Грузия голосует\n8 марта 2019\nФото: ТАСС\nПервая строка текста.\nВторая.\n', 'ТАСС', ['Первая строка текста.', 'Вторая.']],
    ] as const;
    for (const [text, credit, body] of layouts) {
      expect(readGenericLayout(text.split('\n'), [], { dateOrder: 'DMY', languages: ['en', 'de', 'ru'] }), text).toMatchObject({ caption: undefined, credit, body });
    }
  });
});

describe('the line over a photo\'s credit alone', () => {
  it('is the standfirst when it is no sentence right under the title and the date follows the credit (the Economist\'s rubric)', () => {
    const rubric = 'A law on “foreign agents” has brought tens of thousands on to the streets';
    expect(english(`Georgia’s government is turning its back on Europe\n${rubric}\nPhotograph: Getty Images\nMay 16th 2024\nThe law passed.\nProtests go on.\n`)).toMatchObject({
      caption: undefined,
      credit: 'Getty Images',
      body: [rubric, 'The law passed.', 'Protests go on.'],
    });
  });

  it('is the caption when it is a sentence (Radio-Canada), or stands lower than right under the title', () => {
    const caption = 'Des manifestants devant le Parlement géorgien, à Tbilissi.';
    const french = readGenericLayout(`Le Parlement géorgien passe outre le veto\n${caption}\nPhoto : Reuters\nPublié le 28 mai 2024 à 11 h 42\nLe Parlement a voté mardi.\n`.split('\n'), [], { languages: ['fr'] });
    expect(french).toMatchObject({ caption, credit: 'Reuters', body: ['Le Parlement a voté mardi.'] });
  });
});

