import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { creditedAgencies, readDateline } from '../../src/importer/body-facts.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { isWireAgency, readNames } from '../../src/importer/byline-lines.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';
import { useWorkspace } from './importer-harness.ts';

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

describe('agency sign-off codes under the text', () => {
  it('reads the agencies of `AFP/SDA/aeg`, `ats/afp/vic`, `dpa/AFP/cw`, `(mis/dpa)`, spelt as each agency prints its name, and no initials', () => {
    expect(creditedAgencies('AFP/SDA/aeg')).toEqual(['AFP', 'SDA']);
    expect(creditedAgencies('ats/afp/vic')).toEqual(['ATS', 'AFP']);
    expect(creditedAgencies('dpa/AFP/cw')).toEqual(['dpa', 'AFP']);
    expect(creditedAgencies('(mis/dpa)')).toEqual(['dpa']);
  });

  it('reads no agency from codes that name none, or from a pair of words', () => {
    expect(creditedAgencies('aeg/cw')).toEqual([]);
    expect(creditedAgencies('Tiflis/Batumi')).toEqual([]);
    expect(creditedAgencies('AFP/Tiflis')).toEqual([]);
  });

  it('makes them the authors when no byline names one, and keeps the line in the body', () => {
    const german = (text: string) => readGenericLayout(text.split('\n'), [], { dateOrder: 'DMY', languages: ['de'] });
    const text = (byline: string) => `Georgiens Parlament überstimmt Veto\n${byline}28.05.2024\nDas Parlament hat das Veto überstimmt.\nDie Opposition blieb fern.\nAFP/SDA/aeg\n`;
    expect(german(text(''))).toMatchObject({ authors: ['AFP', 'SDA'], body: ['Das Parlament hat das Veto überstimmt.', 'Die Opposition blieb fern.', 'AFP/SDA/aeg'] });
    expect(german(text('Von Anna Keller\n'))).toMatchObject({ authors: ['Anna Keller'], body: ['Das Parlament hat das Veto überstimmt.', 'Die Opposition blieb fern.', 'AFP/SDA/aeg'] });
  });
});

describe('the news agencies\' table', () => {
  it('knows the agencies news is printed under, by each printed form', () => {
    for (const name of ['AA', 'Anadolu', 'ANP', 'ANSA', 'APA', 'Belga', 'BTA', 'ČTK', 'CTK', 'Europa Press', 'IRNA', 'ITAR-TASS', 'ТАСС', 'Jiji', 'Lusa', 'MTI', 'PAP', 'RIA Novosti', 'РИА Новости', 'SDA', 'ATS', 'Sputnik', 'Trend', 'Interpressnews', 'Sakinformi', 'GHN', 'Reuters', 'The Associated Press']) {
      expect(isWireAgency(name), name).toBe(true);
    }
    expect(isWireAgency('Tbilisi')).toBe(false);
  });

  it('takes an agency of the table under the byline for the reporter\'s, no place (the Japan Times\' layout)', () => {
    const text = 'Portugal condemns the crackdown in Georgia\nBy Ana Sousa\nLusa\n28 May 2024\nThe government in Lisbon condemned it.\nIt called for calm.\n';
    expect(english(text)).toMatchObject({ authors: ['Ana Sousa'], dateline: undefined });
  });
});

describe('the end of a sentence, declared once', () => {
  // A place and a colon open a dateline only in a paragraph that ends a sentence: Armenian's full stop is `։`.
  it('reads an Armenian paragraph that ends in `։` as a sentence, so a place and a colon opening it are its dateline', () => {
    const places = new Set(['Թբիլիսի']);
    expect(readDateline('Թբիլիսի: Վրաստանի խորհրդարանը հաղթահարեց նախագահի վետոն։', { places })).toEqual({ place: 'Թբիլիսի' });
    // A headline opens so too, and ends no sentence.
    expect(readDateline('Թբիլիսի: Վրաստանի խորհրդարանը հաղթահարեց նախագահի վետոն', { places })).toBeUndefined();
  });
});

