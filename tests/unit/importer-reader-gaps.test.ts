import { describe, expect, it } from 'vitest';
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
