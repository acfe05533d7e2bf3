import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/importer/body-facts.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { isChrome, startsReadAlso, startsTrailer } from '../../src/importer/chrome-lines.ts';
import { findDate } from '../../src/importer/read-date.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Pages of Europe's and North America's outlets that no fixture had (session 16): the Nordic, Hungarian, Slovak and
// Slovenian papers' dates and words, and layouts of Dutch, Swiss, Canadian and American ones. The goldens
// (outlet-goldens.ts) read whole clippings; these pin each rule alone.

const dateIn = (text: string, language: string) => findDate(text, { languages: [language] })?.printed;

describe('dates in the Nordic and central European languages (date-fns names)', () => {
  it.each([
    ['28. maj 2024 kl. 16.42', 'da'],
    ['Publisert 28. mai 2024 kl. 16:42', 'nb'],
    ['28 maj 2024 kl. 16:42', 'sv'],
    ['28. toukokuuta 2024 klo 16.42', 'fi'],
    ['2024. május 28. – 16:42', 'hu'],
    ['28. mája 2024 16:42', 'sk'],
    ['28. maja 2024 ob 16.42', 'sl'],
  ])('reads `%s` (%s) with its time', (text, language) => {
    expect(dateIn(text, language)).toMatchObject({ year: 2024, month: 5, day: 28, time: { hour: 16, minute: 42 } });
  });

  // Slovenian, Slovak and Czech pages print a blank after each point of a numeric date (24ur).
  it('reads a numeric date with a blank after each point', () => {
    expect(findDate('28. 5. 2024 ob 16.42', { languages: ['sl'], dateOrder: 'DMY' })?.printed).toMatchObject({ year: 2024, month: 5, day: 28, time: { hour: 16, minute: 42 } });
    expect(findDate('Tbilisi, 28. 05. 2024 16.42', { dateOrder: 'DMY' })?.text).toBe('28. 05. 2024 16.42');
  });

  it('reads the Dutch `om` before the time and `uur` after it (De Standaard)', () => {
    expect(findDate('dinsdag 28 mei 2024 om 16.42 uur', { languages: ['nl'] })?.text).toBe('dinsdag 28 mei 2024 om 16.42 uur');
  });

  // The Nordic two-letter weekdays are English words (`on`, `to`): `On 11 Jun 2024` is no Wednesday in an English page.
  it('reads a two-letter weekday only in its own language', () => {
    expect(findDate('On 11 Jun 2024', { languages: ['en'] })?.text).toBe('11 Jun 2024');
    expect(findDate('on 29.5.2024', { languages: ['nb'], dateOrder: 'DMY' })?.printed.weekday).toBe(3);
  });
});

describe('the words Nordic and central European pages print around an article', () => {
  it.each(['Dela', 'Del artikel', 'Del artikkelen', 'Jaa artikkeli', 'Zdieľať', 'Megosztás', 'Deli', 'Lyssna på artikeln', 'Lyt til artiklen', 'Kuuntele', 'Komentáre (14)', 'Komentarji (23)', 'Hirdetés', 'Annons', 'Læsetid: 3 min.', 'Lästid 4 min'])(
    '`%s` is the page\'s',
    (line) => expect(isChrome(line)).toBe(true),
  );

  it.each(['Läs också', 'Læs også', 'Les også', 'Lue myös', 'Kapcsolódó', 'Prečítajte si aj', 'Preberite še'])('`%s` heads links set into the text', (line) => {
    expect(startsReadAlso(line)).toBe(true);
  });

  it('reads their publication and update labels', () => {
    expect(readFactLine('Publicerad 2024-05-28 16:42', [], { languages: ['sv'] })?.date).toEqual({ text: '2024-05-28 16:42', updated: false });
    expect(readFactLine('Päivitetty 28.5.2024 18:03', [], { languages: ['fi'], dateOrder: 'DMY' })?.date?.updated).toBe(true);
    expect(readFactLine('Posodobljeno: 28. 5. 2024 ob 18.03', [], { languages: ['sl'], dateOrder: 'DMY' })?.date?.updated).toBe(true);
  });

  it('reads their bylines and photo credits', () => {
    expect(readFactLine('Avtor: M. K.', [], { languages: ['sl'] })?.authors).toEqual(['M. K.']);
    expect(readFactLine('Af Mette Holm', [], { languages: ['da'] })?.authors).toEqual(['Mette Holm']);
    expect(readFactLine('Mielenosoittajia parlamentin edessä Tbilisissä tiistaina. Kuva: Irakli Gedenidze / Reuters', [], { languages: ['fi'] })).toMatchObject({
      caption: 'Mielenosoittajia parlamentin edessä Tbilisissä tiistaina.',
      credit: 'Irakli Gedenidze / Reuters',
    });
  });

  // Denník N: `Foto – TASR`, the dash the label's mark; a sentence's dash runs on past a short credit.
  it('reads a dash after the photo label before a short credit, and not a sentence\'s dash', () => {
    expect(readFactLine('Demonštranti pred parlamentom v Tbilisi v utorok. Foto – Reuters', [], { languages: ['sk'] })).toMatchObject({ caption: 'Demonštranti pred parlamentom v Tbilisi v utorok.', credit: 'Reuters' });
    expect(readFactLine('She kept the photo – taken in Batumi in 1989, before the war – on her desk for years.', [], { languages: ['en'] })).toBeUndefined();
  });
});

