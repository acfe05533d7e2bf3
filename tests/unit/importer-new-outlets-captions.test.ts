import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/importer/body-facts.ts';
import { isChrome, startsTrailer } from '../../src/importer/chrome-lines.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { readPrintedDate } from '../../src/importer/read-date.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Captions and credits of outlets new to the archive (session 20), each once read silently wrong (issue 13) and pinned
// whole by an outlet golden too (outlet-goldens.ts).
describe('a labelled credit in brackets after the caption (L\'Orient Today)', () => {
  it('reads `(Credit: AFP)` as the credit, the caption without the bracket', () => {
    expect(readFactLine('Syrian refugees return to Syria from the border town of Arsal, Oct. 26, 2022. (Credit: AFP)', [], {})).toEqual({
      caption: 'Syrian refugees return to Syria from the border town of Arsal, Oct. 26, 2022.',
      credit: 'AFP',
    });
  });

  it('reads `(Credit: Name/Agency)` alike', () => {
    expect(readFactLine('Protesters in Beirut on Tuesday. (Credit: Mohammad Yassine/L\'Orient Today)', [], {})).toEqual({
      caption: 'Protesters in Beirut on Tuesday.',
      credit: "Mohammad Yassine/L'Orient Today",
    });
  });
});

describe('`Image Credit:` on a line of its own (Gulf News)', () => {
  it('reads the credit after the whole label', () => {
    expect(readFactLine('Image Credit: Virendra Saklani/Gulf News', [], {})).toEqual({ credit: 'Virendra Saklani/Gulf News' });
    expect(readFactLine('Image Credit: Shutterstock', [], {})).toEqual({ credit: 'Shutterstock' });
  });
});

describe('the sections over the headline joined by bars (the Diplomat)', () => {
  const read = (text: string) => readGenericLayout(text.split('\n'), [], { dateOrder: 'MDY', languages: ['en'] });

  it('reads `Flashpoints | Politics | Central Asia` as a kicker, the line under it as the title', () => {
    const header = read(
      'Flashpoints | Politics | Central Asia\nKazakhstan Moves to Restrict Foreign Funding of Media\nDraft amendments would require outlets to register.\nBy Catherine Putz\nMay 28, 2024\nThe ministry published the draft on Friday.\nJournalists criticized it.\n',
    );
    expect(header.title).toBe('Kazakhstan Moves to Restrict Foreign Funding of Media');
    expect(header.body.filter(Boolean)).toEqual(['Draft amendments would require outlets to register.', 'The ministry published the draft on Friday.', 'Journalists criticized it.']);
  });
});

describe('calls to follow the paper under the text', () => {
  it.each([
    'Stay up to date with the latest news. Follow KT on WhatsApp Channels.',
    'Новини 24 Каналу тепер у Telegram – підписуйтеся!',
    "BirGün'e abone olun",
  ])('%s is the page\'s, no text', (line) => {
    expect(isChrome(line)).toBe(true);
  });

  it('leaves sentences with the same words alone', () => {
    expect(isChrome('Officials urged residents to stay up to date with the latest news from the authorities.')).toBe(false);
    expect(isChrome('Sendikalar, üyelerine zam talebine destek vermeleri için çağrıda bulundu.')).toBe(false);
  });
});

describe('a dateline in capitals glued to its em dash (the Armenian Weekly)', () => {
  it('reads `YEREVAN—The Office …` as filed from Yerevan', () => {
    expect(readDateline('YEREVAN—The Office of the High Commissioner announced on Tuesday that the forum will take place in July.', { languages: ['en'] })).toEqual({
      place: 'YEREVAN',
      date: undefined,
    });
  });

  it('leaves an abbreviation before a dash in a sentence alone', () => {
    expect(readDateline('NATO—and the EU, too—has said so.', { languages: ['en'] })).toBeUndefined();
  });
});

describe('the labels of publication and update on lines of their own, over their dates (El Español)', () => {
  it('reads `Publicada` over the date as the publication\'s label, `Actualizada` over the update\'s', () => {
    const header = readGenericLayout(
      'La Comunidad ampliará la línea 11 de Metro\nLas obras comenzarán en septiembre.\nLucía Martín\nPublicada\n28 mayo 2024 16:42h\nActualizada\n28 mayo 2024 17:10h\nLa Comunidad de Madrid ha aprobado este martes el proyecto.\nEl nuevo tramo tendrá cinco estaciones.\n'.split('\n'),
      [],
      { dateOrder: 'DMY', languages: ['es'] },
    );
    expect(header.dateline).toBeUndefined();
    expect(header.date?.text).toBe('28 mayo 2024 16:42h');
    expect(header.updated?.text).toBe('28 mayo 2024 17:10h');
    expect(header.body.filter(Boolean)).toEqual(['Las obras comenzarán en septiembre.', 'La Comunidad de Madrid ha aprobado este martes el proyecto.', 'El nuevo tramo tendrá cinco estaciones.']);
  });
});

