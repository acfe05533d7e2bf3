import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/importer/body-facts.ts';
import { readNames } from '../../src/importer/byline-lines.ts';
import { isChrome, startsReadAlso, startsTrailer } from '../../src/importer/chrome-lines.ts';
import { detectLanguage } from '../../src/importer/clipping-language.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';
import type { Item } from '../../src/importer/layout-item.ts';
import { nameLine } from '../../src/importer/name-lines.ts';
import { readDateAt } from '../../src/importer/read-date.ts';

// Outlets new to the archive (session 23: the Caribbean, West and Central Africa, the Maghreb, Central Asia), each line once
// read wrong, silently or by refusing the clipping (issue 13), and pinned whole by an outlet golden too (outlet-goldens.ts).
describe('a weekday set off by a bar (the Gleaner)', () => {
  it('reads `Published:Tuesday | May 28, 2024 | 12:08 AM` as the date, its weekday and time', () => {
    expect(readFactLine('Published:Tuesday | May 28, 2024 | 12:08 AM', [], { languages: ['en'] })).toEqual({ date: { text: 'Tuesday | May 28, 2024 | 12:08 AM', updated: false } });
  });

  it('takes the weekday for no dateline\'s place', () => {
    expect(readFactLine('Tuesday | May 28, 2024 | 12:08 AM', [], { languages: ['en'] })).toEqual({ date: { text: 'Tuesday | May 28, 2024 | 12:08 AM', updated: false } });
  });
});

describe('the reporter\'s job past a slash (the Gleaner)', () => {
  it('reads `Name/Staff Reporter` and `Name/Gleaner Writer` as the name alone', () => {
    expect(readNames('Kimone Thompson/Staff Reporter')).toEqual({ authors: ['Kimone Thompson'] });
    expect(readNames('Jason Cross/Gleaner Writer')).toEqual({ authors: ['Jason Cross'] });
  });

  it('reads the line alone as the byline, no photo credit', () => {
    expect(readFactLine('Kimone Thompson/Staff Reporter', [], { languages: ['en'] })).toEqual({ authors: ['Kimone Thompson'] });
  });

  it('leaves a photographer\'s job after a caption to the credit', () => {
    expect(readFactLine('Commuters wait at the terminal on Monday. - Ricardo Makyn/Chief Multimedia Editor', [], { languages: ['en'] })).toEqual({
      caption: 'Commuters wait at the terminal on Monday.',
      credit: 'Ricardo Makyn/Chief Multimedia Editor',
    });
  });
});

describe('the place under the byline, over the date (Diario Libre)', () => {
  const items = (place: string): Item[] =>
    [
      { text: 'Elena Martínez', facts: { authors: ['Elena Martínez'] } },
      { text: place, facts: undefined },
      { text: '28/05/2024 16:42', facts: { date: { text: '28/05/2024 16:42', updated: false } } },
    ].map((item, index) => ({ ...item, index, lineOfText: index }));

  it('reads `Santo Domingo, RD`, a place and its country\'s initials, as the dateline, no second author', () => {
    expect(nameLine(items('Santo Domingo, RD'), 1, new Set())).toEqual({ dateline: 'Santo Domingo, RD' });
  });

  it('reads a second reporter there as names still', () => {
    expect(nameLine(items('Juan Pérez'), 1, new Set())).toEqual({ authors: ['Juan Pérez'] });
  });
});

