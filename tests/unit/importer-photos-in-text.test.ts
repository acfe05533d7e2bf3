import { describe, expect, it } from 'vitest';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// A later photo of the article, set between the text's paragraphs on two lines of its own, is the page's figure:
// the body leaves out its caption and credit, and keeps every paragraph around it.
const read = (lines: string[], languages: string[]) => readGenericLayout(lines, [], { dateOrder: 'DMY', languages });
// Paragraphs enough to set the photo below the lines the header is looked for in.
const text = (sentence: string) => Array.from({ length: 12 }, (_, i) => `${sentence} ${i + 1}.`);

describe('a photo between paragraphs on two lines', () => {
  it('leaves out the BBC\'s labelled credit and caption (`Image source, …`, `Image caption, …`)', () => {
    const header = read(
      [
        'Georgia\'s new president sworn in',
        '29 December 2024',
        'Image source, Reuters',
        'Image caption, The oath in parliament',
        'He took the oath in parliament on Sunday.',
        ...text('Paragraph'),
        'Image source, Getty Images',
        'Image caption, Protesters have rallied every night',
        'The opposition boycotted the ceremony.',
      ],
      ['en'],
    );
    expect(header.body).toEqual(['He took the oath in parliament on Sunday.', ...text('Paragraph'), 'The opposition boycotted the ceremony.']);
    expect([header.caption, header.credit]).toEqual(['The oath in parliament', 'Reuters']);
  });

  it('leaves out its older form glued to the label (`image copyrightAFP`) and the Russian service\'s (`Автор фото, …`)', () => {
    const english = read(['Speaker resigns', '21 June 2019', 'The speaker resigned on Friday.', ...text('Paragraph'), 'image copyrightAFP', 'image captionMany protesters carried EU flags', 'Photo evidence was shown on television.'], ['en']);
    expect(english.body).toEqual(['The speaker resigned on Friday.', ...text('Paragraph'), 'Photo evidence was shown on television.']);
    const russian = read(['Протесты продолжаются', '1 декабря 2024', 'Протесты продолжаются четвертую ночь.', ...text('Абзац'), 'Автор фото, Getty Images', 'Подпись к фото, Полиция применила водометы', 'Задержаны более 200 человек.'], ['ru']);
    expect(russian.body).toEqual(['Протесты продолжаются четвертую ночь.', ...text('Абзац'), 'Задержаны более 200 человек.']);
  });

  it('leaves out a caption that ends no sentence over its labelled credit (Der Spiegel: the caption, then `Foto: …`)', () => {
    const header = read(
      ['Polizei nimmt Hunderte fest', '06.12.2024, 18.42 Uhr', 'Die Polizei hat erneut Hunderte festgenommen.', ...text('Absatz'), 'Demonstrierende mit EU-Flaggen', 'Foto: Giorgi Arjevanidze / AFP', 'Die Angaben ließen sich nicht überprüfen.'],
      ['de'],
    );
    expect(header.body).toEqual(['Die Polizei hat erneut Hunderte festgenommen.', ...text('Absatz'), 'Die Angaben ließen sich nicht überprüfen.']);
  });

  it('keeps a subheading over a paragraph, and a paragraph above a credit, as the text\'s', () => {
    const header = read(
      ['Polizei nimmt Hunderte fest', '06.12.2024, 18.42 Uhr', 'Die Polizei hat erneut Hunderte festgenommen.', ...text('Absatz'), 'Was will die Opposition?', 'Die Parteien fordern Neuwahlen.', 'Das Parlament tagte bis in die Nacht.', 'Die Angaben ließen sich nicht überprüfen.'],
      ['de'],
    );
    expect(header.body).toEqual(['Die Polizei hat erneut Hunderte festgenommen.', ...text('Absatz'), 'Was will die Opposition?', 'Die Parteien fordern Neuwahlen.', 'Das Parlament tagte bis in die Nacht.', 'Die Angaben ließen sich nicht überprüfen.']);
  });
});