describe('a comma after the month\'s name, the year printed (Tasnim)', () => {
  it('reads `May, 28, 2024 - 16:42`', () => {
    expect(readPrintedDate('May, 28, 2024 - 16:42', { languages: ['en'] })).toMatchObject({ year: 2024, month: 5, day: 28, time: { hour: 16, minute: 42, second: 0 } });
  });

  it('finds no date in `May, 28 people …`, which prints no year', () => {
    expect(() => readPrintedDate('May, 28 people', { languages: ['en'] })).toThrow();
  });
});

describe('the kind of photo before `Photo by` after the caption (UPI)', () => {
  it('reads `File Photo by Name/EPA-EFE` as the credit', () => {
    expect(readFactLine('Nikol Pashinyan and Ilham Aliyev met in Granada, Spain, last year. File Photo by Juan Carlos Cardenas/EPA-EFE', [], {})).toEqual({
      caption: 'Nikol Pashinyan and Ilham Aliyev met in Granada, Spain, last year.',
      credit: 'Juan Carlos Cardenas/EPA-EFE',
    });
  });
});

describe('the categories under the date after `in` in lower case (the Armenian Weekly)', () => {
  it('reads `in Armenia, Community, Featured` as the page\'s', () => {
    expect(isChrome('in Armenia, Community, Featured')).toBe(true);
  });

  it('leaves a line that opens with `In` as a sentence or heading does alone', () => {
    expect(isChrome('In Armenia, Community Leaders Meet')).toBe(false);
  });
});

describe('the lines under the text of Notes from Poland and Nezavisimaya Gazeta', () => {
  it('reads `Main image credit: Name` as the photo\'s credit', () => {
    expect(readFactLine('Main image credit: PKP PLK', [], {})).toEqual({ credit: 'PKP PLK' });
  });

  it('leaves the paper\'s note on how it is run out of the body', () => {
    const header = readGenericLayout(
      'Poland to build high-speed rail link\nDaniel Tilles\nMay 28, 2024\nThe ministry has signed a contract for the line.\nThe line is part of the CPK project.\nNotes from Poland is run by a small editorial team and published by an independent, non-profit foundation.\n'.split('\n'),
      ['Notes from Poland'],
      { dateOrder: 'MDY', languages: ['en'] },
    );
    expect(header.body.filter(Boolean)).toEqual(['The ministry has signed a contract for the line.', 'The line is part of the CPK project.']);
  });

  it('reads the labelled credit under the text as the photo\'s', () => {
    const header = readGenericLayout(
      'Poland to build high-speed rail link\nDaniel Tilles\nMay 28, 2024\nThe ministry has signed a contract for the line.\nThe line is part of the CPK project.\nMain image credit: PKP PLK\nNotes from Poland is run by a small editorial team and published by an independent, non-profit foundation.\n'.split('\n'),
      ['Notes from Poland'],
      { dateOrder: 'MDY', languages: ['en'] },
    );
    expect(header.credit).toBe('PKP PLK');
    expect(header.body.filter(Boolean)).toEqual(['The ministry has signed a contract for the line.', 'The line is part of the CPK project.']);
  });

  it('reads `Тэги: …` as the page\'s tags', () => {
    expect(isChrome('Тэги: тарифы, жкх, минэкономразвития')).toBe(true);
  });
});

describe('Tasnim\'s list under the text', () => {
  it('reads `Most Visited in Politics` as the start of the page\'s lists', () => {
    expect(startsTrailer('Most Visited in Politics')).toBe(true);
  });
});

describe('the kind of photo and its label opening the caption (the Cyprus Mail)', () => {
  it('reads `File photo: <caption>` as the caption, no credit', () => {
    expect(readFactLine('File photo: The Larnaca desalination plant', [], {})).toEqual({ caption: 'File photo: The Larnaca desalination plant' });
  });
});

describe('a city the time zone database names, and a colon, opening the text (Gulf News)', () => {
  it('reads `Dubai: …` as filed from Dubai, though the gazetteer does not list it', () => {
    expect(readDateline('Dubai: Dubai Municipality will open three new public beaches before the summer holidays.', { languages: ['en'], places: new Set(['Tbilisi']) })).toEqual({ place: 'Dubai' });
  });

  it('leaves a label and universal time\'s names alone', () => {
    expect(readDateline('Update: The municipality will open three beaches.', { languages: ['en'], places: new Set(['Tbilisi']) })).toBeUndefined();
    expect(readDateline('Zulu: The word for the time at Greenwich.', { languages: ['en'], places: new Set(['Tbilisi']) })).toBeUndefined();
  });
});