describe('layouts of Swiss, Canadian and American pages', () => {
  // Le Temps closes each fact with a point: `Publié le 28 mai 2024 à 16:42. / Modifié le 28 mai 2024 à 18:03.`
  it('reads a publication and an update each closed by a point', () => {
    expect(readFactLine('Publié le 28 mai 2024 à 16:42. / Modifié le 28 mai 2024 à 18:03.', [], { languages: ['fr'] })).toEqual({
      date: { text: '28 mai 2024 à 16:42', updated: false },
      update: '28 mai 2024 à 18:03',
    });
  });

  // Fox News: `By Landon Mion Fox News`, the paper's name joined to the reporter's by the copy.
  it('leaves the paper\'s own name after the byline\'s names out of them', () => {
    expect(readFactLine('By Landon Mion Fox News', ['Fox News'], { languages: ['en'] })?.authors).toEqual(['Landon Mion']);
    expect(readFactLine('By Landon Mion Fox News', [], { languages: ['en'] })?.authors).not.toEqual(['Landon Mion']);
  });

  // Time joins the photographer to the agency with a dash; NBC News' copy glues the credit to the caption's full stop.
  it('reads `Name—AFP/Getty Images` and a credit glued to the caption', () => {
    expect(readFactLine('Giorgi Arjevanidze—AFP/Getty Images', [], { languages: ['en'] })).toEqual({ credit: 'Giorgi Arjevanidze—AFP/Getty Images' });
    expect(readFactLine('Protesters outside the parliament in Tbilisi on Tuesday.Vano Shlamov / AFP - Getty Images', [], { languages: ['en'] })).toMatchObject({
      caption: 'Protesters outside the parliament in Tbilisi on Tuesday.',
      credit: 'Vano Shlamov / AFP - Getty Images',
    });
  });

  // CTV News prints the dateline on a line of its own over the text: `TBILISI, Georgia -`.
  it('reads a place in capitals and a dash alone on the text\'s first line as the dateline', () => {
    expect(readDateline('TBILISI, Georgia -', {})).toEqual({ place: 'TBILISI, Georgia', date: undefined });
    expect(readDateline('Georgia -', {})).toBeUndefined();
  });

  it.each(['Post', 'close', 'Report an error', 'Listen to this article with a free account', 'CLICK HERE TO GET THE FOX NEWS APP', 'Vous avez trouvé une erreur? Signalez-la', 'Contact us at letters@time.com.'])(
    '`%s` is the page\'s',
    (line) => expect(isChrome(line)).toBe(true),
  );

  it.each(['More from CBS News', 'More Must-Reads from TIME'])('`%s` heads the page\'s links', (line) => expect(startsTrailer(line)).toBe(true));

  // NBC News prints one box an author under the text, each name over a line about the reporter: both are the page's.
  it('leaves every author\'s box under the text out of the body', () => {
    const lines = [
      'Georgia defies protests to pass foreign agents law',
      'May 28, 2024, 2:05 PM EDT',
      'By Yuliya Talmazan and Natasha Lebedeva',
      'Georgia\'s parliament overrode a presidential veto on Tuesday.',
      'The vote was 84-4. Most opposition lawmakers boycotted the session.',
      'Georgia was granted candidate status in December.',
      'Yuliya Talmazan',
      'Yuliya Talmazan is a reporter for NBC News Digital, based in London.',
      'Natasha Lebedeva',
      'Natasha Lebedeva is a London-based producer for NBC News.',
    ];
    expect(readGenericLayout(lines, [], { languages: ['en'] }).body.at(-1)).toBe('Georgia was granted candidate status in December.');
  });

  // Politiken and Dagens Nyheter: the reporter's name alone under the photo's caption or the player's button, over the text.
  it('reads a name alone under the caption, over the text, as the byline', () => {
    const lines = [
      'Udland',
      '28. maj 2024 kl. 16.42',
      'Georgiens parlament tilsidesætter præsidentens veto mod omstridt agentlov',
      'Demonstranter foran parlamentet i Tbilisi tirsdag. Foto: Irakli Gedenidze/Reuters',
      'Mette Holm',
      'Trods flere ugers store demonstrationer har Georgiens parlament tirsdag stemt præsidentens veto ned.',
      '84 medlemmer af regeringspartiet Georgisk Drøm stemte for.',
    ];
    expect(readGenericLayout(lines, [], { languages: ['da'] }).authors).toEqual(['Mette Holm']);
  });
});