// A text clipping keeps an update printed as a day (`Last Updated: May 28, 2024`) at day precision: a saved page's
// JSON-LD dateModified given as a day is read by the same rule, not dropped.
describe('an update given as a day alone', () => {
  const workspace = useWorkspace();
  const brief = readFileSync(path.resolve('tests/fixtures/saved-pages/mtkvari-post-wordpress-brief.html'), 'utf8');
  const modifiedOn = (day: string) =>
    brief
      .replaceAll('"dateModified":"2023-09-14T13:10:05+00:00"', `"dateModified":"${day}"`)
      .replace('<meta property="article:modified_time" content="2023-09-14T13:10:05+00:00">', `<meta property="article:modified_time" content="${day}">`);

  it('is the saved page\'s dateModified, the day alone', async () => {
    const [result] = await workspace.run([workspace.input('brief.html', modifiedOn('2023-09-16'))], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ published: '2023-09-14T16:45:00+04:00', dateModified: '2023-09-16' });
  });

  it('is no update when before the publication, and the page\'s import says so', async () => {
    const [result] = await workspace.run([workspace.input('brief.html', modifiedOn('2023-09-13'))], { dryRun: true });
    expect(result!.article?.dateModified).toBeUndefined();
    expect(result!.notes).toContain('the page\'s dateModified "2023-09-13" is before its datePublished, so no dateModified is recorded');
  });

  it('reads a clipping\'s printed update by the same rule', async () => {
    const clipping = 'Tbilisi to plant 20,000 trees\nBy Tamar Gelashvili\nPublished: 14 September 2023 16:45\nLast updated: 16 September 2023\nThe city approved the plan.\nPlanting begins in autumn.\n';
    const [result] = await workspace.run([workspace.input('trees.txt', clipping)], { dryRun: true, sourceId: 'civil-georgia' });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ published: '2023-09-14T16:45:00+04:00', dateModified: '2023-09-16' });
  });
});

describe('datelines beside the byline', () => {
  it('reads Le Monde\'s `(Poti (Géorgie), envoyée spéciale)` as the place the reporter was sent to, not a correspondent\'s posting', () => {
    expect(readNames('Faustine Vincent (Poti (Géorgie), envoyée spéciale)')).toEqual({ authors: ['Faustine Vincent'], dateline: 'Poti (Géorgie)' });
    expect(readFactLine('Par Faustine Vincent (Poti, envoyée spéciale)', [], { languages: ['fr'] })).toMatchObject({ authors: ['Faustine Vincent'], dateline: 'Poti' });
    expect(readNames('Benoît Vitkine (Moscou, correspondant)')).toEqual({ authors: ['Benoît Vitkine'], dateline: undefined });
  });

  it('reads Corriere\'s `Dalla nostra inviata POTI —` opening the text as the dateline, the text kept as printed', () => {
    const first = 'Dalla nostra inviata POTI — Le gru del nuovo terminal si vedono dal lungomare.';
    expect(readDateline(first, { languages: ['it'] })).toEqual({ place: 'POTI', date: undefined });
    expect(readDateline('DALLA NOSTRA INVIATA POTI — Le gru si vedono dal lungomare.', { languages: ['it'] })).toEqual({ place: 'POTI', date: undefined });
    const header = readGenericLayout(`Georgia, apre il nuovo terminal nel porto di Poti\ndi Marta Serafini\n11 giugno 2024\n${first}\nÈ una scommessa sul Corridoio di mezzo.\n`.split('\n'), [], { languages: ['it'] });
    expect(header).toMatchObject({ dateline: 'POTI', body: [first, 'È una scommessa sul Corridoio di mezzo.'] });
  });
});

describe('a saved page\'s byline with where the reporter was sent', () => {
  const workspace = useWorkspace();
  it('fills the dateline from Le Monde\'s note after the names, the byline giving the names only', async () => {
    const html = readFileSync(path.resolve('tests/fixtures/pages/le-monde-par-byline.html'), 'utf8').replace(
      '<span class="article__byline">Par <a class="article__author-link" href="/signataires/marie-dupont/">Marie Dupont</a> et <a class="article__author-link" href="/signataires/jean-martin/">Jean Martin</a></span>',
      '<span class="article__byline">Par <a class="article__author-link" href="/signataires/marie-dupont/">Marie Dupont</a> (Poti (Géorgie), envoyée spéciale)</span>',
    );
    const [result] = await workspace.run([workspace.input('le-monde.html', html)], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ authors: ['Marie Dupont'], dateline: 'Poti (Géorgie)' });
  });
});