describe('datelines of Francophone Africa\'s and Cuba\'s papers', () => {
  it('reads `Place, le DATE (Paper) -` with the French word for "on" before the date (Fraternité Matin)', () => {
    expect(readDateline('Anyama, le 27 mai 2024 (Fraternité Matin) - Les premières familles ont reçu lundi leurs indemnisations.', { languages: ['fr'] })).toEqual({
      place: 'Anyama',
      date: '27 mai 2024',
    });
  });

  it('reads `Place, DATE (AGENCY).` with a full stop alone after the agency in capitals (Montsame)', () => {
    expect(readDateline('Ulaanbaatar, May 28 (MONTSAME). Construction of the first bus rapid transit line will begin in July.', { languages: ['en'] })).toEqual({
      place: 'Ulaanbaatar',
      date: 'May 28',
    });
  });

  it('leaves a name and a note in brackets before a full stop to the text', () => {
    expect(readDateline('Mr Smith (pictured). He said the vote would go ahead.', { languages: ['en'] })).toBeUndefined();
  });

  it('reads a place, a full stop and an en dash (Granma: `NUEVA GERONA.–La Empresa …`)', () => {
    expect(readDateline('NUEVA GERONA.–La Empresa Navegación Caribe incorporará a inicios de junio un nuevo catamarán.', { languages: ['es'] })).toEqual({ place: 'NUEVA GERONA' });
  });
});

describe('the Maghreb\'s Arabic month names (Echorouk, Hespress)', () => {
  it('reads Algeria\'s and Tunisia\'s `جوان` (June) and `أوت` (August)', () => {
    expect(readDateAt('28 جوان 2024', { languages: ['ar'] })?.printed).toEqual({ year: 2024, month: 6, day: 28 });
    expect(readDateAt('4 أوت 2024', { languages: ['ar'] })?.printed).toEqual({ year: 2024, month: 8, day: 4 });
  });

  it('reads Morocco\'s `شتنبر` (September) and `غشت` (August)', () => {
    expect(readDateAt('28 شتنبر 2024', { languages: ['ar'] })?.printed).toEqual({ year: 2024, month: 9, day: 28 });
    expect(readDateAt('4 غشت 2024', { languages: ['ar'] })?.printed).toEqual({ year: 2024, month: 8, day: 4 });
  });
});

describe('French photo credits with a longer label', () => {
  it('ends the caption before `Crédit photo :` (TSA), not inside the label', () => {
    expect(readFactLine("Le métro d'Alger. Crédit photo : DR", [], { languages: ['fr'] })).toEqual({ caption: "Le métro d'Alger.", credit: 'DR' });
  });

  it('reads `© Copyright : DR` alone under the caption as the credit, no copyright footer (Le360)', () => {
    expect(readFactLine('© Copyright : DR', [], { languages: ['fr'] })).toEqual({ credit: 'DR' });
  });

  it('gives the credit of `© Crédit photo : Name / PAPER` without its label', () => {
    expect(readFactLine('© Crédit photo : Guillaume Bonnaud / SUD OUEST', [], { languages: ['fr'] })).toEqual({ credit: 'Guillaume Bonnaud / SUD OUEST' });
  });
});

describe('Spanish headings under the text', () => {
  it('reads Granma\'s `Temas` over its topics as the page\'s', () => {
    expect(startsTrailer('Temas')).toBe(true);
  });

  it('reads Diario Libre\'s `Lea también` over a linked headline as the page\'s', () => {
    expect(startsReadAlso('Lea también')).toBe(true);
  });
});

describe('Uzbek in the Latin alphabet (Daryo)', () => {
  it('reads `28-may 2024, 16:42`, the day joined to its month by a hyphen', () => {
    expect(readDateAt('28-may 2024, 16:42', { languages: ['uz'] })?.printed).toEqual({ year: 2024, month: 5, day: 28, time: { hour: 16, minute: 42, second: 0 } });
  });

  it('tells a short news item\'s language by its commonest words', () => {
    expect(
      detectLanguage(
        'Toshkent metropoliteni ikki yangi bekat iyul oyida foydalanishga topshiriladi. Bu haqda metropoliten matbuot xizmati xabar berdi. ' +
          'Hozirda sinov ishlari olib borilmoqda. Yangi bekatlar kuniga 30 mingdan ortiq yo‘lovchiga xizmat ko‘rsatadi.',
      ),
    ).toBe('uz');
  });
});

describe('the print edition\'s note under the text (the Himalayan Times)', () => {
  it('reads `A version of this article appears in the print on …` as the page\'s', () => {
    expect(isChrome('A version of this article appears in the print on May 29, 2024, of The Himalayan Times.')).toBe(true);
  });
});
