import { describe, expect, it } from 'vitest';
import { isChrome, startsReadAlso, startsTrailer } from '../../src/importer/chrome-lines.ts';
import { detectLanguage } from '../../src/importer/clipping-language.ts';
import type { Item } from '../../src/importer/layout-item.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { nameLine } from '../../src/importer/name-lines.ts';

// Outlets new to the archive (session 24: the Nordic, Baltic, Slovak, Slovenian and Belarusian papers the archive had one
// or two of), each line once read wrong, silently, and pinned whole by an outlet golden too (outlet-goldens.ts).
describe('the agency alone between the standfirst and the date (TVNET)', () => {
  const items = [
    { text: 'Rīgā sāks būvēt jaunu tiltu pār Daugavu', facts: undefined },
    { text: 'Rīgas dome otrdien apstiprināja līgumu par Salu tilta pārbūvi.', facts: undefined },
    { text: 'LETA', facts: undefined },
    { text: '28. maijs 2024 16:42', facts: { date: { text: '28. maijs 2024 16:42', updated: false } } },
  ].map((item, index): Item => ({ ...item, index, lineOfText: index }));

  it('reads `LETA`, Latvia\'s agency, as the byline, no dateline\'s place', () => {
    expect(nameLine(items, 2, new Set())).toEqual({ authors: ['LETA'] });
  });
});

describe('the place and the paper\'s desk with its agency over the title (RTV SLO)', () => {
  const mastheads = ['RTV SLO'];

  it('reads `Ljubljana - MMC RTV SLO, STA` as the dateline and the agency, no headline', () => {
    expect(readFactLine('Ljubljana - MMC RTV SLO, STA', mastheads, { languages: ['sl'] })).toEqual({ dateline: 'Ljubljana', authors: ['STA'] });
  });

  it('reads the place and the paper alone as the dateline', () => {
    expect(readFactLine('Ljubljana - MMC RTV SLO', mastheads, { languages: ['sl'] })).toEqual({ dateline: 'Ljubljana' });
  });

  it('takes no place past which another paper or a headline\'s words stand', () => {
    expect(readFactLine('Ljubljana - Zagreb', mastheads, { languages: ['sl'] })?.dateline).toBeUndefined();
    expect(readFactLine('Ljubljana - Delo, STA', mastheads, { languages: ['sl'] })?.dateline).toBeUndefined();
  });
});

describe('the photographer and agency before Lithuanian\'s label, no caption (15min)', () => {
  it('reads `Eriko Ovčarenko / BNS nuotr.` as the credit alone', () => {
    expect(readFactLine('Eriko Ovčarenko / BNS nuotr.', ['15min'], { languages: ['lt'] })).toEqual({ credit: 'Eriko Ovčarenko / BNS' });
  });

  it('still reads the caption before the names (LRT)', () => {
    expect(readFactLine('Vilniaus katilinė / Josvydo Elinsko/ELTA nuotr.', ['LRT'], { languages: ['lt'] })).toEqual({ caption: 'Vilniaus katilinė', credit: 'Josvydo Elinsko/ELTA' });
  });
});

describe('the page\'s lines under the text', () => {
  it('reads TVNET\'s call to follow it as chrome', () => {
    expect(isChrome('Seko "TVNET" arī Facebook, X un Instagram!')).toBe(true);
  });

  it('keeps a sentence that opens with the same verb', () => {
    expect(isChrome('Seko vēl viens lēmums par tiltu.')).toBe(false);
  });

  it('reads Radio Svaboda\'s call to its Telegram channel as chrome', () => {
    expect(isChrome('Падпісвайцеся на наш канал у Telegram')).toBe(true);
  });

  it('ends the text at RTV SLO\'s `Sorodne novice` and 15min\'s `Skaitykite daugiau`', () => {
    expect(startsTrailer('Sorodne novice')).toBe(true);
    expect(startsTrailer('Skaitykite daugiau')).toBe(true);
  });

  it('reads SME\'s `Čítajte viac` over a link between paragraphs as the page\'s', () => {
    expect(startsReadAlso('Čítajte viac')).toBe(true);
  });
});

describe('a short Finnish news item (Ilta-Sanomat)', () => {
  it('is told from Estonian by the `y` Estonian writes `ü`', () => {
    const text = [
      'Tampereen raitiotien jatke Lentävänniemeen otetaan käyttöön elokuun puolivälissä, kertoi Tampereen Raitiotie Oy tiistaina.',
      'Uusi osuus on noin viisi kilometriä pitkä, ja sillä on kahdeksan pysäkkiä.',
      '– Koeajot alkavat kesäkuun alussa, ja kuljettajat harjoittelevat heinäkuun ajan, sanoi toimitusjohtaja Ville-Mikael Tuominen.',
      'Päivitetty: 28.5.2024 18:05',
    ].join('\n');
    expect(detectLanguage(text)).toBe('fi');
  });
});

describe('Slovak\'s word before the time (SME)', () => {
  it('reads `28. máj 2024 o 16:42` as the date and its time', () => {
    expect(readFactLine('28. máj 2024 o 16:42', ['SME'], { languages: ['sk'] })).toEqual({ date: { text: '28. máj 2024 o 16:42', updated: false } });
  });
});
