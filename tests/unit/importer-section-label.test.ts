import { describe, expect, it } from 'vitest';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// A section label is never a dateline: the section a page prints beside its date over the headline.
const read = (first: string, languages: string[], places: string[] = []) =>
  readGenericLayout([first, 'Gruziyada muxolifat saylov natijalarini tan olmadi', 'Gruziyaning asosiy muxolifat partiyalari saylov natijalarini tan olmasligini maʼlum qildi.'], [], {
    dateOrder: 'DMY',
    languages,
    places: new Set(places),
  });

describe('a section beside the date over the headline', () => {
  it('reads Kun.uz\'s `Jahon 19:42 / 05.12.2026` as the date under a section, no dateline', () => {
    const header = read('Jahon 19:42 / 05.12.2026', ['uz']);
    expect(header.date?.text).toBe('19:42 / 05.12.2026');
    expect(header.dateline).toBeUndefined();
  });
  it('reads a word the phrase table does not list there as no dateline either, in any language', () => {
    expect(read('Jamiyat | 19:42 / 05.12.2026', ['uz']).dateline).toBeUndefined();
    expect(read('Welt | 19:42 / 05.12.2026', ['de']).dateline).toBeUndefined();
    expect(read('World | 19:42 / 05.12.2026', ['en']).dateline).toBeUndefined();
  });
  it('still reads a place there in capitals, or one the gazetteer knows, as the dateline', () => {
    expect(read('TBILISI | 19:42 / 05.12.2026', ['en']).dateline).toBe('TBILISI');
    expect(read('Tbilisi, 19:42 / 05.12.2026', ['en'], ['Tbilisi']).dateline).toBe('Tbilisi');
  });
  it('keeps the place of a byline over the headline, which is no section beside a date', () => {
    const header = readGenericLayout(['By Anna Keller, Kyiv', '28 May 2024, 18:42', 'Ukraine and Georgia sign a ferry deal', 'Ukraine and Georgia agreed on Tuesday to launch a ferry line.'], [], { dateOrder: 'DMY', languages: ['en'] });
    expect(header).toMatchObject({ authors: ['Anna Keller'], dateline: 'Kyiv' });
  });
  it('reads a section\'s name beside the date as no dateline below the headline too', () => {
    const header = readGenericLayout(['Gruziyada muxolifat saylov natijalarini tan olmadi', 'Jahon | 19:42 / 05.12.2026', 'Gruziyaning asosiy muxolifat partiyalari saylov natijalarini tan olmasligini maʼlum qildi.'], [], { dateOrder: 'DMY', languages: ['uz'] });
    expect(header.dateline).toBeUndefined();
  });
});

// Novaya Gazeta Europe prints the kind of article over its headline: one word under it is a headline or a label.
describe('one word under the kind of article, over the line taken for the headline', () => {
  const layout = (word: string) =>
    readGenericLayout(
      ['News', word, 'The European Union is preparing new measures against Georgian officials over the crackdown on protesters', '28 May 2024, 18:42', 'The European Union is preparing a package of sanctions against Georgian officials, three diplomats said.'],
      [],
      { dateOrder: 'DMY', languages: ['en'], places: new Set(['Georgia']) },
    );
  it('refuses a word that may be a one-word headline over its standfirst, naming the line', () => {
    expect(() => layout('Sanctions')).toThrow(/"Sanctions" \(line 2\) under "News", may be a one-word headline over its standfirst/);
  });
  it('reads a section\'s name or a known place there as the label over the headline', () => {
    expect(layout('World').title).toBe('The European Union is preparing new measures against Georgian officials over the crackdown on protesters');
    expect(layout('Georgia').title).toBe('The European Union is preparing new measures against Georgian officials over the crackdown on protesters');
  });
  it('reads the word as a label when a line of text or a byline stands under the headline (the Guardian: `Opinion`, then `Armenia`)', () => {
    const header = readGenericLayout(['Opinion', 'Armenia', 'Armenia’s protests are a warning for Georgia', 'Natalia Beridze', 'The crackdown shows what the law will bring', '28 May 2024, 18:42', 'Thousands marched in Yerevan on Tuesday against the government.'], [], { dateOrder: 'DMY', languages: ['en'] });
    expect(header).toMatchObject({ title: 'Armenia’s protests are a warning for Georgia', authors: ['Natalia Beridze'] });
  });
});
