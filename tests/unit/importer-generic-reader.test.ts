import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/lib/source-schema.ts';
import { creditedAgencies, creditedAuthors, readDateline, signOffAgency } from '../../src/importer/body-facts.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { readNames } from '../../src/importer/byline-lines.ts';
import { isChrome, startsReadAlso, startsTrailer } from '../../src/importer/chrome-lines.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';
import { resolvePrintedDate } from '../../src/importer/dates.ts';
import { useWorkspace } from './importer-harness.ts';
import { useOutletSources } from './outlet-goldens.ts';

// The generic reader on the layouts issue 13 lists, one at a time; the outlet goldens
// (importer-golden.test.ts) read whole clippings.
const read = (text: string, mastheads: string[] = []) => readGenericLayout(text.split('\n'), mastheads, { dateOrder: 'DMY', languages: ['en'] });

describe('lines that state several facts', () => {
  it('reads BY JOHN SMITH | 12.03.2020 | 14:05 as a byline, a date and a time, not one byline', () => {
    expect(readFactLine('BY JOHN SMITH | 12.03.2020 | 14:05', [], { dateOrder: 'DMY' })).toEqual({
      authors: ['John Smith'],
      date: { text: '12.03.2020 | 14:05', updated: false },
      dateline: undefined,
    });
  });

  it('reads a caption with its credit, date, time and place', () => {
    expect(readFactLine('Officials at the opening. Photo: Agenda.ge, 03 Sep 2019 - 13:18, Tbilisi,Georgia', ['Agenda.ge'], {})).toEqual({
      caption: 'Officials at the opening.',
      credit: 'Agenda.ge',
      date: { text: '03 Sep 2019 - 13:18', updated: false },
      dateline: 'Tbilisi,Georgia',
    });
  });

  it('reads a credit past a spaced slash after the caption, spelt as its paper spells itself', () => {
    expect(readFactLine('Protesters gather outside the parliament in Tbilisi on May 28. / bne IntelliNews', ['bne IntelliNews'], {})).toEqual({
      caption: 'Protesters gather outside the parliament in Tbilisi on May 28.',
      credit: 'bne IntelliNews',
    });
    expect(readFactLine('Voters queue in Batumi. / Nino Beridze', [], {})).toEqual({ caption: 'Voters queue in Batumi.', credit: 'Nino Beridze' });
    // Words in lower case only, or a sentence of their own, past the slash are text.
    expect(readFactLine('The vote is on Tuesday. / and so on', [], {})?.credit).toBeUndefined();
    expect(readFactLine('The vote is on Tuesday. / The opposition boycotts it.', [], {})?.credit).toBeUndefined();
  });

  // NBC News: the agency the reporter wrote with, joined by `and`, is an author; after a comma it is the employer. Neither is a place.
  it('reads a news agency after a byline\'s names as no place', () => {
    expect(readFactLine('By Tamar Beridze and Reuters', [], {})).toEqual({ authors: ['Tamar Beridze', 'Reuters'], dateline: undefined });
    expect(readFactLine('By Anna Keller, Reuters', [], {})).toEqual({ authors: ['Anna Keller'], dateline: undefined });
  });

  // Frontnews, Publika, IRNA: a script without capitals prints a credit's names as it prints any word.
  it('reads a labelled credit in a script without capitals, and no sentence after the label', () => {
    expect(readFactLine('ფოტო: ფრონტნიუსი', [], { languages: ['ka'] })).toEqual({ credit: 'ფრონტნიუსი' });
    expect(readFactLine('ფოტო: გიორგი არჯევანიძე', [], { languages: ['ka'] })).toEqual({ credit: 'გიორგი არჯევანიძე' });
    expect(readFactLine('عکس: ایرنا', [], { languages: ['fa'] })).toEqual({ credit: 'ایرنا' });
    expect(readFactLine('ფოტო: აქციის მონაწილეები პარლამენტთან შეიკრიბნენ.', [], { languages: ['ka'] })).toBeUndefined();
    expect(readFactLine('ფოტო: აქციის მონაწილეები პარლამენტის შენობასთან დილიდან', [], { languages: ['ka'] })).toBeUndefined();
  });

  it('gives names only from bylines in other languages', () => {
    for (const [line, names] of [
      ['Par Louise Martin', ['Louise Martin']],
      ['Von Jonas Albrecht und Eva Krug', ['Jonas Albrecht', 'Eva Krug']],
      ['Por María Ortega', ['María Ortega']],
      ['Di Marco Rossi e Anna Bianchi', ['Marco Rossi', 'Anna Bianchi']],
      ['Автор: Ольга Иванова', ['Ольга Иванова']],
    ] as const) {
      expect(readFactLine(line, [], {})?.authors, line).toEqual(names);
    }
    // "By the way" is no byline, and a title-case headline with a date in it is no date line.
    expect(readFactLine('By the way, nobody came', [], {})).toBeUndefined();
    expect(readFactLine('Georgia Marks May 26 Holiday', [], {})).toBeUndefined();
  });

  // `İ` lowered by JavaScript is `i` and a combining dot, so `ƏLİ` became `Əli̇`; and `I` in a Turkic name is dotless.
  it('spells Azerbaijani and Turkish names printed in capitals in their own alphabet', () => {
    for (const [line, names] of [
      ['By ƏLİ HƏSƏNLI', ['Əli Həsənlı']],
      ['İSMAYIL QƏDİROV', ['İsmayıl Qədirov']],
      ['Yazar: ALİ YILMAZ', ['Ali Yılmaz']],
      ['By SEAN O\'BRIEN', ['Sean O\'Brien']],
    ] as const) {
      expect(readFactLine(line, [], {})?.authors ?? readNames(line)?.authors, line).toEqual(names);
    }
  });

  it('knows page chrome in its usual forms', () => {
    for (const line of ['1 Min Read', 'Updated an hour ago', '/ in 5 years', '💬', '0', '👁', '11', 'Share this article', 'This post is also available in: ქართული Русский', 'skip to content', 'Back to top', '© 2019 Georgia Today. All rights reserved.', 'Click here to share on social media', 'share2', 'Save', 'Share full article', 'https://p.dw.com/p/4fXyZ', 'Edited By Paul Wood', 'Add CBS News on Google']) {
      expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
    }
    // the editor's credit closing the text (RFA) is the text's
    expect(isChrome('Edited by Malcolm Foster.')).toBe(false);
  });
});

describe('datelines and credits inside the body', () => {
  it.each([
    ['TBILISI, May 23 (Reuters) - The ruling party said', { place: 'TBILISI', date: 'May 23' }],
    ['ZUGDIDI, GEORGIA (AP) — Farmers blocked', { place: 'ZUGDIDI, GEORGIA', date: undefined }],
    ['Georgia, 8 May, Saqinform. The parliament adopted', { place: 'Georgia', date: '8 May' }],
    ['MOSCOW, March 10. /TASS/. Georgia said', { place: 'MOSCOW', date: 'March 10' }],
    ['TBILISI, Georgia — Georgia’s parliament on Tuesday', { place: 'TBILISI, Georgia', date: undefined }],
    ['Tbilisi, Georgia CNN — Georgia’s parliament on Tuesday', { place: 'Tbilisi, Georgia', date: undefined }],
    ['Tiflis, 28 may (EFE).- El Parlamento de Georgia', { place: 'Tiflis', date: '28 may' }],
    ['TBILISI: Georgia’s parliament on Tuesday overrode', { place: 'TBILISI', date: undefined }],
    ['NEW DELHI: The government said', { place: 'NEW DELHI', date: undefined }],
    ['BAKU, Azerbaijan, May 28. Georgia’s parliament has overridden', { place: 'BAKU, Azerbaijan', date: 'May 28' }],
    ['ST. LOUIS — Voters went to the polls', { place: 'ST. LOUIS', date: undefined }],
  ])('%s', (paragraph, dateline) => {
    expect(readDateline(paragraph, {})).toEqual(dateline);
  });

  // ITAR-TASS until 2014: its correspondent between the slashes, who wrote the story.
  it('reads the agency\'s correspondent between the dateline\'s slashes as its reporter', () => {
    expect(readDateline('ТБИЛИСИ, 28 мая. /Корр. ИТАР-ТАСС Тамара Беридзе/. Парламент Грузии принял закон.', { languages: ['ru'] })).toStrictEqual({
      place: 'ТБИЛИСИ',
      date: '28 мая',
      authors: ['Тамара Беридзе'],
    });
    expect(readDateline('МОСКВА, 28 мая. /ИТАР-ТАСС/. Парламент Грузии принял закон.', { languages: ['ru'] })).toStrictEqual({ place: 'МОСКВА', date: '28 мая' });
  });

  // A state agency's own name where a wire's stands, after the place: IRNA's `Tehran, IRNA –`, Kazinform's
  // `АСТАНА. КАЗИНФОРМ –` (the agency is no part of the place), Turan's `Baku/28.05.24/Turan:` between slashes.
  it.each([
    ['Tehran, IRNA – The Georgian parliament has overridden the veto.', { place: 'Tehran', date: undefined }],
    ['ASTANA. KAZINFORM – The Georgian parliament overrode the veto.', { place: 'ASTANA', date: undefined }],
    ['АСТАНА. КАЗИНФОРМ – Парламент Грузии преодолел вето президента.', { place: 'АСТАНА', date: undefined }],
    ['Baku/28.05.24/Turan: The Georgian Parliament on Tuesday overrode the veto.', { place: 'Baku', date: '28.05.24' }],
  ])('reads the place before an agency\'s own name: %s', (paragraph, dateline) => {
    expect(readDateline(paragraph, { dateOrder: 'DMY' })).toEqual(dateline);
  });

  it.each(['Tbilisi, NATO – and the EU – are watching.', 'Baku/Tbilisi/Ankara: the pipeline partners met.'])('takes no agency dateline from an ordinary opening: %s', (paragraph) => {
    expect(readDateline(paragraph, { dateOrder: 'DMY' })).toBeUndefined();
  });

  it.each(['Tbilisi, Georgia, is a city. It grew.', 'Paris, France, Tuesday. The vote', 'UPDATE: The vote was moved to Friday.', 'EXCLUSIVE — The minister said', 'BREAKING NEWS: Parliament overrides the veto', 'Note: the figures are provisional.'])('reads no dateline where no date or no place is printed: %s', (paragraph) => {
    expect(readDateline(paragraph, {})).toBeUndefined();
  });

  it('takes no dateline from an ordinary opening', () => {
    expect(readDateline('The Ministry (MFA) said on Friday that talks would resume.', {})).toBeUndefined();
  });

  // Saqinform's and ANSA's forms are ordinary text but for the date between the place and the rest.
  it.each([
    'Kutaisi, Zugdidi, Batumi. Three cities voted against the bill.',
    'Tbilisi, the capital — home to a third of Georgians — voted for the opposition.',
  ])('takes no dateline from a place and a comma without a date: %s', (paragraph) => {
    expect(readDateline(paragraph, {})).toBeUndefined();
  });

  // APA's form (Der Standard): a place and a dash, nothing else; told from a sentence's first word only by a place the gazetteer knows.
  const places = new Set(['Tbilisi', 'Tiflis']);
  it.each([
    ['Tiflis – Das georgische Parlament hat das Veto überstimmt.', 'Tiflis'],
    ['Tiflis (APA) – Das georgische Parlament hat das Veto überstimmt.', 'Tiflis'],
    ['Tiflis/Wien – Die EU zeigt sich besorgt.', 'Tiflis/Wien'],
    ['Wien/Tiflis (APA) - Die EU zeigt sich besorgt.', 'Wien/Tiflis'],
  ])('reads a known place and a dash as the dateline: %s', (paragraph, place) => {
    expect(readDateline(paragraph, { places })).toEqual({ place, date: undefined });
  });

  it.each([
    // a heading, which ends no sentence
    'Merkel – Die Kanzlerin meldet sich zu Wort',
    // an aside between two dashes, or no new sentence after the dash
    'Tiflis – Hauptstadt Georgiens – zählt 1,2 Millionen Einwohner.',
    'Tiflis – eine Stadt im Umbruch.',
    // a sentence's first word, whose sentence goes on in lower case past the dash
    'Meanwhile — the opposition walked out of the chamber.',
    // an editor's label before a dash, or a word before a colon the gazetteer does not know as a place
    'Update — The vote was moved to Tuesday.',
    'Update: The vote was moved to Tuesday.',
    'Background: The law was first proposed in 2023.',
  ])('takes no dateline from an ordinary sentence opening with a word and a dash: %s', (paragraph) => {
    expect(readDateline(paragraph, { places })).toBeUndefined();
  });

  // CBS News: `London —`, a place no gazetteer of Georgia lists, told by its form: capitalised words, a dash, a new sentence.
  it.each([
    ['London — Georgia\'s parliament on Tuesday overrode a presidential veto.', 'London'],
    ['Kyiv, Ukraine — Ukraine\'s foreign minister welcomed the vote.', 'Kyiv, Ukraine'],
    ['New York – Die Börse reagierte gelassen.', 'New York'],
    ['Tiflis – Das georgische Parlament hat das Veto überstimmt.', 'Tiflis'],
  ])('reads capitalised words, a dash and a sentence as the dateline without the gazetteer: %s', (paragraph, place) => {
    expect(readDateline(paragraph, {})).toEqual({ place });
  });

  it.each([
    ['(Reporting by Nina Beridze; Editing by Thomas Fairweather)', ['Nina Beridze']],
    ['Reporting by Nina Beridze and Giorgi Lomidze in Tbilisi; editing by Thomas Fairweather', ['Nina Beridze', 'Giorgi Lomidze']],
    ['(Prepared by Anna Holt)', ['Anna Holt']],
    ['Associated Press writer Daniel Whitcombe in Moscow contributed to this report.', ['Daniel Whitcombe']],
    ['The ministry declined to comment.', []],
  ])('%s', (paragraph, authors) => {
    expect(creditedAuthors(paragraph)).toEqual(authors);
  });
});

// The agencies a text drew on, credited on its last line: they add no reporter, and are its authors only
// when no byline names one (the agency's sign-off rule).
describe('agency credits closing the text', () => {
  it.each([
    ['(Con información de EFE y AFP)', ['EFE', 'AFP']],
    ['Kaynak: AA', ['AA']],
    ['Quelle: dpa', ['dpa']],
    ['(com Lusa)', ['Lusa']],
    ['(avec AFP et Reuters)', ['AFP', 'Reuters']],
    // "with" and the agency alone on the line, no brackets (France 24, Le Monde): only agencies the table knows
    ['Avec AFP', ['AFP']],
    ['With AFP', ['AFP']],
    ['Avec AFP et Reuters', ['AFP', 'Reuters']],
    ['Con EFE', ['EFE']],
    ['Mit dpa', ['dpa']],
    ['With thanks to Anna Holt', []],
    ['Avec Marie Dupont', []],
    ['С использованием материалов ТАСС', ['ТАСС']],
    ['С использованием материалов ТАСС и РИА Новости.', ['ТАСС', 'РИА Новости']],
    ['За матеріалами Укрінформ', ['Укрінформ']],
    ['Com informações da Reuters', ['Reuters']],
    ['Source: Al Jazeera and news agencies', []],
    ['Con información de varios medios', []],
    ['Fuente: el Ministerio de Defensa', []],
    ['(con la colaborazione di Anna Rossi)', []],
    ['Con Rusia no hay acuerdo.', []],
  ])('%s', (paragraph, agencies) => {
    expect(creditedAgencies(paragraph)).toEqual(agencies);
  });

  it('reads no name in "with" and an agency alone on a line (`Avec AFP`, France 24), under the title or the text', () => {
    expect(readNames('Avec AFP')).toBeUndefined();
    expect(readNames('With Reuters')).toBeUndefined();
    expect(readNames('Anna Holt with Reuters')).toEqual({ authors: ['Anna Holt'], dateline: undefined });
  });

  it('reads an agency signing off in brackets, in capitals or as it spells itself, and no other word in brackets', () => {
    expect(signOffAgency('La presidente ha parlato di "un colpo di Stato". (ansa)')).toBe('ansa');
    expect(signOffAgency('La presidente ha parlato di "un colpo di Stato". (ANSA).')).toBe('ANSA');
    expect(signOffAgency('Il video è online. (video)')).toBeUndefined();
    for (const label of ['(VIDEO)', '(FOTO)', '(ФОТО)', '(UPDATE)']) expect(signOffAgency(`Le immagini della protesta. ${label}`), label).toBeUndefined();
    expect(signOffAgency('Le immagini della protesta. (AFP)')).toBe('AFP');
  });

  it('makes them the authors when no byline names one, and keeps the line in the text', () => {
    const text = (byline: string, credit: string) => `Parliament overrides the veto\n${byline}28 May 2024 15:42\nThe parliament voted on Tuesday.\nThe law takes effect in June.\n${credit}\n`;
    expect(read(text('', '(Con información de EFE y AFP)'))).toMatchObject({ authors: ['EFE', 'AFP'], body: ['The parliament voted on Tuesday.', 'The law takes effect in June.', '(Con información de EFE y AFP)'] });
    expect(read(text('', 'Kaynak: AA')).authors).toEqual(['AA']);
    expect(read(text('', 'Il voto è finito. (ansa)')).authors).toEqual(['ansa']);
    expect(read(text('By Anna Holt\n', '(com Lusa)')).authors).toEqual(['Anna Holt']);
  });
});

describe('the generic reader', () => {
  it('keeps chrome and a repeated headline out of the body, and every article line in it', () => {
    const header = read(['Skip to content', 'Headline Printed Twice Here', 'Headline Printed Twice Here', 'By Anna Holt', '1 Min Read', '8 March 2019', 'First line.', 'Second line.', 'Share this article', 'Back to top'].join('\n'));
    expect(header).toMatchObject({ title: 'Headline Printed Twice Here', titleLine: 2, authors: ['Anna Holt'], date: { text: '8 March 2019', line: 6 } });
    expect(header.body).toEqual(['First line.', 'Second line.']);
  });

  it('reads a date line above the title, and byline and date after the body', () => {
    expect(read('8 March 2019\nA Headline Above\nBody.\n')).toMatchObject({ title: 'A Headline Above', date: { text: '8 March 2019', line: 1 }, body: ['Body.'] });
    expect(read('A Headline\nFirst.\nSecond.\nBy Anna Holt\n22 August 2019 12:55')).toMatchObject({
      title: 'A Headline',
      authors: ['Anna Holt'],
      date: { text: '22 August 2019 12:55', line: 5 },
      body: ['First.', 'Second.'],
    });
  });

  it('takes the date of an inline dateline when nothing else is printed, and the dateline stays in the body', () => {
    const header = read('A Headline\nGeorgia, 8 May, Saqinform. The parliament met.\nIt adjourned.');
    expect(header).toMatchObject({ dateline: 'Georgia', date: { text: '8 May', line: 2 } });
    expect(header.body).toEqual(['Georgia, 8 May, Saqinform. The parliament met.', 'It adjourned.']);
  });
});

describe('header lines of more outlets, read by generic rules', () => {
  const options = { dateOrder: 'DMY', languages: ['de'] } as const;
  it('takes the names, not the newsroom or agency printed with them', () => {
    expect(readFactLine('Von Jonas Albrecht, ARD-Studio Moskau', [], options)?.authors).toEqual(['Jonas Albrecht']);
    expect(readFactLine('By TAMAR KIKNADZE Associated Press', [], options)?.authors).toEqual(['Tamar Kiknadze']);
    // A hyphenated given name in capitals is still a name (in a French clipping, where `Par` opens a byline).
    expect(readFactLine('Par JEAN-PIERRE DUPONT', [], { ...options, languages: ['fr'] })?.authors).toEqual(['Jean-Pierre Dupont']);
  });

  it('reads a credit after the caption\'s sentence with the copyright sign', () => {
    expect(readFactLine('Des vignes près de Telavi, en Kakhétie. © Nino Beridze / AFP', [], options)).toEqual({ caption: 'Des vignes près de Telavi, en Kakhétie.', credit: 'Nino Beridze / AFP' });
  });

  it('reads Stand: as an update\'s date, and the paper\'s source line as the masthead\'s', () => {
    expect(readFactLine('Stand: 28.05.2024 18:42 Uhr', [], options)?.date).toEqual({ text: '28.05.2024 18:42 Uhr', updated: true });
    expect(readFactLine('Quelle: ZEIT ONLINE, dpa, AFP, tgo', ['ZEIT ONLINE'], options)).toEqual({ chrome: true });
    expect(readFactLine('Quelle: dpa, AFP', ['ZEIT ONLINE'], options)).toBeUndefined();
  });

  it('knows more page chrome, and not a sentence that starts like it', () => {
    for (const line of ['Zum Inhalt springen', 'Aller au contenu', 'Hören', 'Commenter', 'Kommentare', 'Ajouter à mes favoris', 'Google News', 'Google News ile Abone Ol', 'Compartir en Facebook', 'Enviar por email', 'Haber Merkezi', 'Editor: Liu Wei', 'Zur Startseite']) {
      expect(readFactLine(line, [], options), line).toEqual({ chrome: true });
    }
    expect(readFactLine('Google News said on Tuesday that it would change its rules.', [], options)).toBeUndefined();
  });

  it('reads a kicker with a colon above the headline as no paragraph, and the date below the standfirst', () => {
    const header = readGenericLayout('Zum Inhalt springen\nZEIT ONLINE\nPolitik\nWirtschaft\nKultur\nGeorgien:\nFrost zerstört Weinreben in Kachetien\nNachtfrost hat Triebe vernichtet. Die Regierung will helfen.\n12. März 2024, 14:05 Uhr\nIm Tal fielen die Temperaturen auf minus vier Grad.'.split('\n'), ['ZEIT ONLINE'], options);
    expect(header).toMatchObject({ title: 'Frost zerstört Weinreben in Kachetien', date: { text: '12. März 2024, 14:05 Uhr' } });
  });

  it('reads names in capitals and the city on lines of their own above the date', () => {
    const header = readGenericLayout('Titular de la noticia en Georgia\nANNA KELLER\nTiflis\nActualizado Martes, 28 mayo 2024 - 18:42\nEl Parlamento aprobó la ley.'.split('\n'), [], { dateOrder: 'DMY', languages: ['es'] });
    expect(header).toMatchObject({ authors: ['Anna Keller'], dateline: 'Tiflis', updated: { text: 'Martes, 28 mayo 2024 - 18:42' }, body: ['El Parlamento aprobó la ley.'] });
  });
});

describe('a byline printed below the date, the text right after it', () => {
  it.each([
    ['with no blank line', 'Talks Resume in Geneva\n12 March 2024 14:05\nJohn Smith\nThe talks resumed on Thursday.\nThey will go on.'],
    ['with a blank line', 'Talks Resume in Geneva\n12 March 2024 14:05\nJohn Smith\n\nThe talks resumed on Thursday.\n\nThey will go on.'],
  ])('fills authors and leaves the body the article\'s paragraphs, %s', (_, text) => {
    const header = read(text);
    expect(header).toMatchObject({ title: 'Talks Resume in Geneva', authors: ['John Smith'], date: { text: '12 March 2024 14:05', line: 2 } });
    expect(header.body.filter(Boolean)).toEqual(['The talks resumed on Thursday.', 'They will go on.']);
  });

  it('reads two names there, and names in Cyrillic, without taking the names for the headline', () => {
    expect(read('Talks Resume in Geneva\n12 March 2024 14:05\nJohn Smith and Anna Holt\nThe talks resumed on Thursday.')).toMatchObject({ title: 'Talks Resume in Geneva', authors: ['John Smith', 'Anna Holt'], body: ['The talks resumed on Thursday.'] });
    const russian = readGenericLayout('Переговоры возобновятся в Женеве\n12 марта 2024, 14:05\nИван Петров\nПереговоры возобновились в четверг.'.split('\n'), [], { dateOrder: 'DMY', languages: ['ru'] });
    expect(russian).toMatchObject({ authors: ['Иван Петров'], body: ['Переговоры возобновились в четверг.'] });
  });

  it('keeps a sub-heading there in the body when a byline is printed above', () => {
    expect(read('Talks Resume in Geneva\nBy John Smith\n12 March 2024 14:05\nKey Points\nThe talks resumed on Thursday.')).toMatchObject({ authors: ['John Smith'], body: ['Key Points', 'The talks resumed on Thursday.'] });
  });
});

describe('a byline under the title when the date is printed above it', () => {
  it.each([
    ['a name alone', 'John Smith'],
    ['`By` and the name', 'By John Smith'],
  ])('fills authors from %s and starts the body at the text', (_, byline) => {
    const header = read(`12 March 2024 14:05\nTalks Resume in Geneva\n${byline}\nThe talks resumed on Thursday.\nThey will go on.`);
    expect(header).toMatchObject({ title: 'Talks Resume in Geneva', authors: ['John Smith'], date: { text: '12 March 2024 14:05', line: 1 } });
    expect(header.body).toEqual(['The talks resumed on Thursday.', 'They will go on.']);
  });

  it('takes the title under a kicker above the date, not the kicker', () => {
    const russian = readGenericLayout('Мир\n12 марта 2024, 14:05\nПереговоры возобновятся в Женеве\nИван Петров\nПереговоры возобновились в четверг.'.split('\n'), [], { dateOrder: 'DMY', languages: ['ru'] });
    expect(russian).toMatchObject({ title: 'Переговоры возобновятся в Женеве', authors: ['Иван Петров'], body: ['Переговоры возобновились в четверг.'] });
  });
});

// A sub-heading in title case has the shape of a name; its words are common ones, which the text
// prints in lower case. When nothing tells the two apart the line stays in the body (name-or-heading.ts).
describe('a sub-heading where a byline without `By` could stand', () => {
  it.each([
    ['under the date', 'Talks Resume Today', 'Talks Resume in Geneva\n12 March 2024 14:05\nTalks Resume Today\nThe talks resume today in Geneva.'],
    ['under the title, the date above it', 'Talks Resume Today', '12 March 2024 14:05\nTalks Resume in Geneva\nTalks Resume Today\nThe talks resume today in Geneva.'],
    ['with more words than a name has', 'Delegates Return After Winter Break', 'Talks Resume in Geneva\n12 March 2024 14:05\nDelegates Return After Winter Break\nThe talks resumed on Thursday.'],
    // Stock sub-headings whose words the text never prints in lower case: their words say it, by language.
    ['a stock sub-heading', 'Key Points', 'Talks Resume in Geneva\n12 March 2024 14:05\nKey Points\nDelegates returned on Thursday.\nThey will meet again in April.'],
    ['opening with a question word', 'What Happened', 'Talks Resume in Geneva\n12 March 2024 14:05\nWhat Happened\nDelegates returned on Thursday.\nThey will meet again in April.'],
    ['a stock sub-heading under the title', 'Next Steps', '12 March 2024 14:05\nTalks Resume in Geneva\nNext Steps\nDelegates returned on Thursday.\nThey will meet again in April.'],
    ['opening with a question word under the title', 'Why It Matters', '12 March 2024 14:05\nTalks Resume in Geneva\nWhy It Matters\nDelegates returned on Thursday.\nThey will meet again in April.'],
    // A column's name over the date: its last word is the kind of column, which no surname is.
    ['a column\'s name over the date', 'Election Watch', 'Parties Sign the Code of Conduct\nElection Watch\n14 September 2024\nSix parties signed a code on Monday.\nThe commission will check it.'],
    ['a column\'s name under the date', 'Caucasus Diary', 'Parties Sign the Code of Conduct\n14 September 2024\nCaucasus Diary\nSix parties signed a code on Monday.\nThe commission will check it.'],
  ])('stays in the body, %s', (_, heading, text) => {
    const header = read(text);
    expect(header.authors).toEqual([]);
    expect(header.body[0]).toBe(heading);
  });

  it('keeps a Georgian sub-heading that opens with a question word in the body (Georgian has no capitals to tell it by)', () => {
    const georgian = readGenericLayout('მოლაპარაკებები ჟენევაში განახლდა\n12 მარტი 2024 14:05\nრა მოხდა\nდელეგაციები ხუთშაბათს დაბრუნდნენ.'.split('\n'), [], { dateOrder: 'DMY', languages: ['ka'] });
    expect(georgian).toMatchObject({ authors: [], body: ['რა მოხდა', 'დელეგაციები ხუთშაბათს დაბრუნდნენ.'] });
  });

  it('still reads names whose words only look like a heading\'s as the byline', () => {
    for (const name of ['John Key', 'Whitney Howard', 'Will Whitaker', 'Diana Watson', 'Tom Brief']) {
      expect(read(`Talks Resume in Geneva\n12 March 2024 14:05\n${name}\nDelegates returned on Thursday.`).authors, name).toEqual([name]);
    }
  });

  it('is no evidence against a name whose words the text prints only capitalised', () => {
    expect(read('Talks Resume in Geneva\n12 March 2024 14:05\nAnna Rose\nAnna Rose met the delegates on Thursday.')).toMatchObject({ authors: ['Anna Rose'] });
    // Georgian has no capitals, so a word printed elsewhere says nothing: the name is the byline.
    const georgian = readGenericLayout('მოლაპარაკებები ჟენევაში განახლდა\n12 მარტი 2024 14:05\nნინო ბერიძე\nნინო ბერიძე ჟენევიდან იუწყება.'.split('\n'), [], { dateOrder: 'DMY', languages: ['ka'] });
    expect(georgian).toMatchObject({ authors: ['ნინო ბერიძე'] });
  });
});

describe('the headline below kickers', () => {
  it('takes a short headline under two kickers, which are no menu', () => {
    const header = read('Europe\nGeorgia\nProtests continue\nCrowds filled the avenue for a third night as deputies prepared for the final vote.\n14 May 2024 18:20\nThousands marched again on Tuesday.\nThe vote is due on Friday.');
    expect(header.title).toBe('Protests continue');
  });

  // A kicker is a label above the title; a line of names under a short headline is its byline.
  it.each([
    ['the date under the names', 'Talks Resume\nAlexandra Kovalenko\n12 March 2024 14:05\nThe talks resumed on Thursday.\nThey will go on.', ['The talks resumed on Thursday.', 'They will go on.']],
    ['a standfirst under the names', 'Talks Resume\nAlexandra Kovalenko\nDelegates returned to Geneva after a winter break\n12 March 2024 14:05\nThe talks resumed on Thursday.\nThey will go on.', ['Delegates returned to Geneva after a winter break', 'The talks resumed on Thursday.', 'They will go on.']],
    ['a standfirst sentence under the names', 'Talks Resume\nAlexandra Kovalenko\nDelegates returned to Geneva after a winter break.\n12 March 2024 14:05\nThe talks resumed on Thursday.', ['Delegates returned to Geneva after a winter break.', 'The talks resumed on Thursday.']],
  ])('takes a short headline over a line of names for the title, not a kicker, with %s', (_, text, body) => {
    expect(read(text)).toMatchObject({ title: 'Talks Resume', authors: ['Alexandra Kovalenko'], body });
  });

  it('takes a short headline over names in Cyrillic for the title', () => {
    const russian = readGenericLayout('Переговоры\nАлександра Коваленко\n12 марта 2024, 14:05\nПереговоры возобновились в четверг.'.split('\n'), [], { dateOrder: 'DMY', languages: ['ru'] });
    expect(russian).toMatchObject({ title: 'Переговоры', authors: ['Александра Коваленко'], body: ['Переговоры возобновились в четверг.'] });
  });

  // The site's menu, then a section, a two-word headline, the names and the date: five lines of one
  // to three words, which are no menu since a menu's items are no dates.
  it('ends the site\'s menu at the date, so a short headline and names under it are not taken for menu items', () => {
    const header = read('Home\nWorld\nEurope\nVideo\nEurope\nVeto Overridden\nAlexandra Kovalenko\n28 May 2024\nParliament overrode the president\'s veto on Tuesday.\nThe law takes effect in June.');
    expect(header).toMatchObject({ title: 'Veto Overridden', authors: ['Alexandra Kovalenko'], date: { text: '28 May 2024' }, body: ['Parliament overrode the president\'s veto on Tuesday.', 'The law takes effect in June.'] });
  });

  it('takes a line of capitalised words over a byline for the headline, under a menu or a kicker', () => {
    for (const byline of ['By Alexandra Kovalenko', 'Alexandra Kovalenko']) {
      const text = `Georgia Votes Again\n${byline}\n28 May 2024\nParliament overrode the president's veto on Tuesday.`;
      for (const above of ['Home\nWorld\nEurope\nVideo\n', 'Europe\n']) {
        expect(read(above + text), above + byline).toMatchObject({ title: 'Georgia Votes Again', authors: ['Alexandra Kovalenko'], body: ['Parliament overrode the president\'s veto on Tuesday.'] });
      }
    }
  });

  // Four short lines in a row with no date among them: a short headline, its byline, the place and the
  // photo's label; the byline states a fact, so they are no site menu.
  it('takes no run of short lines holding a byline for the site menu', () => {
    const text = 'Georgia Votes\nBy Anna Holt\nTbilisi\nPhoto: Reuters\nGeorgians vote on Saturday in an election the opposition calls a referendum on Europe.\nPolls open at 8 a.m.\n26 October 2024\n';
    expect(read(text)).toMatchObject({ title: 'Georgia Votes', authors: ['Anna Holt'], date: { text: '26 October 2024' } });
  });

  // With no fact line printed at the top (the date is --date's), the header is the title at least:
  // the headline under its kicker, not the kicker.
  it('takes the headline under a kicker when no fact line is printed at the top', () => {
    expect(read('Sakartvelo\nFarmers Block Highways in the West\nFarmers kept the road closed.\nThey demand a price.')).toMatchObject({
      title: 'Farmers Block Highways in the West',
      body: ['Farmers kept the road closed.', 'They demand a price.'],
    });
  });

  it('still takes a kicker over a headline that is a name the text names again, or whose words it names', () => {
    expect(read('Obituary\nJane Goodall\n12 March 2024 14:05\nJane Goodall, who studied chimpanzees, has died.\nGoodall was 91.')).toMatchObject({ title: 'Jane Goodall', authors: [] });
    expect(read('Politics\nGeorgia Votes Today\n12 March 2024 14:05\nGeorgia holds a parliamentary election.\nPolls close at eight.')).toMatchObject({ title: 'Georgia Votes Today', authors: [] });
  });
});

describe('importing with the generic reader', () => {
  const workspace = useWorkspace();

  it('reads BY JOHN SMITH | 12.03.2020 | 14:05 with --source in the paper\'s zone and date order', async () => {
    const [result] = await workspace.run([workspace.input('smith.txt', 'Talks Resume in Geneva\nBY JOHN SMITH | 12.03.2020 | 14:05\n\nThe talks resumed on Thursday.\n')], { sourceId: 'civil-georgia', dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ authors: ['John Smith'], printedDate: '12.03.2020 | 14:05', published: '2020-03-12T14:05:00+04:00', dateCertainty: 'exact' });
    expect(result!.article!.body).toBe('The talks resumed on Thursday.\n');
  });

  it('refuses a clipping that prints no date with "no date is printed", and imports it with --date', async () => {
    const input = workspace.input('nodate.txt', 'Talks Resume in Geneva\nBy John Smith\n\nThe talks resumed on Thursday.\n');
    const [refused] = await workspace.run([input], { sourceId: 'civil-georgia', dryRun: true });
    expect(refused!.error).toMatchObject({ line: 1, reason: expect.stringMatching(/^no date is printed/), fix: expect.stringMatching(/--date/) });
    const [supplied] = await workspace.run([input], { sourceId: 'civil-georgia', date: '2020-03-12T14:05', dryRun: true });
    expect(supplied!.article).toMatchObject({ published: '2020-03-12T14:05:00+04:00', dateCertainty: 'supplied' });
    expect(supplied!.article!.printedDate).toBeUndefined();
  });

  it('refuses a clipping that prints only an update\'s date, naming the update and --date, and a --date after the update', async () => {
    const input = workspace.input('updated.txt', 'Talks Resume in Geneva\nBy John Smith\nUpdated 4:12 PM GMT+4, March 12, 2020\n\nThe talks resumed on Thursday.\n');
    const [refused] = await workspace.run([input], { sourceId: 'civil-georgia', dryRun: true });
    expect(refused!.error).toMatchObject({ line: 3, reason: expect.stringContaining('only an update\'s date is printed ("4:12 PM GMT+4, March 12, 2020")'), fix: expect.stringMatching(/--date/) });
    const [later] = await workspace.run([input], { sourceId: 'civil-georgia', date: '2020-03-12T16:13', dryRun: true });
    expect(later!.error).toMatchObject({ reason: expect.stringMatching(/^--date 2020-03-12T16:13 is later than the printed update/) });
    const [supplied] = await workspace.run([input], { sourceId: 'civil-georgia', date: '2020-03-12', dryRun: true });
    expect(supplied!.article).toMatchObject({ published: '2020-03-12T00:00:00+04:00', dateCertainty: 'supplied' });
  });
});

describe('a time printed with its zone', () => {
  const workspace = useWorkspace();
  const clipping = (dateLine: string) => `Talks Resume in Geneva\nBy John Smith\n${dateLine}\n\nThe talks resumed on Thursday.\n`;

  it('reads a city in parentheses as its IANA zone: the printed zone gives the instant, and a note says it is not the paper\'s', async () => {
    const [result] = await workspace.run([workspace.input('paris.txt', clipping('Published on April 30, 2024, at 7:19 am (Paris)'))], { sourceId: 'civil-georgia', dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ printedDate: 'April 30, 2024, at 7:19 am (Paris)', published: '2024-04-30T09:19:00+04:00', dateCertainty: 'exact' });
    expect(result!.notes).toEqual([expect.stringContaining("is printed in Europe/Paris, not in the paper's zone Asia/Tbilisi")]);
  });

  it('refuses an abbreviation of several zones that is not what the paper\'s zone is called, naming it and --time-zone, which then supplies the zone', async () => {
    const input = workspace.input('ist.txt', clipping('8 March 2019, 12:00 IST'));
    const [refused] = await workspace.run([input], { sourceId: 'civil-georgia', dryRun: true });
    expect(refused!.error).toMatchObject({ line: 3, reason: expect.stringContaining('prints the time zone IST'), fix: expect.stringContaining('--time-zone ZONE') });
    const [read] = await workspace.run([input], { sourceId: 'civil-georgia', timeZone: 'Asia/Kolkata', dryRun: true });
    expect(read!.article).toMatchObject({ published: '2019-03-08T10:30:00+04:00', dateCertainty: 'exact' });
  });

  it('reads an abbreviation the time zone database gives one offset as that offset, with no option', async () => {
    const input = workspace.input('msk.txt', clipping('8 March 2019, 12:00 MSK'));
    const [read] = await workspace.run([input], { sourceId: 'civil-georgia', dryRun: true });
    expect(read!.article).toMatchObject({ published: '2019-03-08T13:00:00+04:00', dateCertainty: 'exact' });
    expect(read!.notes).toEqual([expect.stringContaining('is printed in MSK (UTC+03:00), not in the paper\'s zone Asia/Tbilisi')]);
  });
});

describe('a zone abbreviation in parentheses after the time', () => {
  const workspace = useWorkspace();
  // A Moscow paper's profile, as the outlet goldens have it.
  workspace.data.sources.set('interfax', sourceSchema.parse(yaml.load(readFileSync('tests/fixtures/outlets/sources/interfax.yaml', 'utf8'))));
  it.each([
    ['12 марта 2024, 14:05 (МСК)', '12 марта 2024, 14:05 (МСК)'],
    ['12 марта 2024, 14:05 (мск)', '12 марта 2024, 14:05 (мск)'],
    ['12 марта 2024\n14:05 (MSK)', '12 марта 2024 14:05 (MSK)'],
  ])('reads %j as Moscow time, not as a dateline', async (dateLines, printed) => {
    const input = workspace.input('msk.txt', `Переговоры возобновятся в Женеве\n${dateLines}\n\nПереговоры возобновились в четверг.\n`);
    const [result] = await workspace.run([input], { sourceId: 'interfax', dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ printedDate: printed, published: '2024-03-12T14:05:00+03:00', dateCertainty: 'exact' });
    expect(result!.article!.dateline).toBeUndefined();
    expect(result!.article!.body).toBe('Переговоры возобновились в четверг.\n');
  });
});

describe('date lines with words around the date', () => {
  const options = { dateOrder: 'DMY', languages: ['en'] } as const;
  it('takes the published date, not the update, after a published or updated label in the languages read', () => {
    for (const [line, date] of [
      ['Publié le 30 avril 2015 à 07h19, modifié le 30 avril 2015 à 09h02', '30 avril 2015 à 07h19'],
      ['Publié le 23 mai 2019 à 13h35 - Mis à jour le 23 mai 2019 à 15h10', '23 mai 2019 à 13h35'],
      ['Veröffentlicht am 12.03.2020, 14:05 Uhr', '12.03.2020, 14:05 Uhr'],
      ['Pubblicato 12 marzo 2020, 14:05', '12 marzo 2020, 14:05'],
      ['Publicado 12 mar 2020 - 14:05', '12 mar 2020 - 14:05'],
      ['Опубликовано 12 марта 2020, 14:05', '12 марта 2020, 14:05'],
      ['Опубліковано 12 березня 2020, 14:05', '12 березня 2020, 14:05'],
      ['Yayınlanma 12.03.2020 14:05', '12.03.2020 14:05'],
      ['Published 4:12 PM GMT+4, April 30, 2024', '4:12 PM GMT+4, April 30, 2024'],
    ] as const) {
      expect(readFactLine(line, [], options)?.date, line).toEqual({ text: date, updated: false });
    }
    for (const line of ['Updated 4:12 PM GMT+4, April 30, 2024', 'Aktualisiert am 12.03.2020, 14:05 Uhr', 'Actualizado 12 mar 2020 14:05', 'Aggiornato 12 marzo 2020', 'Обновлено 12 марта 2020', 'Güncelleme 12.03.2020 14:05', 'Mis à jour le 23 mai 2019']) {
      expect(readFactLine(line, [], options)?.date?.updated, line).toBe(true);
    }
  });

  it('reads an update in parentheses after the date, in Italian, and a DW photo credit', () => {
    expect(readFactLine('14 maggio 2024 (modifica il 14 maggio 2024 | 18:20)', [], { languages: ['it'] })).toEqual({
      date: { text: '14 maggio 2024', updated: false },
      update: '14 maggio 2024 | 18:20',
    });
    expect(readFactLine('Demonstranten vor dem Parlament Bild: Levan Kherkheulidze/AP/picture alliance', [], {})).toEqual({
      caption: 'Demonstranten vor dem Parlament',
      credit: 'Levan Kherkheulidze/AP/picture alliance',
    });
  });

  it('reads a place before the date past a full stop as the dateline', () => {
    expect(readFactLine('Москва. 26 августа 2011, 01:42', [], options)).toEqual({ date: { text: '26 августа 2011, 01:42', updated: false }, dateline: 'Москва' });
  });

  it('takes an outlet name and a section above the headline as chrome, not the title', () => {
    // A French clipping: `Par` is read as a byline word in French ones only (own-language-phrases.ts).
    const header = readGenericLayout('Le Monde\nInternational\nEn Géorgie, la loi divise le pays\nPar Marie Dupont (Tbilissi, envoyée spéciale)\n30 avril 2015\n\nDes milliers de manifestants sont venus.\n'.split('\n'), [], { dateOrder: 'DMY', languages: ['fr'] });
    expect(header).toMatchObject({ title: 'En Géorgie, la loi divise le pays', authors: ['Marie Dupont'] });
    expect(header.body.filter(Boolean)).toEqual(['Des milliers de manifestants sont venus.']);
    // The outlet's name above a shorter section label is chrome too.
    expect(read('Интерфакс\nПолитика\nВ Грузии заморозки повредили виноградники\nМосква. 30 апреля 2024, 15:12\n\nНочные заморозки повредили виноградники.\n')).toMatchObject({
      title: 'В Грузии заморозки повредили виноградники',
      body: ['Ночные заморозки повредили виноградники.'],
    });
  });
});

describe('a page copied whole from a browser (the New York Times)', () => {
  it('takes navigation phrases glued into one line as chrome', () => {
    for (const line of ['Skip to contentSkip to site indexSearch & Section Navigation', 'Section Navigation', 'Skip to Comments']) {
      expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
    }
  });

  it('reads a long line of navigation phrases at once (the pattern once took 2^n steps)', () => {
    expect(readFactLine(`${'skip to content '.repeat(40)}x`, [], {})).toBeUndefined();
    expect(readFactLine('skip to content '.repeat(40).trim(), [], {})).toEqual({ chrome: true });
  });

  it('reads a caption glued to its Credit... or Credit: and the credit alone', () => {
    expect(readFactLine('Protesters outside the Parliament on Tuesday.Credit...Nino Beridze for The New York Times', [], {})).toEqual({
      caption: 'Protesters outside the Parliament on Tuesday.',
      credit: 'Nino Beridze for The New York Times',
    });
    expect(readFactLine('Protesters outside the Parliament on Tuesday. Credit: Nino Beridze/Reuters', [], {})).toEqual({
      caption: 'Protesters outside the Parliament on Tuesday.',
      credit: 'Nino Beridze/Reuters',
    });
    expect(readFactLine('Credit...Nino Beridze for The New York Times', [], {})).toEqual({ credit: 'Nino Beridze for The New York Times' });
    // In brackets alone on its line, with the label inside (the Jamestown Foundation): a credit, never a caption of `(`.
    expect(readFactLine('(Credit: Civil.ge)', [], {})).toEqual({ credit: 'Civil.ge' });
    expect(readFactLine('(Photo: Giorgi Arjevanidze/AFP)', [], {})).toEqual({ credit: 'Giorgi Arjevanidze/AFP' });
    // A sentence about credit is no caption.
    expect(readFactLine('Banks tightened credit: loans fell by a third.', [], {})).toBeUndefined();
  });

  it('reads "Reporting from <place>" as the dateline', () => {
    expect(readFactLine('Reporting from Tbilisi, Georgia', [], {})).toEqual({ dateline: 'Tbilisi, Georgia' });
  });

  it('refuses a title that is page navigation, naming the line, instead of importing it', () => {
    expect(() => read('Skip to contentSkip to site indexWorld News\nBy Anna Holt\n8 March 2019\nFirst line.\n')).toThrow(/page navigation \("Skip to content"\)/);
  });
});

describe('more layouts copied from outlets\' pages', () => {
  it('knows more chrome: share icons without their names, an audio player, calls to follow, a copyright after other words, a newsroom credit', () => {
    for (const line of ['Share to or', '00:00/03:12', 'Join us on Telegram', 'Підписуйтесь на наш Telegram', 'Подписывайтесь на наш Telegram-канал', 'RIPRODUZIONE RISERVATA © Copyright ANSA', 'Redazione ANSA']) {
      expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
    }
    // The paper's own name after a label is its masthead; another source is article text.
    expect(readFactLine('Source: Meduza', ['Meduza'], {})).toEqual({ chrome: true });
    expect(readFactLine('Source: Interpressnews', ['Meduza'], {})).toBeUndefined();
  });

  it('reads photo credits in parentheses, after a caption without a label, and alone', () => {
    expect(readFactLine('Demonstranten vor dem Parlament in Tiflis. (Foto: Nino Beridze/AFP)', [], {})).toEqual({ caption: 'Demonstranten vor dem Parlament in Tiflis.', credit: 'Nino Beridze/AFP' });
    expect(readFactLine('Protesters outside the parliament on May 13. (Photo: Nino Beridze)', [], {})).toEqual({ caption: 'Protesters outside the parliament on May 13.', credit: 'Nino Beridze' });
    expect(readFactLine('Des manifestants devant le Parlement, à Tbilissi, le 14 mai. NINO BERIDZE / AFP', [], {})).toEqual({ caption: 'Des manifestants devant le Parlement, à Tbilissi, le 14 mai.', credit: 'NINO BERIDZE / AFP' });
    expect(readFactLine('Nino Beridze / Reuters', [], {})).toEqual({ credit: 'Nino Beridze / Reuters' });
    expect(readFactLine('Автор фото, Reuters', [], {})).toEqual({ credit: 'Reuters' });
    expect(readFactLine('Подпись к фото, Протестующие у здания парламента', [], {})).toEqual({ caption: 'Протестующие у здания парламента' });
    expect(readFactLine('Image source, Getty Images', [], {})).toEqual({ credit: 'Getty Images' });
    // A sentence that names two places is no credit.
    expect(readFactLine('Talks resumed in Geneva and Vienna / Reuters reports.', [], {})).toBeUndefined();
  });

  it('reads a photographer with the agency in parentheses after the caption: Name (EPA)', () => {
    expect(readFactLine('Protesters outside the parliament in Tbilisi. Nino Beridze (EPA)', [], {})).toEqual({ caption: 'Protesters outside the parliament in Tbilisi.', credit: 'Nino Beridze (EPA)' });
    expect(readFactLine('Police lines on Rustaveli Avenue on Tuesday. John Lee (AP Photo)', [], {})).toEqual({ caption: 'Police lines on Rustaveli Avenue on Tuesday.', credit: 'John Lee (AP Photo)' });
    expect(read('A Headline\nBy Anna Holt\n8 March 2019\nProtesters in Tbilisi. Nino Beridze (EPA-EFE)\nFirst line.\n')).toMatchObject({ caption: 'Protesters in Tbilisi.', credit: 'Nino Beridze (EPA-EFE)', body: ['First line.'] });
    // A sentence ending in an organisation's initials is no credit.
    expect(readFactLine('The law was criticised by the Council of Europe (CoE).', [], {})).toBeUndefined();
  });

  // The article schema has no translator, and a translator is no author: the credit stays printed in the body.
  it('keeps a translator\'s credit in the body, never among the authors nor dropped as an affiliation', () => {
    for (const credit of ['Translation by Daniel Hart', 'Translated from the Russian by Daniel Hart', 'Перевод: Даниил Харт', 'Переклад: Данило Гарт', 'Traduction : Daniel Hart']) {
      const header = read(`Port workers strike in Kaliningrad\nBy Irina Volkova\n${credit}\n14 May 2024, 18:20\nDock workers stopped loading ships.\n`);
      expect(header, credit).toMatchObject({ authors: ['Irina Volkova'], body: [credit, 'Dock workers stopped loading ships.'] });
    }
    expect(creditedAuthors('(Reporting by Irina Volkova; translated by Daniel Hart)')).toEqual(['Irina Volkova']);
  });

  it('looks for the header below a long menu, and ends the body at a share bar or list under the last sentence', () => {
    const menu = ['Home', 'World', 'Politics', 'Business', 'Tech', 'Science', 'Health', 'Sport', 'Culture', 'Travel', 'Opinion', 'Video', 'Podcasts'];
    const text = [...menu, 'Parliament Overrides Veto on Media Law', 'Anna Holt', '28.05.2024 18:42', 'The parliament voted on Tuesday.', 'The law takes effect in June.', 'Facebook', 'Telegram', 'Email', 'Opposition calls for a new rally', ''].join('\n');
    expect(read(text)).toMatchObject({ title: 'Parliament Overrides Veto on Media Law', date: { text: '28.05.2024 18:42' }, authors: ['Anna Holt'], body: ['The parliament voted on Tuesday.', 'The law takes effect in June.'] });
    // A short last line that is no list stays in the body.
    expect(read('A Headline\nBy Anna Holt\n8 March 2019\nFirst line.\nSecond line.\nAnna Holt, Tbilisi\n').body).toEqual(['First line.', 'Second line.', 'Anna Holt, Tbilisi']);
  });

  it('reads a date with a dash before its time (28.05.2024-18:42), a Georgian name without By beside the date, and more chrome', () => {
    expect(readFactLine('Aktualisiert am 28.05.2024-18:42', [], { dateOrder: 'DMY', languages: ['de'] })).toEqual({ date: { text: '28.05.2024-18:42', updated: true } });
    expect(readFactLine('28.05.2024-29.05.2024', [], { dateOrder: 'DMY' })).toBeUndefined();
    expect(readGenericLayout('პარლამენტმა ვეტო დასძლია\nნინო ბერიძე\n28 მაისი, 2024\nპარლამენტმა სამშაბათს ვეტო დასძლია.\n'.split('\n'), [], { languages: ['ka'] })).toMatchObject({ authors: ['ნინო ბერიძე'] });
    expect(readFactLine('Des manifestants à Tbilissi, mardi. (Nino Beridze/AFP)', [], {})).toEqual({ caption: 'Des manifestants à Tbilissi, mardi.', credit: 'Nino Beridze/AFP' });
    for (const line of ['2 minuti di lettura', 'Bildbeschreibung einblenden', 'გააზიარეთ', 'Copier le lien']) expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
  });

  // Firefox's reader view prints the page's host, its name or byline, and a range of minutes over the text.
  it('reads a reading time printed as a range, in each language, as chrome', () => {
    for (const line of ['3–4 minutes', '4-5 min', '3–4 Minuten', '3–4 minutos', '3–4 minuti', '3–4 минуты', '3–4 хвилини', '5 хв', '3–4 წუთი', '3–4 dk']) expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
    expect(readGenericLayout('civil.ge\nParliament overrides the veto\nCivil Georgia\n3–4 minutes\n\nThe parliament voted on Tuesday, 1 October 2024.\n'.split('\n'), ['Civil Georgia'], { languages: ['en'] })).toMatchObject({ body: ['The parliament voted on Tuesday, 1 October 2024.'] });
  });

  it('reads no photo credit from a bracketed line under the text when no caption is printed (Yonhap\'s `(END)`)', () => {
    expect(read('A Headline\n2024-05-29 15:42\nBy Kim Soo-yeon\nFirst line.\nSecond line.\nsooyeon@yna.co.kr\n(END)\n')).toMatchObject({ caption: undefined, credit: undefined, body: ['First line.', 'Second line.'] });
  });

  it('reads a credit printed without any caption as the photo\'s credit; a second one stays in the body', () => {
    expect(read('A Headline\nBy Anna Holt\n8 March 2019\nNino Beridze / Reuters\nFirst line.\n')).toMatchObject({ caption: undefined, credit: 'Nino Beridze / Reuters', body: ['First line.'] });
    expect(read('A Headline\nBy Anna Holt\n8 March 2019\nNino Beridze / Reuters\nGiorgi Lomidze / AFP\nFirst line.\n')).toMatchObject({
      credit: 'Nino Beridze / Reuters',
      body: ['Giorgi Lomidze / AFP', 'First line.'],
    });
  });

  it('reads "Story by" as a byline', () => {
    expect(readFactLine('Story by Anna Keller', [], {})?.authors).toEqual(['Anna Keller']);
  });

  it('takes a place printed in capitals on its own line beside the date as the dateline', () => {
    expect(read('ANSA\nGeorgia, il parlamento approva la legge\nROMA\n14 maggio 2024 18:20\nIl parlamento ha approvato la legge.\n', ['ANSA'])).toMatchObject({
      title: 'Georgia, il parlamento approva la legge',
      dateline: 'ROMA',
      body: ['Il parlamento ha approvato la legge.'],
    });
  });

  it('reads an inline dateline with its date and a dash: ROMA, 14 MAG - ', () => {
    expect(readDateline('ROMA, 14 MAG - Il parlamento della Georgia ha approvato', { languages: ['it'] })).toEqual({ place: 'ROMA', date: '14 MAG' });
  });

  it('reads a place glued to a numeric date with its year as the dateline (the Council of Europe: Strasbourg 21/11/2025)', () => {
    expect(read('Newsroom\nCommittee publishes report on Georgia\nStrasbourg 21/11/2025\nThe committee published its report today.\n')).toMatchObject({
      title: 'Committee publishes report on Georgia',
      dateline: 'Strasbourg',
      date: { text: '21/11/2025', line: 3 },
      body: ['The committee published its report today.'],
    });
  });

  it('reads a release\'s kind over its signer and the signer\'s job past the comma as no names (the State Department)', () => {
    expect(read('Condemning Attacks on Peaceful Protesters in Georgia\nPress Statement\nMatthew Miller, Department Spokesperson\nMay 28, 2024\nThe United States condemns the violence.\n')).toMatchObject({
      title: 'Condemning Attacks on Peaceful Protesters in Georgia',
      authors: ['Matthew Miller'],
      date: { text: 'May 28, 2024' },
      body: ['The United States condemns the violence.'],
    });
  });

  it('reads a name under the date and reading time, with the author\'s job and unit under it, as the byline (Chatham House)', () => {
    expect(read('Expert comment\nGeorgia has chosen isolation\nThe suspension of talks was a decision, not an accident, and many Georgians know it.\nPublished 4 December 2024\n5 minute READ\nNatalie Sabanadze\nSenior Research Fellow, Russia and Eurasia Programme\nWhen the Prime Minister announced the decision, he framed it as a response to blackmail.\n')).toMatchObject({
      title: 'Georgia has chosen isolation',
      authors: ['Natalie Sabanadze'],
      body: ['The suspension of talks was a decision, not an accident, and many Georgians know it.', 'When the Prime Minister announced the decision, he framed it as a response to blackmail.'],
    });
  });

  it('leaves out a language switcher under the date whose languages name themselves (UNICEF: Available in:, English, ქართული)', () => {
    expect(read('Press release\nFloods in western Georgia: UNICEF delivers supplies\nFamilies in Imereti receive hygiene kits\n22 June 2025\nAvailable in:\nEnglish\nქართული\nTBILISI, 22 June 2025 – UNICEF has delivered hygiene kits.\n').body).toEqual([
      'Families in Imereti receive hygiene kits',
      'TBILISI, 22 June 2025 – UNICEF has delivered hygiene kits.',
    ]);
  });

  it('ends a press release\'s text at its end mark or at its press office\'s contacts (###, Contacts)', () => {
    const release = (trailer: string) => read(`World Bank Approves Loan to Improve Road Safety in Georgia\nMay 28, 2024\nWASHINGTON, May 28, 2024 — The Board approved a loan.\nThe loan has a maturity of 18 years.\n${trailer}\n`).body;
    expect(release('###\nAbout the World Bank\nThe World Bank works in more than 100 countries.')).toEqual(['WASHINGTON, May 28, 2024 — The Board approved a loan.', 'The loan has a maturity of 18 years.']);
    expect(release('Contacts\nIn Tbilisi\nNino Kapanadze\n+995 32 291 3096\nnkapanadze@worldbank.org')).toEqual(['WASHINGTON, May 28, 2024 — The Board approved a loan.', 'The loan has a maturity of 18 years.']);
  });

  it('keeps a correction printed over the headline at the text\'s top, never as the title (Eurasianet)', () => {
    expect(read('Correction: An earlier version of this article said the mine employed 3,500 people. It employs about 3,000.\nChiatura miners end strike after wage deal\nGiorgi Lomsadze\nJun 18, 2025\nMiners in Chiatura went back to work on Tuesday.\n')).toMatchObject({
      title: 'Chiatura miners end strike after wage deal',
      authors: ['Giorgi Lomsadze'],
      date: { text: 'Jun 18, 2025', line: 4 },
      body: ['Correction: An earlier version of this article said the mine employed 3,500 people. It employs about 3,000.', 'Miners in Chiatura went back to work on Tuesday.'],
    });
  });

  it('leaves out the sign-up box Substack lays over a post, blurb and all, and its `∙ Paid` badge', () => {
    expect(read('The Tbilisi Letter\nSubscribe\nSign in\nDiscover more from The Tbilisi Letter\nWeekly notes on Georgian politics and society.\nOver 4,000 subscribers\nSubscribe\nAlready have an account? Sign in\nThree things to watch in Georgia\'s municipal elections\nThe ruling party expects a clean sweep.\nGiorgi Lomsadze\nSep 30, 2025\n∙ Paid\n27\n9\nShare\nGeorgians vote on Saturday for mayors and municipal councils.\n')).toMatchObject({
      title: 'Three things to watch in Georgia\'s municipal elections',
      authors: ['Giorgi Lomsadze'],
      date: { text: 'Sep 30, 2025', line: 12 },
      body: ['The ruling party expects a clean sweep.', 'Georgians vote on Saturday for mayors and municipal councils.'],
    });
  });

  it('reads GOV.UK\'s `Published` alone over the date as the page\'s label, and its `Updates to this page` as the trailer', () => {
    expect(read('Press release\nUK sanctions target network supplying Russia\'s military\nFive individuals and three companies in the latest package.\nPublished\n12 March 2025\nThe UK has today sanctioned five individuals.\nShare this page\nFacebook\nUpdates to this page\nPublished 12 March 2025\nSign up for emails or print this page\nIs this page useful?\nYes\nNo\n')).toMatchObject({
      title: 'UK sanctions target network supplying Russia\'s military',
      date: { text: '12 March 2025', line: 5 },
      body: ['Five individuals and three companies in the latest package.', 'The UK has today sanctioned five individuals.'],
    });
  });

  it('ends the Kremlin\'s news item at its `Publication status` box', () => {
    expect(read('Telephone conversation with President of Azerbaijan Ilham Aliyev\nVladimir Putin had a telephone conversation with President of Azerbaijan Ilham Aliyev.\nSeptember 18, 2025\n15:40\nThe presidents agreed to maintain contacts.\nPublication status\nPublished in sections: News, Transcripts\nPublication date: September 18, 2025, 15:40\nDirect link: http://en.kremlin.ru/events/president/news/78012\n').body).toEqual([
      'Vladimir Putin had a telephone conversation with President of Azerbaijan Ilham Aliyev.',
      'The presidents agreed to maintain contacts.',
    ]);
  });

  it('reads Medium\'s clap counter with no claps yet (`--`) as the page\'s', () => {
    expect(read('Why Batumi\'s old port should stay public\nTamar Gelashvili\nFollow\n4 min read\n·\nOct 9, 2025\n--\n2\nListen\nShare\nThe city council will vote next month on the plan.\n').body).toEqual(['The city council will vote next month on the plan.']);
  });

  it('reads a press release\'s dateline whose date prints its year past a comma: WASHINGTON, May 28, 2024 —', () => {
    expect(readDateline('WASHINGTON, May 28, 2024 — The World Bank\'s Board approved a loan.', { languages: ['en'] })).toEqual({ place: 'WASHINGTON', date: 'May 28, 2024' });
  });

  it('reads names glued to the date below the title (Eurasianet), but not a title with a date in it', () => {
    expect(read('Georgia: Parliament passes bill\nThe vote came after a month of rallies.\nAnna Keller May 14, 2024\nThe bill passed.\n')).toMatchObject({
      title: 'Georgia: Parliament passes bill',
      authors: ['Anna Keller'],
      date: { text: 'May 14, 2024', line: 3 },
      body: ['The vote came after a month of rallies.', 'The bill passed.'],
    });
    expect(read('Voters Head To Polls May 14, 2024\nBy Anna Keller\n13 May 2024\nThe vote is on Tuesday.\n')).toMatchObject({ title: 'Voters Head To Polls May 14, 2024', date: { text: '13 May 2024' } });
  });

  it('reads a time printed on the line below its date as that date\'s', () => {
    expect(readGenericLayout('პარლამენტმა კანონი მიიღო\n14 მაისი, 2024\n18:20\nკანონს 84 დეპუტატმა დაუჭირა მხარი.\n'.split('\n'), [], { languages: ['ka'] })).toMatchObject({
      date: { text: '14 მაისი, 2024 18:20', line: 2 },
      body: ['კანონს 84 დეპუტატმა დაუჭირა მხარი.'],
    });
  });

  // Georgian has no capitals, so a short last sentence above a share bar looked like a line of names.
  it('keeps a short Georgian last sentence above the share bar in the body, not as an author', () => {
    expect(readGenericLayout('პარლამენტმა ვეტო დაძლია\n28 მაისი 2024 18:42\nკანონს 84 დეპუტატმა დაუჭირა მხარი.\nოპოზიციამ სხდომა დატოვა.\nგაზიარება\n'.split('\n'), [], { languages: ['ka'] })).toMatchObject({
      authors: [],
      body: ['კანონს 84 დეპუტატმა დაუჭირა მხარი.', 'ოპოზიციამ სხდომა დატოვა.'],
    });
  });

  it('takes a short line under the byline, before the next fact, as the author\'s affiliation, not article text', () => {
    expect(read('Парламент Грузии принял закон\n14 мая 2024\nАнна Келлер\nБи-би-си\nАвтор фото, Reuters\nПодпись к фото, Протестующие\nПарламент принял закон.\n')).toMatchObject({
      authors: ['Анна Келлер'],
      caption: 'Протестующие',
      credit: 'Reuters',
      body: ['Парламент принял закон.'],
    });
  });

  it('joins a dateline a browser copied over several lines (CNN) to its paragraph, with its caption and credit above it', () => {
    const header = read('Parliament overrides veto\nBy Anna Keller and Tom Rivers, CNN\nPublished 10:14 AM EDT, Tue May 28, 2024\nProtesters stand outside parliament on Tuesday.\nNika Beridze/Reuters\nTbilisi, Georgia\nCNN\n — \nThe parliament voted on Tuesday.\nThe law takes effect in 60 days.\n', ['CNN']);
    expect(header).toMatchObject({
      authors: ['Anna Keller', 'Tom Rivers'],
      dateline: 'Tbilisi, Georgia',
      caption: 'Protesters stand outside parliament on Tuesday.',
      credit: 'Nika Beridze/Reuters',
      body: ['Tbilisi, Georgia CNN — The parliament voted on Tuesday.', 'The law takes effect in 60 days.'],
    });
  });

  it('takes the newsroom\'s initials after a byline\'s names for no place', () => {
    expect(readFactLine('By Anna Keller, CNN', [], {})).toEqual({ authors: ['Anna Keller'], dateline: undefined });
    expect(readFactLine('Von Christina Hebel, Moskau', [], {})).toEqual({ authors: ['Christina Hebel'], dateline: 'Moskau' });
  });

  it('reads a photo\'s `© Agency / Name` over its caption (RIA), but not a copyright footer', () => {
    expect(read('Парламент Грузии преодолел вето на закон о выборах\n14:35 28.05.2024\n© РИА Новости / Нино Беридзе\nПерейти в медиабанк\nЗдание парламента. Архивное фото\nПарламент преодолел вето.\n')).toMatchObject({
      caption: 'Здание парламента. Архивное фото',
      credit: 'РИА Новости / Нино Беридзе',
      body: ['Парламент преодолел вето.'],
    });
    expect(readFactLine('© 2024 РИА Новости / Все права защищены', [], {})).toEqual({ chrome: true });
  });

  it('reads a bracketed credit line under its caption (The Independent)', () => {
    expect(read('Georgia’s parliament overrides the veto on the election law\nAnna Keller\nTuesday 28 May 2024 15:14 BST\nDemonstrators outside parliament\n(AFP via Getty Images)\nThe parliament voted.\n')).toMatchObject({
      caption: 'Demonstrators outside parliament',
      credit: 'AFP via Getty Images',
      body: ['The parliament voted.'],
    });
  });

  it('takes a "read also" list inside the text for the page\'s, and reads the text on after it (JAMnews, Le Figaro, Al Jazeera)', () => {
    const head = 'Protests continue in Tbilisi\nBy Anna Holt\n30.11.2024 10:15\nThe parliament voted on Tuesday.\n';
    const tail = 'The ministry said 107 people had been detained.\nShare this article\nFacebook\n';
    expect(read(`${head}Read also\nGeorgian president refuses to recognise parliament\n${tail}`).body).toEqual(['The parliament voted on Tuesday.', 'The ministry said 107 people had been detained.']);
    expect(read(`${head}Read also: Georgian president refuses to recognise parliament\n${tail}`).body).toEqual(['The parliament voted on Tuesday.', 'The ministry said 107 people had been detained.']);
    // On its line with its link, over a line that is no sentence (Ukrainska Pravda's source), too.
    expect(read(`${head}The ministry said 107 people had been detained.\nRead also: Georgian president refuses to recognise parliament\nSource: "Interpressnews"\n`).body).toEqual(['The parliament voted on Tuesday.', 'The ministry said 107 people had been detained.', 'Source: "Interpressnews"']);
    // Al Jazeera's list, with its screen reader's words and a headline that asks a question.
    const keepReading = ['Keep reading', 'list of 2 items', 'list 1 of 2', 'Georgia’s ruling party claims victory', 'list 2 of 2', 'What is behind the protests in Georgia?', 'end of list'].join('\n');
    expect(read(`${head}${keepReading}\n${tail}`).body).toEqual(['The parliament voted on Tuesday.', 'The ministry said 107 people had been detained.']);
    // The text may resume with a question, longer than any headline.
    const question = 'Why did the government decide to stop the talks now, weeks after an election the opposition says was rigged from the start?';
    expect(read(`${head}Read also\nGeorgian president refuses to recognise parliament\n${question}\n${tail}`).body).toEqual(['The parliament voted on Tuesday.', question, 'The ministry said 107 people had been detained.']);
    // A list under the last sentence is the trailer still, headlines and footer alike.
    expect(read(`${head}Read also\nGeorgian president refuses to recognise parliament\nWhat is behind the protests?\n© 2024 JAMnews. All rights reserved.\n`).body).toEqual(['The parliament voted on Tuesday.']);
  });

  it('takes only a "read also" heading for a list inside the text: a list of tags under it ends the text, whatever sentence follows (Folha)', () => {
    const text = 'Protests continue in Tbilisi\nBy Anna Holt\n30.11.2024 10:15\nThe parliament voted on Tuesday.\nLeia tudo sobre o tema e siga:\nGeórgia\nEuropa\nVocê já conhece as vantagens de ser assinante? Você conta com newsletters exclusivas.\n';
    expect(read(text).body).toEqual(['The parliament voted on Tuesday.']);
  });

  it('takes no run of buttons, times or a byline with its place for the site\'s menu (Folha, ANSA)', () => {
    const folha = ['Mundo', 'Geórgia suspende negociações de adesão à UE', '30.nov.2024 às 10h15', 'Rafael Balago', 'São Paulo', 'Ouvir o texto', 'Diminuir fonte', 'Aumentar fonte', 'Manifestantes em frente ao Parlamento', 'Milhares de pessoas voltaram às ruas de Tbilisi.', ''];
    expect(readGenericLayout(folha, [], { languages: ['pt'] })).toMatchObject({ title: 'Geórgia suspende negociações de adesão à UE', authors: ['Rafael Balago'] });
    const ansa = ['Mondo', 'Georgia, terza notte di proteste', 'Redazione ANSA', 'TBILISI', '30 novembre 2024', '10:15', 'Suggerisci', 'Facebook', 'X', 'Stampa', 'Manifestanti davanti al Parlamento', '(ANSA) - TBILISI, 30 NOV - Per la terza notte consecutiva migliaia di persone hanno manifestato.', ''];
    expect(readGenericLayout(ansa, [], { languages: ['it'] })).toMatchObject({ title: 'Georgia, terza notte di proteste', dateline: 'TBILISI', date: { text: '30 novembre 2024 10:15' } });
  });

  it('reads where the paper sent the reporter after the names as the dateline: `di Marco Rossi, inviato a Tbilisi`', () => {
    expect(readFactLine('di Marco Rossi, inviato a Tbilisi', [], {})).toEqual({ authors: ['Marco Rossi'], dateline: 'Tbilisi' });
    expect(readFactLine('Par Marie Dupont, envoyée spéciale à Tbilissi', [], {})).toEqual({ authors: ['Marie Dupont'], dateline: 'Tbilissi' });
  });

  it('takes a section label over a headline of fifteen words and more for a kicker, not the title', () => {
    const text = 'Esteri\nGeorgia, stop ai negoziati con l’Ue: migliaia in piazza a Tbilisi, scontri con la polizia\ndi Marco Rossi\n30 novembre 2024\nLa polizia ha usato idranti.\n';
    expect(readGenericLayout(text.split('\n'), [], { languages: ['it'] }).title).toBe('Georgia, stop ai negoziati con l’Ue: migliaia in piazza a Tbilisi, scontri con la polizia');
    // A short headline over a long standfirst without a full stop stays the headline.
    const short = 'Georgia votes\nParliament backs the bill in a third reading despite weeks of protests in the capital and abroad\nBy Anna Holt\n8 March 2019\nThe parliament voted.\n';
    expect(read(short).title).toBe('Georgia votes');
  });

  it('reads the date printed under the text among the page\'s buttons and footers (Corriere), but no date in a list further down', () => {
    const text = 'Georgia, stop ai negoziati\ndi Marco Rossi\nLa polizia ha usato idranti.\nCorriere della Sera è anche su Whatsapp. È sufficiente cliccare qui per iscriversi al canale ed essere sempre aggiornati.\n30 novembre 2024 (modifica il 30 novembre 2024 | 21:40)\n© RIPRODUZIONE RISERVATA\n';
    expect(readGenericLayout(text.split('\n'), [], { languages: ['it'] })).toMatchObject({ date: { text: '30 novembre 2024' }, updated: { text: '30 novembre 2024 | 21:40' }, body: ['La polizia ha usato idranti.'] });
    const list = 'A Headline\nBy Anna Holt\nThe parliament voted.\nThe law takes effect in June.\nShare this article\nGeorgian president vetoes the law\n12 May 2024\n';
    expect(read(list).date).toBeUndefined();
  });

  it('reads one day printed twice and glued by the copy (DW) as its long form', () => {
    expect(readFactLine('29.11.202429. November 2024', [], { dateOrder: 'DMY', languages: ['de'] })).toEqual({ date: { text: '29. November 2024', updated: false } });
    // Two different days glued are no date line.
    expect(readFactLine('29.11.202430. November 2024', [], { dateOrder: 'DMY', languages: ['de'] })).toBeUndefined();
  });

  it('leaves the labels a page prints between paragraphs out of the body: `Anzeige`, `Haberin Devamı`', () => {
    expect(read('A Headline\nBy Anna Holt\n8 March 2019\nFirst line.\nAnzeige\nSecond line.\nHaberin Devamı\nThird line.\n').body).toEqual(['First line.', 'Second line.', 'Third line.']);
  });

  it('knows the buttons and calls of more outlets\' pages', () => {
    for (const line of ['Ouvir o texto', 'Diminuir fonte', 'Aumentar fonte', 'Carregando...', 'Ascolta l\'articolo', 'NEW', 'i', 'Suggerisci', 'Stampa', 'Copia link', 'Ottieni il codice embed', 'Zur Hauptnavigation springen', 'Senden Sie uns Ihr Feedback', 'Receba no seu email o que de mais importante acontece no mundo; aberta para não assinantes.', 'Хочете повідомити важливу новину? Пишіть Telegram-боту Української правди.', 'Lecture 3 min.', 'Abonnez-vous pour lire l’article en entier.']) {
      expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
    }
  });

  it('reads a credit after a caption that is no sentence: past a dash (Folha), in square brackets (Al Jazeera), after © (ANSA)', () => {
    expect(readFactLine('Manifestantes em frente ao Parlamento, em Tbilisi - Irakli Gedenidze/Reuters', [], {})).toEqual({ caption: 'Manifestantes em frente ao Parlamento, em Tbilisi', credit: 'Irakli Gedenidze/Reuters' });
    expect(readFactLine('Protesters outside parliament in Tbilisi on November 30, 2024 [Irakli Gedenidze/Reuters]', [], {})).toEqual({ caption: 'Protesters outside parliament in Tbilisi on November 30, 2024', credit: 'Irakli Gedenidze/Reuters' });
    expect(readFactLine('Manifestanti davanti al Parlamento a Tbilisi © ANSA/EPA', [], {})).toEqual({ caption: 'Manifestanti davanti al Parlamento a Tbilisi', credit: 'ANSA/EPA' });
    // A headline with a bracketed label is no caption; a copyright footer is chrome.
    expect(readFactLine('Georgia protests [VIDEO]', [], {})).toBeUndefined();
    expect(readFactLine('Georgia Today © 2019', [], {})).toEqual({ chrome: true });
  });

  it('counts no buttons in the lines the header is looked for in (Al Jazeera, ANSA)', () => {
    const buttons = ['Click here to share on social media', 'share2', 'Save', 'Facebook', 'X', 'Email', 'Copy link'];
    const text = ['Live', 'Georgia protests enter third night', 'Police used water cannon as thousands rallied.', 'Protesters outside parliament [Irakli Gedenidze/Reuters]', 'By Nino Beridze', 'Published On 30 Nov 2024', '30 Nov 2024', ...buttons, 'Save', 'Thousands of people have rallied in the capital.', ''];
    expect(read(text.join('\n'))).toMatchObject({ authors: ['Nino Beridze'], body: ['Police used water cannon as thousands rallied.', 'Thousands of people have rallied in the capital.'] });
  });

  it('gives the paper, no agency, from `Par Le Figaro avec AFP`, and the names from `Par Marie Dupont avec AFP`', () => {
    expect(readFactLine('Par Le Figaro avec AFP', [], {})?.authors).toEqual(['Le Figaro']);
    expect(readFactLine('Par Marie Dupont avec AFP', [], {})?.authors).toEqual(['Marie Dupont']);
  });

  it('reads a caption with its agency in brackets right over the text (Corriere), and no headline that ends so', () => {
    const text = 'Esteri\nGeorgia, stop ai negoziati con l’Ue\ndi Marco Rossi\n30 novembre 2024\nManifestanti davanti al Parlamento (Ansa)\nLa polizia ha usato idranti.\n';
    expect(readGenericLayout(text.split('\n'), [], { languages: ['it'] })).toMatchObject({ caption: 'Manifestanti davanti al Parlamento', credit: 'Ansa', body: ['La polizia ha usato idranti.'] });
    expect(readGenericLayout('Georgia votes on the law (Video)\nBy Anna Holt\n8 March 2019\nFirst line.\n'.split('\n'), [], {})).toMatchObject({ title: 'Georgia votes on the law (Video)', caption: undefined });
  });

  it('takes a word in capitals between fact lines under the title for the page\'s label (ANSA: `NEWS`), not the text', () => {
    const ansa = ['Georgia, terza notte di proteste', 'Redazione ANSA', 'TBILISI', '30 novembre 2024', '10:15', 'NEWS', 'Facebook', 'La polizia ha usato idranti.', ''];
    expect(readGenericLayout(ansa, [], { languages: ['it'] })).toMatchObject({ dateline: 'TBILISI', body: ['La polizia ha usato idranti.'] });
  });

  it('reads Hürriyet\'s `Giriş Tarihi:` as the publication\'s date, beside `Güncelleme Tarihi:`', () => {
    expect(readFactLine('Giriş Tarihi: 14.12.2024 12:40', [], { dateOrder: 'DMY', languages: ['tr'] })).toEqual({ date: { text: '14.12.2024 12:40', updated: false } });
  });

  it('takes the author\'s box under the text for the page\'s when the byline is a name without `By` beside the date (DW)', () => {
    const text = 'Ex-Fußballer wird Präsident\nJonas Albrecht\n14.12.2024\nDas Wahlgremium hat ihn gewählt.\nEr erhielt 224 Stimmen.\nJonas Albrecht\nKorrespondent in Tiflis\nSenden Sie uns Ihr Feedback\n';
    expect(readGenericLayout(text.split('\n'), [], { dateOrder: 'DMY', languages: ['de'] })).toMatchObject({ authors: ['Jonas Albrecht'], body: ['Das Wahlgremium hat ihn gewählt.', 'Er erhielt 224 Stimmen.'] });
  });

  it('refuses a live blog: its top date is its latest update, and it is many posts, not one article', () => {
    expect(() => read('Georgia protests – as it happened\nKey events\nTue 14 May 2024 18.20 BST\n18.20 BST\nThe bill passed.\n17.55 BST\nProtesters gathered.\n')).toThrow(/live blog/);
  });

});

// Topic tags printed under the article without a heading (RIA Novosti) are the page's; a sign-off,
// a short last sentence or a list the text leads into stays the text's.
describe('topic tags under the article\'s last sentence', () => {
  const head = 'Talks Resume in Geneva\n12 March 2024 14:05\n';
  const text = 'Delegates from Georgia and Russia met in Geneva on Thursday.\nThe next round is due in the South Caucasus in April.';
  it.each([
    ['one word a line', `${text}\nGeorgia\nRussia`],
    ['short noun phrases', `${text}\nSouth Caucasus\nGeorgia`],
  ])('leaves them out of the body: %s', (_, tail) => {
    expect(read(head + tail).body).toEqual(text.split('\n'));
  });

  it('reads them in Russian, whatever case the text names the topic in', () => {
    const russian = readGenericLayout('Парламент Грузии преодолел вето\n28 мая 2024, 14:35\nПарламент Грузии в Тбилиси преодолел вето президента.\nГрузия\nТбилиси'.split('\n'), [], { dateOrder: 'DMY', languages: ['ru'] });
    expect(russian.body).toEqual(['Парламент Грузии в Тбилиси преодолел вето президента.']);
  });

  // Interfax prints one tag as it prints three, over its rights line: before, a single one stayed in the body.
  it('leaves out a single tag over the page\'s footer, when it names the text\'s topic and could sign nothing', () => {
    const footer = 'Все права на информацию, размещенную на данном сайте, принадлежат ООО «Интерфакс».';
    const text = ['Парламент Грузии в Тбилиси преодолел вето президента.', 'За преодоление вето проголосовали 84 депутата.'];
    const lines = (tag: string) => ['Парламент Грузии преодолел вето', '28 мая 2024, 14:35', ...text, tag, footer];
    expect(readGenericLayout(lines('Грузия'), [], { dateOrder: 'DMY', languages: ['ru'] }).body).toEqual(text);
    // A name signing the text is its author's; a line naming no topic of it stays the text's.
    expect(readGenericLayout(lines('Анна Келлер'), [], { dateOrder: 'DMY', languages: ['ru'] }).authors).toEqual(['Анна Келлер']);
    expect(readGenericLayout(lines('Политика'), [], { dateOrder: 'DMY', languages: ['ru'] }).body).toContain('Политика');
  });

  it.each([
    ['a single short line', `${text}\nGeorgia`],
    ['a sign-off with a dash', `${text}\n— Reuters\nGeorgia`],
    ['a short last sentence', `${text}\nGeorgia said yes.\nRussia agreed.`],
    ['a name and a place the text does not name', `${text}\nNino Beridze\nTbilisi`],
    ['lines that name no topic of the text', `${text}\nPolitics\nWorld`],
    ['a list the text leads into', 'Delegates in Geneva named the guarantors of the accord, Georgia and Russia, in this order:\nGeorgia\nRussia'],
  ])('keeps in the body %s', (_, tail) => {
    expect(read(head + tail).body).toEqual(tail.split('\n'));
  });
});

describe('the page between the article\'s paragraphs', () => {
  const article = (between: string) =>
    read(`Georgia’s parliament passes the media law\nBy Anna Keller\n14 May 2024\nThe parliament voted 84 to 30 on Tuesday.\n${between}\nThe president said she would veto it.\nThe party can override her.\n`);

  it('leaves the page\'s controls out of the body: advertisements, share and listen buttons', () => {
    expect(article('Advertisement\nSKIP ADVERTISEMENT').body).toEqual(['The parliament voted 84 to 30 on Tuesday.', 'The president said she would veto it.', 'The party can override her.']);
    expect(article('Share this article\nListen').body).toEqual(['The parliament voted 84 to 30 on Tuesday.', 'The president said she would veto it.', 'The party can override her.']);
  });

  it('leaves links set into the text out of the body, and keeps every paragraph after them', () => {
    // Before, a `Read more` heading between paragraphs started the page's lists: the rest of the text was lost from the body.
    for (const heading of ['Read more:', 'Read more from Sky News:', 'Related']) {
      expect(article(`${heading}\nThousands march in Tbilisi against the bill\nWhat is Georgia’s foreign agents law?`).body, heading).toEqual([
        'The parliament voted 84 to 30 on Tuesday.',
        'The president said she would veto it.',
        'The party can override her.',
      ]);
    }
  });

  it('still ends the article at such a heading when no text follows its links', () => {
    expect(read('Georgia’s parliament passes the media law\nBy Anna Keller\n14 May 2024\nThe parliament voted 84 to 30 on Tuesday.\nThe president said she would veto it.\nRead more:\nThousands march in Tbilisi\nWhat is the law?\n').body).toEqual([
      'The parliament voted 84 to 30 on Tuesday.',
      'The president said she would veto it.',
    ]);
  });

  // Fox News: another story's headline in capitals between two paragraphs, a link with no heading over it.
  it('leaves a headline in capitals set between paragraphs out of the body, and keeps a sub-heading in capitals', () => {
    expect(article('GEORGIAN PRESIDENT VETOES \'FOREIGN AGENTS\' BILL AFTER WEEKS OF MASS PROTESTS').body).toEqual([
      'The parliament voted 84 to 30 on Tuesday.',
      'The president said she would veto it.',
      'The party can override her.',
    ]);
    for (const heading of ['WHAT HAPPENS NEXT', 'WHAT DOES THE BILL SAY FOR NGOS?']) expect(article(heading).body, heading).toContain(heading);
  });

  // El País: under `Más información`, a linked headline, then a photo with its credit, then a sub-heading of the text.
  it('ends a list of links at the photo under it, leaves the photo out and keeps the sub-heading after it', () => {
    const text = [
      'The parliament voted 84 to 30 on Tuesday.',
      'The president said she would veto it.',
      'The party can override her.',
      'Thousands marched in Tbilisi on Monday.',
    ];
    const list = ['Read more:', 'Georgia suspends EU accession talks until 2028', 'Riot police face protesters in Tbilisi. IRAKLI GEDENIDZE (REUTERS / EFE)'];
    const after = ['What does the opposition want?', 'It demands new elections.'];
    const page = read(['Georgia’s parliament passes the media law', 'By Anna Keller', '14 May 2024', ...text, ...list, ...after, ''].join('\n'));
    expect(page.body).toEqual([...text, ...after]);
  });

  // NHK: a Japanese sentence with a name in full-width Latin capitals (`ＥＵ`) has no lower-case letter, yet is no headline in capitals.
  it('keeps a sentence of a script without case, with capitals in it, in the body', () => {
    const sentence = '首都トビリシの議会前では、数千人がＥＵ＝ヨーロッパ連合の旗を掲げて抗議しました。';
    expect(article(sentence).body).toContain(sentence);
    expect(article('ＥＵは撤回を求めていました').body).toContain('ＥＵは撤回を求めていました');
  });

  // NBC News: another photo between paragraphs, its caption glued to its credit; Frontnews: a credit alone, in Georgian.
  it('leaves a photo\'s caption and credit set between paragraphs out of the body', () => {
    const figure = 'Riot police stand guard outside the parliament on Tuesday.Vano Shlamov / AFP via Getty Images';
    expect(article(figure).body).toEqual(['The parliament voted 84 to 30 on Tuesday.', 'The president said she would veto it.', 'The party can override her.']);
    const georgian = read('პარლამენტმა ვეტო დაძლია\n28 მაისი 2024, 15:42\nპარლამენტმა ვეტო დაძლია.\nდეპუტატებმა დარბაზი დატოვეს.\nფოტო: ფრონტნიუსი\nაქციის მონაწილეები შეიკრიბნენ.\n');
    expect(georgian.body).toEqual(['პარლამენტმა ვეტო დაძლია.', 'დეპუტატებმა დარბაზი დატოვეს.', 'აქციის მონაწილეები შეიკრიბნენ.']);
  });

  it('keeps a sentence that starts like a heading, and a heading-like line with a sentence under it, in the body', () => {
    expect(article('Related to the vote, the opposition walked out.').body).toContain('Related to the vote, the opposition walked out.');
    expect(article('Advertisement agencies boycotted the channel.').body).toContain('Advertisement agencies boycotted the channel.');
  });
});

describe('a header in the layout of Sky News', () => {
  it('reads the logo\'s link and a live button as chrome, the author\'s role and handle as the page\'s, and `, UK` after the time as no place', () => {
    expect(readFactLine('Sky News - back to home', [], {})).toEqual({ chrome: true });
    expect(readFactLine('Back to homepage', [], {})).toEqual({ chrome: true });
    expect(readFactLine('Watch Live', [], {})).toEqual({ chrome: true });
    expect(readFactLine('Europe correspondent @alixharwood', [], {})).toEqual({ chrome: true });
    expect(readFactLine('Image:', [], {})).toEqual({ chrome: true });
    expect(readFactLine('Tuesday 14 May 2024 16:02, UK', [], { dateOrder: 'DMY' })).toEqual({ date: { text: 'Tuesday 14 May 2024 16:02', updated: false } });
    // A place after the time is still the dateline.
    expect(readFactLine('03 Sep 2019 - 13:18, Tbilisi,Georgia', [], {})).toMatchObject({ dateline: 'Tbilisi,Georgia' });
    expect(readFactLine('Protesters outside parliament in Tbilisi. Pic: Reuters', [], {})).toEqual({ caption: 'Protesters outside parliament in Tbilisi.', credit: 'Reuters' });
  });
});

describe('headers in the layouts of Die Welt and La Vanguardia', () => {
  it('reads `Lesedauer: 2 Minuten` beside the date as chrome, and `Quelle: Agency/NAME` as a photo credit', () => {
    expect(readFactLine('Veröffentlicht am 28.05.2024 | Lesedauer: 2 Minuten', [], { dateOrder: 'DMY' })).toEqual({ date: { text: '28.05.2024', updated: false } });
    expect(readFactLine('Quelle: AFP/GIORGI ARJEVANIDZE', [], {})).toEqual({ credit: 'AFP/GIORGI ARJEVANIDZE' });
    // A source label naming the paper is still its masthead, not a credit.
    expect(readFactLine('Quelle: ZEIT ONLINE, dpa, AFP', ['ZEIT ONLINE'], {})).toEqual({ chrome: true });
  });

  it('reads a bracketed credit after a caption with no full stop, and `Actualizado a` as an update', () => {
    expect(readFactLine('Manifestantes frente al Parlamento, este martes (Giorgi Arjevanidze / AFP)', [], {})).toEqual({
      caption: 'Manifestantes frente al Parlamento, este martes',
      credit: 'Giorgi Arjevanidze / AFP',
    });
    expect(readFactLine('Actualizado a 28/05/2024 18:05', [], { dateOrder: 'DMY' })).toEqual({ date: { text: '28/05/2024 18:05', updated: true } });
  });

  it('takes the name above a role line and the date as the byline, and the role and the photo\'s repeated text as the page\'s', () => {
    expect(readNames('Moscú. Corresponsal')).toBeUndefined();
    expect(readNames('Martin Luther King Jr.')).toEqual({ authors: ['Martin Luther King Jr.'], dateline: undefined });
    expect(
      readGenericLayout(
        'El Parlamento de Georgia anula el veto presidencial\nManifestantes frente al Parlamento, este martes\nManifestantes frente al Parlamento, este martes (Giorgi Arjevanidze / AFP)\nLaura Prats\nMoscú. Corresponsal\n28/05/2024 15:42\nEl Parlamento ha anulado el veto.\n'.split('\n'),
        [],
        { dateOrder: 'DMY', languages: ['es'] },
      ),
    ).toMatchObject({ authors: ['Laura Prats'], caption: 'Manifestantes frente al Parlamento, este martes', credit: 'Giorgi Arjevanidze / AFP', body: ['El Parlamento ha anulado el veto.'] });
  });
});

describe('headers in the layouts of UNIAN, T24 and the South China Morning Post', () => {
  it('reads a share bar\'s label with a colon and the typo plea as chrome, and `<caption> / фото AGENCY` as caption and credit', () => {
    expect(readFactLine('Поділитися:', [], {})).toEqual({ chrome: true });
    expect(readFactLine('Якщо ви помітили помилку, виділіть її мишкою та натисніть Ctrl+Enter', [], {})).toEqual({ chrome: true });
    expect(readFactLine('Акція протесту біля парламенту в Тбілісі / фото REUTERS', [], {})).toEqual({ caption: 'Акція протесту біля парламенту в Тбілісі', credit: 'REUTERS' });
  });

  it('reads the paper\'s desk after its name as no author', () => {
    expect(readFactLine('T24 Dış Haberler', [], {})).toEqual({ chrome: true });
  });

  it('takes a one-word byline for the agency that wrote the story, with `By` or over a follow button', () => {
    expect(readFactLine('By Reuters', [], {})).toEqual({ authors: ['Reuters'] });
    expect(readFactLine('By the way', [], {})).toBeUndefined();
    expect(readFactLine('+ FOLLOW', [], {})).toEqual({ chrome: true });
    expect(read('Georgia’s parliament overrides the veto\nReuters\n+ FOLLOW\nPublished: 10:42pm, 28 May 2024\nThe parliament voted.\n')).toMatchObject({ authors: ['Reuters'], body: ['The parliament voted.'] });
  });
});

describe('a header in the layout of Il Post', () => {
  it('takes a section\'s word over a long headline for a kicker, and a headline over an unpunctuated standfirst for the title', () => {
    const headline = 'Il parlamento della Georgia ha superato il veto della presidente sulla legge sugli “agenti stranieri”';
    expect(read(`Mondo\n${headline}\nLa legge era stata approvata due settimane fa nonostante grandi proteste\nMartedì 28 maggio 2024\nIl parlamento ha votato.\n`).title).toBe(headline);
    expect(read('Georgia’s parliament overrides the veto\nLawmakers vote 84-4 to push through the bill, which critics say mirrors Russian legislation\n28 May 2024\nThe parliament voted.\n').title).toBe('Georgia’s parliament overrides the veto');
  });

  it('leaves one link set into the text under its heading, and the comments button, out of the body', () => {
    expect(read('Il parlamento supera il veto\nMartedì 28 maggio 2024\nIl parlamento ha votato.\nLeggi anche: Perché in Georgia si protesta da settimane\nL’Unione Europea ha criticato la legge.\nMostra i commenti\n').body).toEqual(['Il parlamento ha votato.', 'L’Unione Europea ha criticato la legge.']);
    // A sentence after such a heading is the text's.
    expect(read('Il parlamento supera il veto\nMartedì 28 maggio 2024\nIl parlamento ha votato.\nRead more: the law takes effect in June.\nThe opposition walked out.\n').body).toContain('Read more: the law takes effect in June.');
  });
});

describe('headers in the layouts of Observador and Kavkazsky Uzel', () => {
  it('reads `Texto` over the names as a byline label, and `Partilhe`, `Siga-nos`, `Comentários` as chrome', () => {
    for (const line of ['Texto', 'Partilhe', 'Siga-nos', 'Comentários']) expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
    expect(read('Parlamento da Geórgia anula veto\nTexto\nAgência Lusa\n28 mai 2024, 15:42\nO Parlamento anulou o veto.\n').authors).toEqual(['Agência Lusa']);
  });

  it('finds the title under the date when the site\'s name and a breadcrumb trail stand above the date', () => {
    expect(read('Кавказский узел\nГлавная / Новости / Грузия\n28 мая 2024, 15:42\nПарламент Грузии преодолел вето\nПарламент преодолел вето президента.\n')).toMatchObject({
      title: 'Парламент Грузии преодолел вето',
      body: ['Парламент преодолел вето президента.'],
    });
  });

  it('keeps the byline that opens the page\'s lists under the text (`Автор: Name`, then `Источник: …`, `Все новости`)', () => {
    // Below the header's first lines, as in a whole article.
    const text = Array.from({ length: 12 }, (_, i) => `Абзац ${i + 1} статьи.`);
    expect(read(`Парламент Грузии преодолел вето\n28 мая 2024, 15:42\n${text.join('\n')}\nАвтор: Инна Кукуджанова\nИсточник: Кавказский узел\nВсе новости\nВерсия для печати\n`)).toMatchObject({
      authors: ['Инна Кукуджанова'],
      body: text,
    });
  });
});

describe('a header in the layout of the Times of India', () => {
  it('reads `AFP / Updated: <date>` as the agency\'s byline and an update, and the comments prompt and end marker as chrome', () => {
    expect(readFactLine('AFP / Updated: May 28, 2024, 19:12 IST', [], {})).toEqual({ authors: ['AFP'], date: { text: 'May 28, 2024, 19:12 IST', updated: true } });
    // A place in capitals before a bar is still the dateline.
    expect(readFactLine('TBILISI | May 23, 2024', [], {})).toEqual({ dateline: 'TBILISI', date: { text: 'May 23, 2024', updated: false } });
    for (const line of ['Start a Conversation', 'end of article', 'FOLLOW US']) expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
  });
});

describe('a header in the layout of franceinfo', () => {
  it('reads the paper\'s own byline with its agency as no author, and the line under it as its affiliation', () => {
    expect(readFactLine('franceinfo avec AFP', ['franceinfo'], {})).toEqual({ chrome: true });
    expect(readFactLine('Article rédigé par', [], {})).toEqual({ chrome: true });
    expect(readGenericLayout('Géorgie : le Parlement passe outre le veto\nArticle rédigé par\nfranceinfo avec AFP\nFrance Télévisions\nPublié le 28/05/2024 15:42\nLe Parlement géorgien a surmonté le veto.\n'.split('\n'), ['franceinfo'], { dateOrder: 'DMY', languages: ['fr'] })).toMatchObject({
      authors: [],
      body: ['Le Parlement géorgien a surmonté le veto.'],
    });
    // A person's name under the label is the byline.
    expect(readGenericLayout('Géorgie : le Parlement passe outre le veto\nArticle rédigé par\nLouise Martin\nPublié le 28/05/2024 15:42\nLe Parlement géorgien a surmonté le veto.\n'.split('\n'), ['franceinfo'], { dateOrder: 'DMY', languages: ['fr'] }).authors).toEqual(['Louise Martin']);
  });

  it('reads the share line and the related subjects heading as the page\'s', () => {
    expect(readFactLine('Partager l\'article sur les réseaux sociaux', [], {})).toEqual({ chrome: true });
    expect(read('Le Parlement passe outre le veto\n28 May 2024\nLe Parlement a voté.\nVoir les sujets associés\nGéorgie\nEurope\n').body).toEqual(['Le Parlement a voté.']);
  });
});

describe('a header in the layout of Haaretz', () => {
  const standfirst = 'The law, which critics say mirrors Russian legislation used to silence opponents, has drawn weeks of protests';
  it('takes one word between the standfirst and the date for the agency that wrote the story', () => {
    expect(read(`Georgia’s Parliament Overrides the Veto\n${standfirst}\nReuters\nMay 28, 2024 3:42 pm\nThe parliament voted.\n`)).toMatchObject({ authors: ['Reuters'], body: [standfirst, 'The parliament voted.'] });
    // Right under the title, one word is no byline: a section may stand there.
    expect(read('Georgia’s Parliament Overrides the Veto\nPolitics\nMay 28, 2024 3:42 pm\nThe parliament voted.\n').authors).toEqual([]);
  });

  it('reads `Share in Facebook`, `Share by Email` as chrome and the topics\' heading as the page\'s lists', () => {
    for (const line of ['Share in Facebook', 'Share by Email']) expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
    expect(read('Georgia’s Parliament Overrides the Veto\nMay 28, 2024\nThe parliament voted.\nClick the alert icon to follow topics:\nGeorgia\nRussia\n').body).toEqual(['The parliament voted.']);
  });
});

describe('a link set into a Georgian text', () => {
  it('leaves `ამავე თემაზე` ("on the same topic") and its headline out of the body, and keeps the text after it', () => {
    expect(readGenericLayout('პარლამენტმა ვეტო დაძლია\n28.05.2024 15:42\nპარლამენტმა ვეტო დაძლია.\nამავე თემაზე\nრუსთაველის გამზირზე აქცია გრძელდება\nპარლამენტთან ათასობით ადამიანია შეკრებილი.\n'.split('\n'), [], { dateOrder: 'DMY', languages: ['ka'] }).body).toEqual(['პარლამენტმა ვეტო დაძლია.', 'პარლამენტთან ათასობით ადამიანია შეკრებილი.']);
  });
});

describe('a header in the layout of Der Standard', () => {
  it('reads a count of comments in words as chrome, and `Foto: AGENCY/Name` on its own line as the credit of the caption above it', () => {
    for (const line of ['30 Postings', '12 comments', '5 комментариев']) expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
    expect(readFactLine('Foto: REUTERS/Irakli Gedenidze', [], {})).toEqual({ credit: 'REUTERS/Irakli Gedenidze' });
    expect(read('Parlament setzt sich über Veto hinweg\n28. Mai 2024, 15:42\nDemonstrierende vor dem Parlament in Tiflis.\nFoto: REUTERS/Irakli Gedenidze\nDas Parlament hat das Veto überstimmt.\n')).toMatchObject({
      caption: 'Demonstrierende vor dem Parlament in Tiflis.',
      credit: 'REUTERS/Irakli Gedenidze',
      body: ['Das Parlament hat das Veto überstimmt.'],
    });
  });
});

describe('a header in the layout of g1', () => {
  it('reads how long ago the page was updated, in the languages read, as chrome beside the date', () => {
    expect(readFactLine('28/05/2024 15h42 · Atualizado há 2 anos', [], { dateOrder: 'DMY' })).toEqual({ date: { text: '28/05/2024 15h42', updated: false } });
    for (const line of ['Updated an hour ago', '/ in 5 years', 'hace 3 horas', 'il y a 2 jours', 'vor 5 Minuten', '3 ore fa', '2 часа назад', '5 хвилин тому', '3 saat önce']) expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
  });

  it('reads the paper named as its own author as no author, and a dash before the photo label as no part of the caption', () => {
    expect(readFactLine('Por g1', ['g1'], {})).toEqual({ chrome: true });
    expect(readFactLine('Manifestantes em frente ao Parlamento, em Tbilisi — Foto: Irakli Gedenidze/Reuters', [], {})).toEqual({
      caption: 'Manifestantes em frente ao Parlamento, em Tbilisi',
      credit: 'Irakli Gedenidze/Reuters',
    });
  });
});

describe('a Turkish date line with the publication and the update', () => {
  it('reads `Giriş Tarihi: … Son Güncelleme: …` as the date and its update', () => {
    expect(readFactLine('Giriş Tarihi: 28.05.2024 15:42 Son Güncelleme: 28.05.2024 18:10', [], { dateOrder: 'DMY' })).toEqual({ date: { text: '28.05.2024 15:42', updated: false }, update: '28.05.2024 18:10' });
  });
});

describe('a header in the layout of Euractiv', () => {
  it('reads `By Name | Outlet.com` as the names, `Est. 3min` and the kind of article as chrome', () => {
    expect(readFactLine('By Aleksandra Krzysztoszek | Euractiv.com', [], {})).toEqual({ authors: ['Aleksandra Krzysztoszek'] });
    // Past the bar, anything but a web address makes it no byline.
    expect(readFactLine('By Aleksandra Krzysztoszek | with more to come', [], {})).toBeUndefined();
    for (const line of ['Est. 3min', 'News', 'Analysis']) expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
    expect(readDateline('NEWS: The parliament voted.', {})).toBeUndefined();
  });

  it('takes `Read more with <outlet>` with no colon for the heading of the page\'s lists', () => {
    expect(read('Parliament overrides the veto\n28-05-2024\nThe parliament voted.\nRead more with Euractiv\nEU leaders warn Georgia over the law\n').body).toEqual(['The parliament voted.']);
  });
});

describe('a two-word kicker over a long headline (ABC)', () => {
  const headline = 'El Parlamento georgiano tumba el veto de la presidenta a la ley de agentes extranjeros';
  it('takes the headline of 15 words for the title when a longer standfirst follows it', () => {
    expect(read(`ABC Internacional\n${headline}\nBruselas advierte de que la norma es incompatible con la aspiración de Tiflis de entrar en la UE\n28/05/2024 18:10\nEl Parlamento ha tumbado el veto.\n`).title).toBe(headline);
  });

  it('keeps a two-word headline over its long standfirst the title', () => {
    expect(read('Georgia votes\nParliament backs the bill in a third reading despite weeks of protests in the capital and abroad\n8 March 2019\nThe parliament voted.\n').title).toBe('Georgia votes');
  });
});

describe('a caption over the agency\'s name alone (ABC: the caption, then `EFE`)', () => {
  const caption = 'Manifestantes ante el Parlamento de Georgia, este martes en Tiflis';
  const header = (credit: string) => `El Parlamento georgiano tumba el veto\nBruselas advierte de que la norma es incompatible con la aspiración de Tiflis\n${caption}\n${credit}\nRafael M. Mañueco\n28/05/2024 18:10\nEl Parlamento ha tumbado el veto.\n`;
  it.each([['EFE', 'EFE'], ['REUTERS', 'REUTERS'], ['AFP', 'AFP'], ['AP', 'AP'], ['dpa', 'dpa'], ['EPA-EFE', 'EPA-EFE'], ['Foto: EFE', 'EFE']])('reads the line over `%s`, under the standfirst, as the caption', (line, credit) => {
    expect(read(header(line))).toMatchObject({ caption, credit, authors: ['Rafael M. Mañueco'], body: ['Bruselas advierte de que la norma es incompatible con la aspiración de Tiflis', 'El Parlamento ha tumbado el veto.'] });
  });

  it('reads a caption and the agency under the date, over the text', () => {
    expect(read('Parliament overrides the veto on the foreign agents law\n28 May 2024\n2 Min Read\nProtesters outside parliament in Tbilisi on Tuesday\nAFP\nThe parliament voted on Tuesday.\n')).toMatchObject({ caption: 'Protesters outside parliament in Tbilisi on Tuesday', credit: 'AFP', body: ['The parliament voted on Tuesday.'] });
  });

  it('keeps one word under the standfirst, over the date, the agency that wrote the story (Haaretz)', () => {
    const header = read("Georgia's Parliament Overrides President's Veto of 'Foreign Agents' Law\nThe law, which critics say mirrors Russian legislation, has drawn weeks of protests\nAFP\n28 May 2024\nThe parliament voted on Tuesday.\n");
    expect(header).toMatchObject({ caption: undefined, credit: undefined, body: ['The law, which critics say mirrors Russian legislation, has drawn weeks of protests', 'The parliament voted on Tuesday.'] });
    // The agency's initials beside the date are its byline, as on the date's own line (`AFP / Updated: …`), never a place.
    expect(header).toMatchObject({ authors: ['AFP'], dateline: undefined });
  });

  it('takes no place line under the byline for the caption of a labelled agency, which is the photo\'s credit alone', () => {
    const header = read('Georgia Votes in a Tense Election\nBy Anna Holt\nTbilisi\nPhoto: Reuters\nGeorgians vote on Saturday in an election the opposition calls a referendum on Europe.\n26 October 2024\n');
    expect(header).toMatchObject({ title: 'Georgia Votes in a Tense Election', caption: undefined, credit: 'Reuters' });
  });

  it('takes no paragraph of the text for a caption: an agency signing off the text stays with it', () => {
    const header = read('Parliament overrides the veto\n28 May 2024\nThe parliament voted on Tuesday.\nThe opposition walked out before the vote.\nAA\n');
    expect(header).toMatchObject({ caption: undefined, body: ['The parliament voted on Tuesday.', 'The opposition walked out before the vote.', 'AA'] });
  });
});

describe('a header in the layout of Daily Sabah', () => {
  it('reads the paper\'s own byline with its agency in capitals as no author', () => {
    expect(readFactLine('DAILY SABAH WITH AFP', ['Daily Sabah'], {})).toEqual({ chrome: true });
    expect(readNames('Nino Kiknadze with AFP')).toEqual({ authors: ['Nino Kiknadze'] });
  });

  it('reads an agency\'s own photo after the caption\'s sentence as the credit', () => {
    expect(readFactLine('Protesters wave flags outside the parliament in Tbilisi, Georgia, May 28, 2024. (AFP Photo)', [], {})).toMatchObject({
      caption: 'Protesters wave flags outside the parliament in Tbilisi, Georgia, May 28, 2024.',
      credit: 'AFP',
    });
    // A sentence with a bracket that names no agency is no caption.
    expect(readFactLine('The ministry released the picture on Tuesday. (archive photo)', [], {})).toBeUndefined();
  });

  it('takes the paper\'s newsletter promo under the text for the page\'s', () => {
    expect(read('Parliament overrides the veto\n28 May 2024\nThe parliament voted on Tuesday.\nDAILY SABAH NEWSLETTER\nKeep up to date with what’s happening in Türkiye.\nSUBSCRIBE\n').body).toEqual([
      'The parliament voted on Tuesday.',
    ]);
  });
});

describe('a page in the layout of the Times of Israel', () => {
  it('takes the share bar\'s last button and the plea for members under the text for the page\'s', () => {
    expect(readFactLine('More sharing options', [], {})).toEqual({ chrome: true });
    expect(read('Parliament overrides the veto\n28 May 2024, 5:02 pm\nThe parliament voted on Tuesday.\nYou’re a dedicated reader\nThat’s why we started the paper ten years ago.\nJoin Our Community\n').body).toEqual([
      'The parliament voted on Tuesday.',
    ]);
  });
});

describe('a page in the layout of the Hindu', () => {
  it('reads the update line\'s place after a dash, but no agency\'s initials there', () => {
    expect(readFactLine('Updated - May 28, 2024 09:52 pm IST - TBILISI', [], { languages: ['en'] })).toMatchObject({ date: { text: 'May 28, 2024 09:52 pm IST', updated: true }, dateline: 'TBILISI' });
    expect(readFactLine('May 28, 2024 09:52 pm IST - AFP', [], { languages: ['en'] })?.dateline).toBeUndefined();
  });

  it('reads the agency between the date and the buttons as the author, and the caption before `| Photo Credit:`', () => {
    const header = read('Parliament overrides the veto\nUpdated - May 28, 2024 09:52 pm IST - TBILISI\nReuters\nREAD LATER\nPRINT\nProtesters rally in Tbilisi on May 28, 2024. | Photo Credit: Reuters\nThe parliament voted on Tuesday.\n');
    expect(header).toMatchObject({ authors: ['Reuters'], caption: 'Protesters rally in Tbilisi on May 28, 2024.', credit: 'Reuters', body: ['The parliament voted on Tuesday.'] });
    // A one-word line under the date with text below it is the text's.
    expect(read('Parliament overrides the veto\nMay 28, 2024\nBreaking\nThe parliament voted on Tuesday.\n').authors).toEqual([]);
  });
});

// Session 12's outlets in Spanish (RTVE, Clarín, Infobae), each read wrong before.
describe('Spanish-language outlets (RTVE, Clarín, Infobae)', () => {
  const es = (text: string, mastheads: string[] = []) => readGenericLayout(text.split('\n'), mastheads, { dateOrder: 'DMY', languages: ['es'] });
  it('reads a time followed by `h.` as the date\'s time, and `Actualizado` with it as the update', () => {
    expect(es('La ley electoral\n28.05.2024 | 15:42 h.\nActualizado 28.05.2024 | 18:05 h.\nEl Parlamento votó.\n')).toMatchObject({
      date: { text: '28.05.2024 | 15:42 h.' },
      updated: { text: '28.05.2024 | 18:05 h.' },
      body: ['El Parlamento votó.'],
    });
  });

  it('takes the paper\'s own byline with the agencies for no author, and the word under it for the place', () => {
    const read = es('El Parlamento aprueba la reforma electoral\nRTVE.es / AGENCIAS\nTiflis\n28.05.2024 | 15:42 h.\nEl Parlamento votó.\n', ['RTVE']);
    expect(read).toMatchObject({ authors: [], dateline: 'Tiflis', body: ['El Parlamento votó.'] });
  });

  it('reads the agency first after a caption with no full stop, or in brackets', () => {
    expect(readFactLine('Diputados en el pleno, en Tiflis EFE/Zurab Kurtsikidze', [], {})).toEqual({ caption: 'Diputados en el pleno, en Tiflis', credit: 'EFE/Zurab Kurtsikidze' });
    expect(readFactLine('Manifestantes en Tiflis (REUTERS/Irakli Gedenidze)', [], {})).toEqual({ caption: 'Manifestantes en Tiflis', credit: 'REUTERS/Irakli Gedenidze' });
  });

  it('takes a headline of 15 words under a four-word kicker for the title when a standfirst sentence follows it', () => {
    const headline = 'El Parlamento de Georgia aprobó una reforma electoral y la oposición salió a la calle';
    const text = `Mundo\nCrisis en el Cáucaso\n${headline}\nLa nueva ley sube al 5% el piso para entrar a la Cámara. La presidenta anticipó que no la firmará.\nPor\nMartina Sosa\nCorresponsal en Europa\n28/05/2024 15:42\nActualizado al 28/05/2024 18:05\nEl Parlamento votó.\n`;
    expect(es(text)).toMatchObject({ title: headline, authors: ['Martina Sosa'], updated: { text: '28/05/2024 18:05' } });
    expect(es(text).body).toEqual(['La nueva ley sube al 5% el piso para entrar a la Cámara. La presidenta anticipó que no la firmará.', 'El Parlamento votó.']);
  });

  it('leaves `Mirá también` and `Seguir leyendo:` with their links out of the body', () => {
    const text = 'La reforma electoral\n28/05/2024 15:42\nEl Parlamento votó.\nMirá también\nMiles de personas protestan en Tiflis contra la ley\nLa presidenta no firmará.\nSeguir leyendo:\nLa UE advierte a Georgia por la ley\nÚltimas Noticias\n';
    expect(es(text).body).toEqual(['El Parlamento votó.', 'La presidenta no firmará.']);
  });
});

// La Stampa: an update's time alone under the date, the caption over a text that opens with `TBILISI.`.
describe('La Stampa', () => {
  const it_ = (text: string) => readGenericLayout(text.split('\n'), [], { languages: ['it'] });
  const text = 'Georgia, il Parlamento approva la riforma\nGiulia Ferri\n28 Maggio 2024 alle 15:42\naggiornato alle 18:05\nManifestanti davanti al Parlamento a Tbilisi (Ansa)\nTBILISI. Il Parlamento ha approvato la riforma.\nLa presidente non firmerà.\n';
  it('reads an update\'s time alone as the update, and the caption over a text that opens with a dateline', () => {
    expect(it_(text)).toMatchObject({
      date: { text: '28 Maggio 2024 alle 15:42' },
      updated: { text: '18:05' },
      caption: 'Manifestanti davanti al Parlamento a Tbilisi',
      credit: 'Ansa',
      dateline: 'TBILISI',
      body: ['TBILISI. Il Parlamento ha approvato la riforma.', 'La presidente non firmerà.'],
    });
  });

  it('reads a place in capitals and a full stop as a dateline, not a word in capitals inside a sentence', () => {
    expect(readDateline('TBILISI. Il Parlamento ha approvato la riforma.', {})).toEqual({ place: 'TBILISI', date: undefined });
    expect(readDateline('Il Parlamento della NATO. Poi il voto.', {})).toBeUndefined();
  });

  it('keeps a title with an agency in brackets the title, over a text that opens with a dateline', () => {
    expect(it_('Scontri davanti al Parlamento di Tbilisi (Ansa)\nTBILISI. Il Parlamento ha approvato la riforma.\n28 Maggio 2024\n').title).toBe('Scontri davanti al Parlamento di Tbilisi (Ansa)');
  });
});

// il Fatto Quotidiano (the section, the byline and the date on one line; the plea for support under the text) and
// Rai News (the photo's text alternative over the same words with the credit after a dash).
describe('il Fatto Quotidiano and Rai News', () => {
  const it_ = (text: string) => readGenericLayout(text.split('\n'), [], { languages: ['it'] });
  it('reads `Section | Di Name | date` as the byline and the date, the section left out', () => {
    expect(readFactLine('Mondo | Di Luca Marchetti | 28 Maggio 2024', [], { languages: ['it'] })).toEqual({ authors: ['Luca Marchetti'], date: { text: '28 Maggio 2024', updated: false }, dateline: undefined });
  });

  it('leaves the plea for support under the text, and what follows it, out of the body', () => {
    const text = 'Georgia, passa la riforma\nDi Luca Marchetti | 28 Maggio 2024\nIl Parlamento ha votato.\nLa presidente non firmerà.\nSostieni ilfattoquotidiano.it: mai come in questo momento abbiamo bisogno del tuo aiuto.\nGrazie,\nPeter Gomez\n';
    expect(it_(text)).toMatchObject({ authors: ['Luca Marchetti'], body: ['Il Parlamento ha votato.', 'La presidente non firmerà.'] });
  });

  it('reads the words printed twice, the second time with a credit after a dash, as the caption', () => {
    const text = 'Georgia, approvata la legge elettorale\nManifestanti davanti al Parlamento a Tbilisi\nManifestanti davanti al Parlamento a Tbilisi - Ansa\n28 maggio 2024\nIl Parlamento ha votato.\n';
    expect(it_(text)).toMatchObject({ caption: 'Manifestanti davanti al Parlamento a Tbilisi', credit: 'Ansa', body: ['Il Parlamento ha votato.'] });
  });
});

// Estadão (`Atualização:`, `Continua após a publicidade` between paragraphs, `Tudo Sobre` over the tags) and RTP
// (`Name - RTP`: the newsroom after a dash).
describe('Estadão and RTP', () => {
  const pt = (text: string) => readGenericLayout(text.split('\n'), [], { dateOrder: 'DMY', languages: ['pt'] });
  it('reads `Atualização:` as the update, and leaves the advertisement label and the tags out of the body', () => {
    const text = 'Parlamento da Geórgia aprova reforma eleitoral\nPor Ana Ribeiro\n28/05/2024 | 10h42\nAtualização: 28/05/2024 | 13h05\nO Parlamento aprovou a reforma.\nContinua após a publicidade\nA presidente não vai sancionar a lei.\nTudo Sobre\nGeórgia [Ásia]\nEuropa\n';
    expect(pt(text)).toMatchObject({ updated: { text: '28/05/2024 | 13h05' }, body: ['O Parlamento aprovou a reforma.', 'A presidente não vai sancionar a lei.'] });
  });

  it('reads the newsroom after a dash as no author and no place', () => {
    expect(readNames('Ana Sousa - RTP')).toEqual({ authors: ['Ana Sousa'], dateline: undefined });
    expect(readNames('Ana Sousa - Lusa')).toEqual({ authors: ['Ana Sousa'], dateline: undefined });
  });
});

// Novaya Gazeta (the author and a line about her under the text, over the plea for donations), Fontanka (`ПО ТЕМЕ`
// between paragraphs, the author's name over `© Фонтанка.Ру` and the comments counter) and Gazeta.Ru (`Что думаешь?`).
describe('Russian outlets: the author under the text', () => {
  const ru = (text: string) => readGenericLayout(text.split('\n'), [], { dateOrder: 'DMY', languages: ['ru'] });
  const top = 'Парламент Грузии преодолел вето\n28 мая 2024, 15:42\nПарламент проголосовал.\nОппозиция покинула зал.\n';
  it('reads the name over a line about the author, over the plea for donations, as the byline', () => {
    expect(ru(`${top}Ирина Петрова\nкорреспондент «Новой газеты»\nПоддержите «Новую газету»\nКаждое ваше пожертвование помогает нам.\n`)).toMatchObject({
      authors: ['Ирина Петрова'],
      body: ['Парламент проголосовал.', 'Оппозиция покинула зал.'],
    });
  });

  it('reads the name over the page\'s chrome as the byline, not the start of a menu', () => {
    expect(ru(`${top}ПО ТЕМЕ\nВ Тбилиси прошла многотысячная акция протеста\nЕвросоюз предупреждал.\nАнна Смирнова\n© Фонтанка.Ру\nКомментарии\n12\n`)).toMatchObject({
      authors: ['Анна Смирнова'],
      body: ['Парламент проголосовал.', 'Оппозиция покинула зал.', 'Евросоюз предупреждал.'],
    });
  });

  it('leaves the prompt over the comments out of the body', () => {
    expect(ru(`${top}Подписывайтесь на «Газету.Ru» в Дзен и Telegram.\nЧто думаешь?\nНовости\n`).body).toEqual(['Парламент проголосовал.', 'Оппозиция покинула зал.']);
  });
});

// NV (`Теги: …` and `Читайте нас у Telegram` under the text) and Sözcü (`Google News'te Sözcü'ye abone olun`).
describe('NV and Sözcü: the page\'s lines under the text', () => {
  it('leaves Ukrainian tags after a colon and the call to read the paper on a messenger out of the body', () => {
    const text = 'Парламент Грузії подолав вето\n28 травня 2024, 15:42\nПарламент проголосував.\nЗурабішвілі звернеться до суду.\nТеги: Грузія ЄС\nЧитайте нас у Telegram\n';
    expect(readGenericLayout(text.split('\n'), [], { languages: ['uk'] }).body).toEqual(['Парламент проголосував.', 'Зурабішвілі звернеться до суду.']);
  });

  it('leaves the call to follow the paper on Google News out of the body', () => {
    const text = "Gürcistan'da parlamento vetoyu aştı\nYayınlanma: 28.05.2024 - 15:42\nParlamento vetoyu aştı.\nZurabişvili mahkemeye gidecek.\nGoogle News'te Sözcü'ye abone olun\n";
    expect(readGenericLayout(text.split('\n'), [], { dateOrder: 'DMY', languages: ['tr'] }).body).toEqual(['Parlamento vetoyu aştı.', 'Zurabişvili mahkemeye gidecek.']);
  });
});

// NEWS.am (`Region:` and `Theme:` under the date, the typo plea under the text) and APA (`Baku. Name – APA` over the date).
describe('NEWS.am and APA', () => {
  it('leaves the labelled region and theme under the date and the typo plea under the text out of the body', () => {
    const text = 'Georgia parliament overrides presidential veto\n15:42, 28.05.2024\nRegion: Georgia\nTheme: Politics\nThe parliament voted.\nThe opposition left.\nIf you find a typo, select it and press Ctrl + Enter\nFollow NEWS.am on Telegram\n';
    expect(read(text)).toMatchObject({ date: { text: '15:42, 28.05.2024' }, body: ['The parliament voted.', 'The opposition left.'] });
  });

  it('reads a place and a full stop before the names and the agency after a dash as the dateline and the byline', () => {
    expect(readNames('Baku. Ruslan Aliyev – APA')).toEqual({ authors: ['Ruslan Aliyev'], dateline: 'Baku' });
    // Without the agency after a dash, a word and a full stop before a name may be a title or a sentence's end.
    expect(readNames('Prof. Ruslan Aliyev')).toBeUndefined();
  });
});

describe('a header in the layout of the Telegraph', () => {
  it('reads a bullet between the date and the time, `27 October 2024 • 3:42pm`', () => {
    expect(readFactLine('27 October 2024 • 3:42pm', [], { languages: ['en'] })).toEqual({ date: { text: '27 October 2024 • 3:42pm', updated: false } });
  });

  it('reads the reporter\'s job after the names and a comma as no name', () => {
    expect(readFactLine('By Roland Oliphant, Senior Foreign Correspondent', [], {})?.authors).toEqual(['Roland Oliphant']);
    expect(readFactLine('By Jane Doe, Europe Editor, and John Roe, Moscow Correspondent', [], {})?.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(readFactLine('Von Katharina Berger, Korrespondentin', [], {})?.authors).toEqual(['Katharina Berger']);
    // Two names stay two names.
    expect(readFactLine('By Jane Doe, John Roe', [], {})?.authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('takes the gift button and the comments\' heading under the text for the page\'s', () => {
    expect(readFactLine('Gift this article free', [], {})).toEqual({ chrome: true });
    expect(read('Georgia\'s ruling party claims victory\n27 October 2024 • 3:42pm\nThe party won.\nThe opposition protested.\nJoin the conversation\nShow comments\n').body).toEqual(['The party won.', 'The opposition protested.']);
  });
});

describe('a header in the layout of the Financial Times', () => {
  it('reads each reporter\'s place in a byline without `By`, the first the dateline', () => {
    expect(readNames('Polina Ivanova in Tbilisi and Max Seddon in Riga')).toEqual({ authors: ['Polina Ivanova', 'Max Seddon'], dateline: 'Tbilisi' });
    expect(readNames('Andrew Roth in Moscow')).toEqual({ authors: ['Andrew Roth'], dateline: 'Moscow' });
    expect(readNames('Benoît Vitkine (Moscou, correspondant)')).toEqual({ authors: ['Benoît Vitkine'], dateline: undefined });
  });

  it('takes the newsletter box over the text and `Print this page` for the page\'s', () => {
    for (const line of ['Print this page', 'Unlock the Editor’s Digest for free', 'Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter.']) expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
  });
});

describe('a header in the layout of the Economist', () => {
  it('takes the audio offer between the date and the text, and the print edition\'s note, for the page\'s', () => {
    for (const line of ['Listen to this story.', 'Enjoy more audio and podcasts on iOS or Android.', 'Save time by listening to our audio articles as you multitask', 'OK', 'This article appeared in the Europe section of the print edition under the headline "Caucasian drift"']) {
      expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
    }
    expect(read('Georgia turns its back on Europe\nMay 16th 2024|Tbilisi\nListen to this story.\nEnjoy more audio and podcasts on iOS or Android.\nOK\nFOR WEEKS the avenue has been packed.\nThe law passed. ■\nThis article appeared in the Europe section of the print edition under the headline "Caucasian drift"\nEurope\n').body).toEqual(['FOR WEEKS the avenue has been packed.', 'The law passed. ■']);
  });
});

describe('headers in the layouts of NPR and USA Today', () => {
  it('reads the programme a story was heard on, the caption\'s buttons and `Sponsor Message` as the page\'s', () => {
    for (const line of ['Heard on Morning Edition', 'Heard on All Things Considered', 'Enlarge this image', 'toggle caption', 'hide caption', 'Sponsor Message']) expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
  });

  it('reads an agency\'s credit with the service it came through, under its caption or after a comma in capitals', () => {
    expect(read('Parliament overrides the veto\nMay 28, 2024\nRob Schmitz\nProtesters outside the parliament on Tuesday.\nGiorgi Arjevanidze/AFP via Getty Images\nhide caption\nThe parliament voted.\n')).toMatchObject({
      caption: 'Protesters outside the parliament on Tuesday.',
      credit: 'Giorgi Arjevanidze/AFP via Getty Images',
      body: ['The parliament voted.'],
    });
    expect(readFactLine('Protesters in Tbilisi on May 28, 2024. Giorgi Arjevanidze, AFP via Getty Images', [], {})).toEqual({
      caption: 'Protesters in Tbilisi on May 28, 2024.',
      credit: 'Giorgi Arjevanidze, AFP via Getty Images',
    });
    // A sentence that ends in a name and a place is no caption.
    expect(readFactLine('The vote was held on Tuesday. Nino Beridze, Tbilisi', [], {})).toBeUndefined();
  });
});

describe('headers in the layouts of Voice of America, Axios and The Times', () => {
  it('reads the paper\'s initials and a word as its own newsroom, no author, and never takes `By` for a name', () => {
    expect(readFactLine('By VOA News', ['Voice of America'], {})).toEqual({ chrome: true });
    // Under another paper's name it is the newsroom that wrote the story, as `By Reuters` is.
    expect(readFactLine('By VOA News', ['The Times'], {})?.authors).toEqual(['VOA News']);
    expect(readGenericLayout('Parliament Overrides Veto\nMay 28, 2024 9:42 AM\nBy ABC Newsroom Staff\nThe parliament voted.\n'.split('\n'), [], { languages: ['en'] }).authors).toEqual([]);
  });

  it('reads the section after the date past a dash as no dateline, and `Go deeper: <headline>` as a link', () => {
    expect(readFactLine('May 14, 2024 - World', [], { languages: ['en'] })).toEqual({ date: { text: 'May 14, 2024', updated: false } });
    expect(read('Georgia passes the law\nMay 14, 2024 - World\nThe parliament voted.\nGo deeper: Georgia\'s crisis, explained\n').body).toEqual(['The parliament voted.']);
  });

  it('reads the photo\'s caption and credit printed above the section and the headline', () => {
    expect(read('Protesters outside the parliament in Tbilisi on Tuesday\nIRAKLI GEDENIDZE/REUTERS\nWORLD | EUROPE\nGeorgia defies West with law on foreign agents\nTom Parfitt, Moscow Correspondent\nTuesday May 28 2024, 5.00pm BST\nGeorgia’s parliament has defied mass protests.\n')).toMatchObject({
      title: 'Georgia defies West with law on foreign agents',
      caption: 'Protesters outside the parliament in Tbilisi on Tuesday',
      credit: 'IRAKLI GEDENIDZE/REUTERS',
      authors: ['Tom Parfitt'],
      body: ['Georgia’s parliament has defied mass protests.'],
    });
    // A title over a credit with the text right under it stays the title.
    expect(read('Parliament overrides the veto\nIRAKLI GEDENIDZE/REUTERS\nMay 28, 2024\nThe parliament voted.\n').title).toBe('Parliament overrides the veto');
  });
});

describe('layouts of the taz, the Tagesspiegel, ORF and SRF', () => {
  const german = { dateOrder: 'DMY', languages: ['de'] } as const;
  it('reads `BERLIN taz |` opening the text as its dateline, and `APA/AFP/Name` as none', () => {
    expect(readDateline('BERLIN taz | Das georgische Parlament hat das Veto überstimmt.', german)).toEqual({ place: 'BERLIN', date: undefined });
    expect(readDateline('APA/AFP/Giorgi Arjevanidze', german)).toBeUndefined();
  });

  it('reads `Jetzt teilen:`, `red, ORF.at/Agenturen` and `Publiziert am` as the page\'s and a date\'s label', () => {
    for (const line of ['Jetzt teilen:', 'red, ORF.at/Agenturen']) expect(readFactLine(line, [], german), line).toEqual({ chrome: true });
    expect(readFactLine('Publiziert am 28.05.2024 18:42', [], german)).toEqual({ date: { text: '28.05.2024 18:42', updated: false } });
  });

  it('reads SRF\'s labelled caption with its credit, and its programme and sources around the date', () => {
    expect(readFactLine('Legende: Vor dem Parlament protestierten Tausende. Reuters/Irakli Gedenidze', [], german)).toEqual({ caption: 'Vor dem Parlament protestierten Tausende.', credit: 'Reuters/Irakli Gedenidze' });
    expect(readFactLine('SRF 4 News, 28.05.2024, 17:00 Uhr ; sda/dpa/heis', ['SRF'], german)).toEqual({ date: { text: '28.05.2024, 17:00 Uhr', updated: false } });
  });
});

describe('layouts of L\'Express, Ouest-France, RFI and 20 Minutes', () => {
  const french = { dateOrder: 'DMY', languages: ['fr'] } as const;
  it('reads an agency alone after the caption\'s sentence, and a credit past a bar', () => {
    expect(readFactLine('Des manifestants devant le Parlement, le 28 mai 2024. AFP', [], french)).toEqual({ caption: 'Des manifestants devant le Parlement, le 28 mai 2024.', credit: 'AFP' });
    expect(readFactLine('Des manifestants à Tbilissi, mardi 28 mai 2024. | GIORGI ARJEVANIDZE / AFP', [], french)).toEqual({ caption: 'Des manifestants à Tbilissi, mardi 28 mai 2024.', credit: 'GIORGI ARJEVANIDZE / AFP' });
  });

  it('reads `Texte par : RFI` on RFI\'s page as its own byline, `Écouter`, `2 mn` and `Notre dossier sur …` as the page\'s', () => {
    expect(readFactLine('Texte par : RFI', ['RFI'], french)).toEqual({ chrome: true });
    expect(readFactLine('Texte par : Anne Martin', [], french)?.authors).toEqual(['Anne Martin']);
    for (const line of ['Écouter', '2 mn', 'Notre dossier sur la Géorgie']) expect(readFactLine(line, [], french), line).toEqual({ chrome: true });
    expect(readGenericLayout('Le Parlement passe outre le veto\n28/05/2024 à 17h42\nLe Parlement a voté.\nNotre dossier sur la Géorgie\nL’Union européenne a réagi.\nSur le même sujet\nGéorgie : la présidente oppose son veto\n'.split('\n'), [], french).body).toEqual(['Le Parlement a voté.', 'L’Union européenne a réagi.']);
  });
});

describe('an agency after a caption, not a zone after a time', () => {
  it('reads `May 14, 2024 at 1:35 p.m. EDT` as a date, not a caption and its credit', () => {
    expect(readFactLine('May 14, 2024 at 1:35 p.m. EDT', [], { languages: ['en'] })).toEqual({ date: { text: 'May 14, 2024 at 1:35 p.m. EDT', updated: false } });
  });
});

describe('a Georgian page\'s tags under the text (On.ge)', () => {
  it('reads `თეგები:` ("tags") over the tags as the start of the page\'s lists', () => {
    expect(readGenericLayout('პარლამენტმა ვეტო დაძლია\n28 მაისი, 2024\nპარლამენტმა ვეტო დაძლია.\nპარლამენტთან ათასობით ადამიანი შეიკრიბა.\nთეგები:\nპარლამენტი\nვეტო\n'.split('\n'), [], { dateOrder: 'DMY', languages: ['ka'] }).body).toEqual(['პარლამენტმა ვეტო დაძლია.', 'პარლამენტთან ათასობით ადამიანი შეიკრიბა.']);
  });
});

describe('a list heading above the article\'s first paragraph', () => {
  it('keeps the text under `Related Topics` and its tags printed between the date and the text', () => {
    expect(read('Georgia’s ruling party claims victory\nBy Roland Oliphant\n27 October 2024 • 3:42pm\nRelated Topics\nGeorgia\nRussia\nThe party claimed a fourth term.\nThousands gathered on Sunday night.\n').body).toEqual(['The party claimed a fourth term.', 'Thousands gathered on Sunday night.']);
  });
});

describe('the FT\'s `Recommended` link between paragraphs', () => {
  it('leaves the heading and its headline out of the body, and keeps the text after it', () => {
    expect(read('Georgia’s central bank governor resigns\nPolina Ivanova in Tbilisi\nPublished June 4 2024\nThe governor has resigned.\nRecommended\nGeorgia’s ruling party moves closer to Moscow\nThe bank was the last institution that markets trusted, said one fund manager.\n').body).toEqual(['The governor has resigned.', 'The bank was the last institution that markets trusted, said one fund manager.']);
  });
});

describe('a page in the layout of the Straits Times', () => {
  it('reads a place in capitals and a dash opening the text as the dateline', () => {
    expect(readDateline('TBILISI - Georgia’s parliament on May 28 overrode a presidential veto.', {})).toEqual({ place: 'TBILISI', date: undefined });
    expect(readDateline('UPDATE - The vote was moved to Tuesday.', {})).toBeUndefined();
  });

  it('takes the agency that signs off the text for its author when no byline names one, and the channel promo for the page\'s', () => {
    const text = 'Parliament overrides the veto\nMay 28, 2024, 10:12 PM\nTBILISI - The parliament voted on Tuesday.\nThe EU has said the law is incompatible with membership. REUTERS\nJoin ST\'s Telegram channel and get the latest breaking news delivered to you.\n';
    expect(read(text)).toMatchObject({ authors: ['REUTERS'], dateline: 'TBILISI', body: ['TBILISI - The parliament voted on Tuesday.', 'The EU has said the law is incompatible with membership. REUTERS'] });
    // A byline's name stays the only author; a last sentence that ends in an acronym's full stop signs nothing.
    expect(read(text.replace('May 28, 2024, 10:12 PM\n', 'By Anna Holt\nMay 28, 2024, 10:12 PM\n')).authors).toEqual(['Anna Holt']);
    expect(read(text.replace('membership. REUTERS', 'membership, said the EU.')).authors).toEqual([]);
  });
});

describe('a page in the layout of CBC News', () => {
  const standfirst = 'Critics say the law mirrors Russian legislation used to crack down on dissent';
  it('reads an agency of three words between the standfirst and the date as the author, and the share label and footer links as the page\'s', () => {
    const text = `Parliament overrides the veto on the law\n${standfirst}\nThe Associated Press\nPosted: May 28, 2024 10:17 AM EDT\nSocial Sharing\nThe parliament voted on Tuesday.\nCorrections and clarifications|Submit a news tip|\n`;
    expect(read(text)).toMatchObject({ authors: ['The Associated Press'], body: [standfirst, 'The parliament voted on Tuesday.'] });
    // Under a short standfirst, such a line may be the title's second part: no author.
    expect(read(text.replace(standfirst, 'Critics protest')).authors).toEqual([]);
  });
});

// Session 13's outlets from German, French, Italian, Spanish and Portuguese pages, each read wrongly
// at first (their goldens are in importer-golden.test.ts).
describe('German-language pages: Handelsblatt, Stern, Deutschlandfunk, Kurier, Tages-Anzeiger', () => {
  const german = { dateOrder: 'DMY', languages: ['de'] } as const;
  const places = new Set(['Tbilisi', 'Tiflis']);
  it('reads a known place and a full stop opening a paragraph as the dateline, not a headline that opens so', () => {
    expect(readDateline('Tiflis, Brüssel. Das georgische Parlament hat das Veto überstimmt.', { places })).toEqual({ place: 'Tiflis, Brüssel', date: undefined });
    expect(readDateline('Tiflis. Das georgische Parlament hat das Veto überstimmt.', { places })).toEqual({ place: 'Tiflis', date: undefined });
    expect(readDateline('Merkel. Die Kanzlerin meldet sich zu Wort.', { places })).toBeUndefined();
    // An ordinal before a known place is no dateline's (a newsletter's list of points: `Second, Tbilisi.`).
    expect(readDateline('Second, Tbilisi. The mayor\'s race is the only one an opposition candidate may win.', { places })).toBeUndefined();
    expect(readDateline('Tiflis. Passa la legge sugli agenti stranieri', { places })).toBeUndefined();
  });

  it('reads the photo credits `© APA/AFP/NAME`, `Foto: Name (AFP)` and `(picture alliance / AP / Name)`', () => {
    expect(readFactLine('© APA/AFP/GIORGI ARJEVANIDZE', [], german)).toEqual({ credit: 'APA/AFP/GIORGI ARJEVANIDZE' });
    expect(readFactLine('Foto: Giorgi Arjevanidze (AFP)', [], german)).toEqual({ credit: 'Giorgi Arjevanidze (AFP)' });
    expect(readFactLine('Demonstranten vor dem Parlament in Tiflis (picture alliance / AP / Zurab Tsertsvadze)', [], german)).toEqual({ caption: 'Demonstranten vor dem Parlament in Tiflis', credit: 'picture alliance / AP / Zurab Tsertsvadze' });
    // A copyright footer names a year; an aside in brackets has no spaced slashes.
    expect(readFactLine('© 2024 Handelsblatt GmbH/Alle Rechte vorbehalten', [], german)).toEqual({ chrome: true });
    expect(readFactLine('Züge zwischen den Städten (Tiflis/Batumi)', [], german)).toBeUndefined();
  });

  it('reads a caption over a photographer and agency as the caption when the caption is a sentence', () => {
    const header = readGenericLayout('Parlament setzt sich über Veto hinweg\nDie Regierungspartei hat das Gesetz durchgedrückt. In Tiflis kam es zu Protesten.\nPubliziert: 28.05.2024, 17:42\nDemonstrierende vor dem Parlament in Tiflis am Dienstag.\nFoto: Giorgi Arjevanidze (AFP)\nDas Parlament hat das Veto überstimmt.\nDie EU hatte gewarnt.\nFehler gefunden? Jetzt melden.\n'.split('\n'), [], german);
    expect(header).toMatchObject({ caption: 'Demonstrierende vor dem Parlament in Tiflis am Dienstag.', credit: 'Giorgi Arjevanidze (AFP)', body: ['Die Regierungspartei hat das Gesetz durchgedrückt. In Tiflis kam es zu Protesten.', 'Das Parlament hat das Veto überstimmt.', 'Die EU hatte gewarnt.'] });
  });

  it('reads the date in Deutschlandfunk\'s broadcast note under the text, a separator dot and `Mehr: <headline>` as the page\'s', () => {
    expect(readFactLine('Diese Nachricht wurde am 28.05.2024 im Programm Deutschlandfunk gesendet.', [], german)).toEqual({ date: { text: '28.05.2024', updated: false } });
    expect(readFactLine('·', [], german)).toEqual({ chrome: true });
    const header = readGenericLayout('Parlament überstimmt Veto\n28.05.2024 - 17:42 Uhr\nDas Parlament hat das Veto überstimmt.\nDie EU hatte gewarnt.\nMehr: Wie Georgien zwischen Russland und der EU zerrieben wird\n'.split('\n'), [], german);
    expect(header.body).toEqual(['Das Parlament hat das Veto überstimmt.', 'Die EU hatte gewarnt.']);
  });
});

describe('French-language pages: Le Parisien, La Croix, RTS, Radio-Canada', () => {
  const french = { dateOrder: 'DMY', languages: ['fr'] } as const;
  it('reads `Le 28 mai 2024 à 17h42, modifié le …` and `le 28/05/2024 à 17:42` as dates', () => {
    expect(readFactLine('Le 28 mai 2024 à 17h42, modifié le 28 mai 2024 à 19h05', [], french)).toEqual({ date: { text: '28 mai 2024 à 17h42', updated: false }, update: '28 mai 2024 à 19h05' });
    expect(readFactLine('le 28/05/2024 à 17:42', [], french)).toEqual({ date: { text: '28/05/2024 à 17:42', updated: false } });
  });

  it('reads Canadian French times, `11 h 42`, and HAE, as French in Canada calls Eastern summer time', () => {
    expect(readFactLine('Publié le 28 mai 2024 à 11 h 42 HAE', [], french)).toEqual({ date: { text: '28 mai 2024 à 11 h 42 HAE', updated: false } });
    expect(resolvePrintedDate('28 mai 2024 à 11 h 42 HAE', { timeZone: 'America/Toronto', dateOrder: 'DMY', languages: ['fr'] })).toMatchObject({ published: '2024-05-28T11:42:00-04:00', certainty: 'exact' });
  });

  it('reads La Croix\'s byline, its place in brackets and a comma after it, and `Récit` and `Lecture en 3 min.` as the page\'s', () => {
    expect(readNames('Marie Dumont (à Tbilissi),')).toEqual({ authors: ['Marie Dumont'], dateline: 'Tbilissi' });
    for (const line of ['Récit', 'Lecture en 3 min.']) expect(readFactLine(line, [], french), line).toEqual({ chrome: true });
  });

  it('reads a credit in square brackets after the caption, `[Keystone - EPA/Name]` (RTS)', () => {
    expect(readFactLine('Le Parlement a surmonté le veto. [Keystone - EPA/David Mdzinarishvili]', [], french)).toEqual({ caption: 'Le Parlement a surmonté le veto.', credit: 'Keystone - EPA/David Mdzinarishvili' });
  });

  it('ends the text at Le Parisien\'s newsletter box', () => {
    expect(readGenericLayout('Le Parlement passe outre le veto\nLe 28 mai 2024 à 17h42\nLe Parlement a voté.\nL’Union européenne a réagi.\nNewsletter L\'essentiel de l\'actu\nChaque matin, l\'actualité vue par Le Parisien\n'.split('\n'), [], french).body).toEqual(['Le Parlement a voté.', 'L’Union européenne a réagi.']);
  });
});

describe('Italian pages: Il Sole 24 Ore, Avvenire, Il Messaggero', () => {
  const italian = { dateOrder: 'DMY', languages: ['it'] } as const;
  it('reads `Ultimo aggiornamento: 19:05` after the date, `di Redazione Web`, `2\' di lettura` and the audio button as the page\'s', () => {
    expect(readFactLine('Martedì 28 Maggio 2024, 17:42 - Ultimo aggiornamento: 19:05', [], italian)).toEqual({ date: { text: 'Martedì 28 Maggio 2024, 17:42', updated: false }, update: '19:05' });
    for (const line of ['di Redazione Web', '2\' di lettura', 'Ascolta la versione audio dell\'articolo']) expect(readFactLine(line, [], italian), line).toEqual({ chrome: true });
  });

  it('reads a caption with its agency past a dash right over the text (Avvenire), and a headline opening with a place and a full stop as the title', () => {
    const header = readGenericLayout('Georgia. Passa la legge sugli agenti stranieri\nLuca Geronico\nmartedì 28 maggio 2024\nManifestanti a Tbilisi contro la legge - Reuters\nIl Parlamento ha superato il veto.\nBruxelles ha protestato.\n'.split('\n'), [], { ...italian, places: new Set(['Georgia']) });
    expect(header).toMatchObject({ title: 'Georgia. Passa la legge sugli agenti stranieri', authors: ['Luca Geronico'], caption: 'Manifestanti a Tbilisi contro la legge', credit: 'Reuters', body: ['Il Parlamento ha superato il veto.', 'Bruxelles ha protestato.'] });
  });
});

describe('Spanish-language pages: El Confidencial, elDiario.es, La Nación, El Universal', () => {
  const spanish = { dateOrder: 'DMY', languages: ['es'] } as const;
  it('reads the credits `(Reuters/Name)` after the caption and `NAME - AFP` on a line of its own, not `Ana Sousa - RTP`', () => {
    expect(readFactLine('Manifestantes frente al Parlamento en Tiflis. (Reuters/Irakli Gedenidze)', [], spanish)).toEqual({ caption: 'Manifestantes frente al Parlamento en Tiflis.', credit: 'Reuters/Irakli Gedenidze' });
    expect(readFactLine('GIORGI ARJEVANIDZE - AFP', [], spanish)).toEqual({ credit: 'GIORGI ARJEVANIDZE - AFP' });
    expect(readFactLine('Ana Sousa - RTP', [], spanish)?.credit).toBeUndefined();
  });

  it('reads `TIFLIS.-` and `Tiflis.-` opening the text as the dateline', () => {
    expect(readDateline('TIFLIS.- El Parlamento de Georgia anuló hoy el veto.', {})).toEqual({ place: 'TIFLIS', date: undefined });
    expect(readDateline('Tiflis.- El Parlamento de Georgia anuló el veto.', {})).toEqual({ place: 'Tiflis', date: undefined });
  });

  it('reads La Nación\'s credit under its caption as the credit, not the dateline, and its agencies line as no names', () => {
    const header = readGenericLayout('Georgia: el Parlamento anuló el veto\n28 de mayo de 2024 • 12:42\nManifestantes frente al Parlamento georgiano, en Tiflis\nGIORGI ARJEVANIDZE - AFP\nTIFLIS.- El Parlamento de Georgia anuló hoy el veto.\nLa UE advirtió.\nAgencias AFP y Reuters\nConforme a los criterios de\nMás información\n'.split('\n'), [], spanish);
    expect(header).toMatchObject({ authors: [], dateline: 'TIFLIS', caption: 'Manifestantes frente al Parlamento georgiano, en Tiflis', credit: 'GIORGI ARJEVANIDZE - AFP', body: ['TIFLIS.- El Parlamento de Georgia anuló hoy el veto.', 'La UE advirtió.', 'Agencias AFP y Reuters'] });
  });

  it('reads an agency in capitals between a short standfirst and the date as the author, and `Actualizada` as an update', () => {
    const header = readGenericLayout('Parlamento de Georgia anula veto presidencial\nLa oposición acusa al partido gobernante de imitar una ley rusa\nEFE\n28/05/2024 09:42\nActualizada 28/05/2024 11:05\nTiflis.- El Parlamento anuló el veto.\nLa UE advirtió.\nHazte socio\n'.split('\n'), [], spanish);
    expect(header).toMatchObject({ authors: ['EFE'], dateline: 'Tiflis', date: { text: '28/05/2024 09:42' }, updated: { text: '28/05/2024 11:05' }, body: ['La oposición acusa al partido gobernante de imitar una ley rusa', 'Tiflis.- El Parlamento anuló el veto.', 'La UE advirtió.'] });
  });
});

describe('Portuguese-language pages: Diário de Notícias, O Globo, UOL', () => {
  const portuguese = { dateOrder: 'DMY', languages: ['pt'] } as const;
  it('reads `Por AFP — Tbilisi` and `Da AFP, em Tbilisi` as the agency and the dateline', () => {
    expect(readFactLine('Por AFP — Tbilisi', [], portuguese)).toEqual({ authors: ['AFP'], dateline: 'Tbilisi' });
    expect(readFactLine('Da AFP, em Tbilisi', [], portuguese)).toEqual({ authors: ['AFP'], dateline: 'Tbilisi' });
    // The same word opens a place in Italian: `Da Tbilisi` names no author, nor does `Do Rio`.
    for (const line of ['Da Tbilisi', 'Do Rio']) expect(readFactLine(line, [], portuguese), line).toBeUndefined();
  });

  it('reads `DN/Lusa` on the Diário de Notícias\' page as its own byline, `Atualizada em` as an update and `Imagem:` as a photo label', () => {
    expect(readFactLine('DN/Lusa', ['Diário de Notícias'], portuguese)).toEqual({ chrome: true });
    expect(readFactLine('DN/Lusa', [], portuguese)).toBeUndefined();
    expect(readFactLine('Atualizada em 28/05/2024 14h05', [], portuguese)).toEqual({ date: { text: '28/05/2024 14h05', updated: true } });
    expect(readFactLine('Manifestantes em Tbilisi Imagem: Giorgi Arjevanidze/AFP', [], portuguese)).toEqual({ caption: 'Manifestantes em Tbilisi', credit: 'Giorgi Arjevanidze/AFP' });
  });
});

describe('a photo printed above the sections and the headline (Kurier)', () => {
  it('reads the line over the credit as the caption when sections and the headline stand under it, and `Mise à jour` as an update\'s label', () => {
    const header = readGenericLayout('Demonstranten vor dem Parlament in Tiflis\n© APA/AFP/GIORGI ARJEVANIDZE\nPolitik\nAusland\nGeorgien: Parlament überstimmt Veto\nDie Regierungspartei setzt sich über die Präsidentin hinweg.\n28.05.2024, 17:42\nDas Parlament hat das Veto überstimmt.\nDie EU hatte gewarnt.\n'.split('\n'), [], { dateOrder: 'DMY', languages: ['de'] });
    expect(header).toMatchObject({ title: 'Georgien: Parlament überstimmt Veto', caption: 'Demonstranten vor dem Parlament in Tiflis', credit: 'APA/AFP/GIORGI ARJEVANIDZE' });
    expect(readFactLine('Mise à jour 28.05.24, 19:05', [], { dateOrder: 'DMY', languages: ['fr'] })).toEqual({ date: { text: '28.05.24, 19:05', updated: true } });
  });
});

describe('more bylines in the Romance languages', () => {
  it('reads `Por Ana Souza, de Tbilisi` as a name and where it was filed, never `de Tbilisi` as a second name', () => {
    expect(readFactLine('Por Ana Souza, de Tbilisi', [], { languages: ['pt'] })).toEqual({ authors: ['Ana Souza'], dateline: 'Tbilisi' });
    expect(readNames('Ana Souza, de Tbilisi')?.authors ?? []).not.toContain('de Tbilisi');
  });

  it('reads `dal nostro inviato Marco Rossi` as the name, and the newsroom bylines `Par la rédaction avec AFP` and `Por Redação, com agências` as no author', () => {
    expect(readFactLine('dal nostro inviato Marco Rossi', [], { languages: ['it'] })).toEqual({ authors: ['Marco Rossi'] });
    expect(readFactLine('Par la rédaction avec AFP', [], { languages: ['fr'] })).toEqual({ chrome: true });
    expect(readFactLine('Por Redação, com agências', [], { languages: ['pt'] })).toEqual({ chrome: true });
  });
});

describe('the byline and the date under the text, over the most read list', () => {
  it('reads `María López` and `Tiflis, 28 de mayo de 2024 - 17:42 h` over `Lo más leído`, and `Marie Dumont, à Tbilissi` as a name and a place', () => {
    const spanish = readGenericLayout('Georgia aprueba la ley pese al veto\nEl Parlamento ha anulado el veto.\nLa norma salió adelante con 84 votos.\nMaría López\nTiflis, 28 de mayo de 2024 - 17:42 h\nLo más leído\nOtra noticia del día\n'.split('\n'), [], { dateOrder: 'DMY', languages: ['es'] });
    expect(spanish).toMatchObject({ authors: ['María López'], dateline: 'Tiflis', date: { text: '28 de mayo de 2024 - 17:42 h' }, body: ['El Parlamento ha anulado el veto.', 'La norma salió adelante con 84 votos.'] });
    expect(readNames('Marie Dumont, à Tbilissi')).toEqual({ authors: ['Marie Dumont'], dateline: 'Tbilissi' });
  });
});

describe('pages of Georgian outlets in English: Georgian Journal and Democracy & Freedom Watch', () => {
  it('reads a byline under the text over the page\'s share buttons, counters and comment form', () => {
    const text = 'Wine exports to China rise\nWednesday, 29 May 2024 11:20\nGeorgia exported 4.1 million bottles of wine to China.\nChina is now the fourth-largest market.\nBy Nino Kvlividze\nShare on Facebook\nTags: wine, China\nViews: 1532\nComments (0)\nYou must be logged in to post a comment.\n';
    expect(read(text)).toMatchObject({ authors: ['Nino Kvlividze'], body: ['Georgia exported 4.1 million bottles of wine to China.', 'China is now the fourth-largest market.'] });
  });

  it('reads the paper\'s staff as its own byline beside the date, no author', () => {
    expect(readFactLine('By DFWatch staff • Tuesday, 28 May 2024', [], { languages: ['en'] })).toEqual({ authors: [], date: { text: 'Tuesday, 28 May 2024', updated: false } });
    expect(readFactLine('By Times of Israel Staff', [], {})?.authors).toEqual([]);
    // A reporter's name stays a byline.
    expect(readFactLine('By Anna Staff', [], {})?.authors).toEqual(['Anna Staff']);
  });

  it('reads a place in capitals and the newsroom\'s name past a comma and a dash opening the text as the dateline', () => {
    expect(readDateline('TBILISI, DFWatch–Hundreds of farmers blocked the highway.', {})).toEqual({ place: 'TBILISI', date: undefined });
    expect(readDateline('TBILISI, Georgia — Hundreds of farmers blocked the highway.', {})).toEqual({ place: 'TBILISI, Georgia', date: undefined });
  });
});

describe('pages of outlets in Australia, New Zealand, Japan and Korea', () => {
  const en = { languages: ['en'] as const, dateOrder: 'MDY' as const };
  it('knows their buttons, reading times and notes as the page\'s', () => {
    for (const line of ['2 mins to read', 'Normal text size', 'Very large text size', 'Share/Save', 'Share options', 'License this article', 'Reminder, this is a Premium article and requires a subscription to read.', 'Log in, register or subscribe to save articles for later.']) {
      expect(readFactLine(line, [], en), line).toEqual({ chrome: true });
    }
  });

  it('reads the lists under the text under `Latest from World`, `Most Viewed in World`, `Related coverage:` and `KEYWORDS` as the page\'s', () => {
    for (const heading of ['Latest from World', 'Most Viewed in World', 'Related coverage:', 'KEYWORDS']) {
      expect(read(`Veto overridden\nMay 28, 2024\nThe parliament voted on Tuesday.\nThe law takes effect in June.\n${heading}\nGeorgia, Russia, EU\n`).body, heading).toEqual(['The parliament voted on Tuesday.', 'The law takes effect in June.']);
    }
  });

  it('reads captions with `Photo / AP`, `| REUTERS` and `(Reuters: Name)` after them', () => {
    expect(readFactLine('Protesters outside the parliament on Tuesday. Photo / AP', [], en)).toEqual({ caption: 'Protesters outside the parliament on Tuesday.', credit: 'AP' });
    expect(readFactLine('Protesters outside the parliament on Tuesday. | REUTERS', [], en)).toEqual({ caption: 'Protesters outside the parliament on Tuesday.', credit: 'REUTERS' });
    expect(readFactLine('Protesters rallied as MPs voted. (Reuters: Irakli Gedenidze)', [], en)).toEqual({ caption: 'Protesters rallied as MPs voted.', credit: 'Reuters: Irakli Gedenidze' });
    // Without the bar, an agency's longer name after the last sentence is its sign-off, no credit.
    expect(readFactLine('The EU has said the law is incompatible with membership. REUTERS', [], en)).toBeUndefined();
  });

  it('gives the names of a byline that prints the reporter\'s job before them', () => {
    expect(readFactLine('By Europe correspondent Isabella Higgins', [], en)?.authors).toEqual(['Isabella Higgins']);
    expect(readFactLine('By political reporter Jane Norman and Tom Lowrey', [], en)?.authors).toEqual(['Jane Norman', 'Tom Lowrey']);
  });

  it('reads the sections after the date past a bar as no dateline (Kyodo News)', () => {
    expect(readFactLine('KYODO NEWS - May 29, 2024 - 17:42 | World, All', ['Kyodo News'], en)).toEqual({ date: { text: 'May 29, 2024 - 17:42', updated: false } });
  });

  it('reads a news agency between the byline and the date as the reporter\'s, no place (the Japan Times)', () => {
    expect(read('Georgia overrides veto\nby Anna Holt\nReuters\nMay 29, 2024\nThe parliament voted on Tuesday.\nThe law takes effect in June.\n')).toMatchObject({ authors: ['Anna Holt'], dateline: undefined, body: ['The parliament voted on Tuesday.', 'The law takes effect in June.'] });
  });

  it('reads the publication\'s time alone after the update\'s date as on the update\'s day (the Sydney Morning Herald)', () => {
    expect(readFactLine('Updated May 29, 2024 — 5.42am, first published at 2.15am', [], en)).toEqual({ date: { text: '2.15am', updated: false }, update: 'May 29, 2024 — 5.42am' });
  });

  it('reads a known place and a colon opening a sentence as the dateline, not a headline\'s topic', () => {
    const places = new Set(['Tbilisi', 'Georgia']);
    expect(readDateline('Tbilisi: Georgia’s parliament on Tuesday overrode a veto.', { places })).toEqual({ place: 'Tbilisi' });
    expect(readDateline('Georgia: Parliament passes "foreign agents" bill over protests', { places })).toBeUndefined();
  });

  it('keeps an agency\'s name alone under the text, over the page\'s buttons, as its sign-off and author', () => {
    expect(read('Veto overridden\nMay 28, 2024\nThe parliament voted on Tuesday.\nThe law takes effect in June.\nReuters\nLicense this article\nGeorgia\nEurope\n')).toMatchObject({ authors: ['Reuters'], body: ['The parliament voted on Tuesday.', 'The law takes effect in June.', 'Reuters'] });
  });
});

describe('pages of outlets in Pakistan, South Africa, Kenya and North America', () => {
  const en = { languages: ['en'] as const, dateOrder: 'MDY' as const };
  it('knows their buttons, notes and the author\'s address as the page\'s', () => {
    for (const line of ['Bookmark', 'Share via', 'Close extra sharing options', 'Resize', '(2 min)', 'For Subscribers', 'Open this photo in gallery:', 'Report an editorial error', 'Sign up for the Morning Update Newsletter', 'Get the biggest daily news stories by email', 'Published in Dawn, May 29th, 2024', "Appeared in the May 29, 2024, print edition as 'Georgia Defies West'.", 'aholt@ke.nationmedia.com', 'Staff Writer', 'Correspondent']) {
      expect(readFactLine(line, [], en), line).toEqual({ chrome: true });
    }
  });

  it('reads captions with `— Reuters`, `Photo credit: AFP`, a bracketed credit with slashes under them and a credit in capitals glued to them', () => {
    expect(readFactLine('Protesters outside the parliament on Tuesday. — Reuters', [], en)).toEqual({ caption: 'Protesters outside the parliament on Tuesday.', credit: 'Reuters' });
    expect(readFactLine('A wine cellar in Kakheti. Photo credit: AFP', [], en)).toEqual({ caption: 'A wine cellar in Kakheti.', credit: 'AFP' });
    expect(readFactLine('(Giorgi Arjevanidze / AFP/Getty Images)', [], en)).toEqual({ credit: 'Giorgi Arjevanidze / AFP/Getty Images' });
    expect(readFactLine('Protesters outside the parliament on Tuesday.GIORGI ARJEVANIDZE/AFP/GETTY IMAGES', [], en)).toEqual({ caption: 'Protesters outside the parliament on Tuesday.', credit: 'GIORGI ARJEVANIDZE/AFP/GETTY IMAGES' });
    // A sentence that ends the text over a dash and a name that is no agency is no caption.
    expect(readFactLine('That is what he said. — Anna', [], en)).toBeUndefined();
  });

  it('reads two agencies beside the date as the byline (Dawn)', () => {
    expect(read('Veto overridden\nReuters | AFP\nPublished May 28, 2024\nThe parliament voted on Tuesday.\nThe law takes effect in June.\n').authors).toEqual(['Reuters', 'AFP']);
  });

  it('reads the place, the freelancer\'s note and the newsroom under a byline as facts and the page\'s', () => {
    const body = ['The parliament voted on Tuesday.', 'The law takes effect in June.'];
    expect(read('Veto overridden\nANNA HOLT\nTBILISI\nSPECIAL TO THE GLOBE AND MAIL\nPUBLISHED MAY 28, 2024\nThe parliament voted on Tuesday.\nThe law takes effect in June.\n', ['The Globe and Mail'])).toMatchObject({ authors: ['Anna Holt'], dateline: 'TBILISI', body });
    expect(read('Veto overridden\nTuesday, May 28, 2024\nBy Anna Holt\nCorrespondent\nNation Media Group\nThe parliament voted on Tuesday.\nThe law takes effect in June.\n')).toMatchObject({ authors: ['Anna Holt'], body });
  });

  it('reads `By Name Follow` as the name, and `TBILISI, Georgia—` as a place and its country', () => {
    expect(readFactLine('By Anna Holt Follow', [], en)?.authors).toEqual(['Anna Holt']);
    expect(readDateline('TBILISI, Georgia—Georgia’s parliament overrode a veto.', { places: new Set(['Georgia']) })).toEqual({ place: 'TBILISI, Georgia', date: undefined });
  });
});

describe('pages of Newsweek, Hürriyet Daily News and The National', () => {
  it('knows their player\'s buttons and the links under the text as the page\'s', () => {
    for (const line of ['Listen In English', 'Listen In Arabic', 'Request Reprint & Licensing', 'Submit Correction', 'View Editorial Guidelines']) {
      expect(readFactLine(line, [], { languages: ['en'] }), line).toEqual({ chrome: true });
    }
  });

  it('reads `Tags` alone over the tags under the text as the start of the page\'s lists', () => {
    expect(read('Winemakers look to Turkish buyers\nMay 28 2024 14:42:00\nGeorgian winemakers are looking to Türkiye.\nExports rose last year.\nTags\nGeorgia\nwine\n').body).toEqual(['Georgian winemakers are looking to Türkiye.', 'Exports rose last year.']);
  });
});

describe('page chrome of Georgian, Russian, Ukrainian and Turkish outlets', () => {
  it('reads view counters, comment links and reading times in the page\'s language as the page\'s', () => {
    for (const [line, language] of [
      ['ნანახია: 1 245', 'ka'],
      ['ნანახია 1524', 'ka'],
      ['Просмотров: 1245', 'ru'],
      ['1 245 просмотров', 'ru'],
      ['Переглядів: 1 245', 'uk'],
      ['კომენტარები', 'ka'],
      ['Комментарии', 'ru'],
      ['Коментарі', 'uk'],
      ['4 წუთი', 'ka'],
      ['2 хв', 'uk'],
      ['Час прочитання 2 хв', 'uk'],
      ['Время чтения: 2 мин', 'ru'],
      ['Okuma süresi: 3 dk', 'tr'],
    ] as const) {
      expect(readFactLine(line, [], { dateOrder: 'DMY', languages: [language] }), line).toEqual({ chrome: true });
    }
    // A sentence that counts views is the text's.
    expect(readFactLine('Видео набрало 1 245 просмотров.', [], { languages: ['ru'] })).toBeUndefined();
  });
});

describe('Russian outlets\' layouts (Sputnik, Rossiyskaya Gazeta, MK, TV Rain)', () => {
  const russian = { dateOrder: 'DMY', languages: ['ru'] } as const;
  const readRu = (text: string) => readGenericLayout(text.split('\n'), [], russian);
  const text = 'ТБИЛИСИ, 28 мая — Sputnik. Парламент одобрил поправки.\nОппозиция бойкотировала голосование.\n';
  it('reads the caption under `© Agency / Name` past a button, and the standfirst over the credit as the text\'s', () => {
    const standfirst = 'Депутаты поддержали законопроект в третьем чтении';
    expect(readRu(`Политика\n18:42 28.05.2024\nПарламент Грузии одобрил поправки в Избирательный кодекс\n${standfirst}\n© Sputnik / Леван Авалишвили\nЗдание парламента Грузии в Тбилиси\nПодписаться\n${text}`)).toMatchObject({
      caption: 'Здание парламента Грузии в Тбилиси',
      credit: 'Sputnik / Леван Авалишвили',
      body: [standfirst, 'ТБИЛИСИ, 28 мая — Sputnik. Парламент одобрил поправки.', 'Оппозиция бойкотировала голосование.'],
    });
  });

  it('reads the print issue as the page\'s, `Текст:` as a byline, and tags naming the section over the title as the page\'s', () => {
    expect(readFactLine('Российская газета - Федеральный выпуск: №115(9358)', [], russian)).toEqual({ chrome: true });
    expect(readFactLine('Текст: Иван Петров', [], russian)?.authors).toEqual(['Иван Петров']);
    expect(readRu('Российская газета - Федеральный выпуск: №115(9358)\nЭкономика\n28.05.2024 18:42\nГрузия увеличила экспорт вина\nТекст: Иван Петров\nГрузия экспортировала 28 миллионов бутылок вина.\nРынки остаются прежними.\nЭкономика\nГрузия\nВино\n')).toMatchObject({
      title: 'Грузия увеличила экспорт вина',
      authors: ['Иван Петров'],
      body: ['Грузия экспортировала 28 миллионов бутылок вина.', 'Рынки остаются прежними.'],
    });
  });

  it('reads the title under the date below the outlet\'s name and section, and `Поддержите Дождь` and `Изменено:` as the page\'s', () => {
    expect(readRu(`Дождь\nНовости\n28 мая 2024, 18:42\nВ Грузии парламент преодолел вето президента\n${text}Поддержите Дождь\nПоделиться\n`)).toMatchObject({
      title: 'В Грузии парламент преодолел вето президента',
      authors: [],
      body: ['ТБИЛИСИ, 28 мая — Sputnik. Парламент одобрил поправки.', 'Оппозиция бойкотировала голосование.'],
    });
    expect(readFactLine('Изменено: 28.05.2024 19:05', [], russian)?.date).toEqual({ text: '28.05.2024 19:05', updated: true });
  });
});

describe('Ukrainian outlets\' layouts (LIGA.net, RBC-Ukraine, Ekonomichna Pravda, TSN)', () => {
  const ukrainian = { dateOrder: 'DMY', languages: ['uk'] } as const;
  it('reads `Фото:` before the caption and its credit in brackets, and a photographer with their paper as one credit', () => {
    expect(readFactLine('Фото: парламент Грузії (Getty Images)', [], ukrainian)).toEqual({ caption: 'парламент Грузії', credit: 'Getty Images' });
    expect(readFactLine('Фото: Віталій Носач (РБК-Україна)', [], ukrainian)).toEqual({ credit: 'Віталій Носач (РБК-Україна)' });
  });

  it('reads the link to the page in Russian as the page\'s, and `Новини партнерів` under the byline under the text as the page\'s lists', () => {
    expect(readFactLine('Читати російською', [], ukrainian)).toEqual({ chrome: true });
    expect(readGenericLayout('Протестувальники перекрили проспект\n28 травня 2024, 18:42\nУ Тбілісі перекрили проспект.\nПоліція не втручається.\nАвтор: Олена Мельник\nНовини партнерів\nУ Києві відкрили міст\n'.split('\n'), [], ukrainian)).toMatchObject({
      authors: ['Олена Мельник'],
      body: ['У Тбілісі перекрили проспект.', 'Поліція не втручається.'],
    });
  });

  it('leaves `Вас може зацікавити:` and its link between paragraphs out of the body, and keeps the text under it', () => {
    expect(readGenericLayout('Парламент подолав вето\n28 травня 2024, 18:42\nПарламент подолав вето.\nВас може зацікавити:\nГрузія призупинила переговори з ЄС\nОпозиція закликала до протестів.\n'.split('\n'), [], ukrainian).body).toEqual(['Парламент подолав вето.', 'Опозиція закликала до протестів.']);
  });
});

describe('Turkish outlets\' layouts (Bianet, Habertürk, NTV)', () => {
  const turkish = { dateOrder: 'DMY', languages: ['tr'] } as const;
  it('reads a weekday printed after its date, as Turkish writes a date in full, and no place in it', () => {
    expect(readFactLine('28 Mayıs 2024, Salı 18:42', [], turkish)).toEqual({ date: { text: '28 Mayıs 2024, Salı 18:42', updated: false } });
    expect(readFactLine('28 Mayıs 2024 Salı', [], turkish)).toEqual({ date: { text: '28 Mayıs 2024 Salı', updated: false } });
    // A place after the date is still its dateline.
    expect(readFactLine('28 Mayıs 2024, İstanbul', [], turkish)).toEqual({ date: { text: '28 Mayıs 2024', updated: false }, dateline: 'İstanbul' });
  });

  it('reads `Abone Ol` under the date as a button, no author, and the Google News calls and the licence as the page\'s', () => {
    expect(readGenericLayout('Parlamento vetoyu geçersiz kıldı\nGiriş: 28.05.2024 - 18:42\nAbone Ol\nParlamento vetoyu geçersiz kıldı.\nMuhalefet salonu terk etti.\nHabertürk Google News\'te\n'.split('\n'), [], turkish)).toMatchObject({
      authors: [],
      body: ['Parlamento vetoyu geçersiz kıldı.', 'Muhalefet salonu terk etti.'],
    });
    expect(readFactLine('Haber: Ahmet Yılmaz', [], turkish)?.authors).toEqual(['Ahmet Yılmaz']);
    expect(readFactLine('Haber Merkezi', [], turkish)).toEqual({ chrome: true });
    for (const line of ["NTV.com.tr'yi Google News'te takip edin", 'Bu haber Creative Commons Atıf-Gayriticari-Türetilemez 4.0 Uluslararası Lisansı ile lisanslanmıştır.']) {
      expect(readFactLine(line, [], turkish), line).toEqual({ chrome: true });
    }
  });
});

describe('regional outlets\' layouts of other years', () => {
  // Civil Georgia until 2019: the paper's name, the place, the date with a two-digit year and the time on one line.
  it('reads the place after the paper\'s name and a comma on its date line', () => {
    expect(readFactLine("Civil Georgia, Tbilisi / 3 Oct.'12 / 16:27", ['Civil Georgia'], { dateOrder: 'DMY', languages: ['en'] })).toEqual({
      date: { text: "3 Oct.'12 / 16:27", updated: false },
      dateline: 'Tbilisi',
    });
  });

  it('knows an older site\'s buttons and rights notice, and the plugin\'s note in Georgian and Russian, as chrome', () => {
    for (const line of ['Print Version', 'Send to a Friend', 'Reproduction of any materials without permission is prohibited.', 'ეს პოსტი ასევე ხელმისაწვდომია: English (ინგლისური) Русский (რუსული)', 'Эта запись также доступна на: English (Английский) ქართული (Грузинский)']) {
      expect(readFactLine(line, [], { languages: ['en'] }), line).toEqual({ chrome: true });
    }
  });
});

describe('regional outlets\' bylines and labels of other years', () => {
  const workspace = useWorkspace();

  it('reads `By Messenger Staff` on The Messenger\'s page as the paper\'s own byline, no author', async () => {
    const input = workspace.input('staff.txt', 'The messenger logo\nFriday, March 8\nGrowers ask for help\nBy Messenger Staff\nGrowers asked for help on Thursday.\n');
    const [result] = await workspace.run([input], { year: 2019, dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ source: 'the-messenger', authors: [], title: 'Growers ask for help' });
  });

  it('reads Joomla\'s `Written by Name` as a byline and `Hits: 1245` as chrome; a credit after `Image source:` without its colon', () => {
    const lines = 'Metro Line Extended\nWritten by Nino Dzneladze\nThursday, 12 March 2015 14:05\nImage source: National Wine Agency\nThe line was extended.\nHits: 1245\n'.split('\n');
    expect(readGenericLayout(lines, [], { dateOrder: 'DMY', languages: ['en'] })).toMatchObject({
      authors: ['Nino Dzneladze'],
      date: { text: 'Thursday, 12 March 2015 14:05' },
      credit: 'National Wine Agency',
      body: ['The line was extended.'],
    });
  });
});

describe('regional outlets\' header lines under the date and menus', () => {
  const places = new Set(['Tbilisi', 'Georgia', 'თბილისი', 'საქართველო']);

  it('reads places the gazetteer knows on the line under the date as the dateline, in any letter case', () => {
    for (const [text, place] of [
      ['Border checkpoint to open\n04 Jun 2024 - 13:18\nTbilisi,Georgia\nThe checkpoint will open this year.\n', 'Tbilisi,Georgia'],
      ['ექსპორტი გაიზარდა\n04 ივნ 2024 - 13:18\nთბილისი,საქართველო\nექსპორტი გაიზარდა მაისში.\n', 'თბილისი,საქართველო'],
    ] as const) {
      expect(readGenericLayout(text.split('\n'), [], { dateOrder: 'DMY', languages: ['en', 'ka'], places }), text).toMatchObject({ dateline: place, body: [expect.not.stringContaining(place)] });
    }
    // A line of words that are no known places stays the text's.
    expect(readGenericLayout('Border checkpoint to open\n04 Jun 2024 - 13:18\nSadakhlo,Marneuli\nThe checkpoint will open.\n'.split('\n'), [], { dateOrder: 'DMY', languages: ['en'], places }).dateline).toBeUndefined();
  });

  it('takes the headline under a menu whose items include the masthead and kinds of article (`OC Media`, `News`, `Analysis`)', () => {
    const text = 'Skip to content\nOC Media\nNews\nFeatures\nOpinion\nAnalysis\nNewsletter\nSupport us\nAnalysis\nCan Georgian wine find a life after Russia?\nby Mariam Nikuradze\n4 June 2024\nRussia bought 62% of the wine Georgia exported last year.\n';
    expect(readGenericLayout(text.split('\n'), ['OC Media'], { dateOrder: 'DMY', languages: ['en'] })).toMatchObject({
      title: 'Can Georgian wine find a life after Russia?',
      authors: ['Mariam Nikuradze'],
      date: { text: '4 June 2024' },
    });
  });
});

describe('Russian agencies\' pages (Interfax, TASS)', () => {
  const workspace = useWorkspace();
  useOutletSources(workspace);

  it('reads a photo label and an agency\'s name alone as the credit, and Interfax\'s rights notice as chrome', () => {
    for (const [line, credit] of [['Фото: Reuters', 'Reuters'], ['Photo: AFP', 'AFP']] as const) {
      expect(readGenericLayout(`Грузия открыла пункт пропуска\n4 июня 2024 13:18\n${line}\nПункт открылся во вторник.\n`.split('\n'), [], { languages: ['ru'] }), line).toMatchObject({ credit, caption: undefined, body: ['Пункт открылся во вторник.'] });
    }
    expect(readFactLine('Все права на информацию, размещенную на данном сайте, принадлежат ООО «Интерфакс».', [], { languages: ['ru'] })).toEqual({ chrome: true });
  });

  it('refuses a date printed relative to the reading (`Сегодня, 13:18`), naming --date, and keeps the printed time with it', async () => {
    const input = workspace.input('today.txt', 'Грузия открыла пункт пропуска\nСегодня, 13:18\nПункт открылся во вторник.\n');
    const [refused] = await workspace.run([input], { sourceId: 'interfax', dryRun: true });
    expect(refused!.error).toMatchObject({ line: 2, reason: expect.stringContaining('the date is printed relative to the day the page was read ("Сегодня, 13:18")'), fix: expect.stringMatching(/^pass --date YYYY-MM-DD .*13:18/) });
    const [supplied] = await workspace.run([input], { sourceId: 'interfax', date: '2024-06-04', dryRun: true });
    expect(supplied!.article).toMatchObject({ published: '2024-06-04T13:18:00+03:00', printedDate: 'Сегодня, 13:18', dateCertainty: 'supplied' });
    expect(readFactLine('Yesterday at 9:05', [], { languages: ['en'] })).toEqual({ date: { text: 'Yesterday at 9:05', updated: false } });
    expect(readFactLine('Publié aujourd’hui à 13h18, modifié à 15h02', [], { languages: ['fr'] })).toEqual({ date: { text: 'aujourd’hui à 13h18', updated: false }, update: '15h02' });
    // An update on a relative day after a printed publication: the update's date, never the publication's.
    expect(readFactLine('Publié le 5 décembre 2026 à 14:32, mis à jour hier à 18:01', [], { languages: ['fr'] })).toEqual({ date: { text: '5 décembre 2026 à 14:32', updated: false }, update: 'hier à 18:01' });
    expect(readFactLine('Mis à jour hier à 18:01', [], { languages: ['fr'] })).toEqual({ date: { text: 'hier à 18:01', updated: true } });
    // A menu's `Today` is no date.
    expect(readFactLine('Today', [], { languages: ['en'] })).toBeUndefined();
  });

  it('records an update printed without its year (`Обновлено 4 июня, 15:02`) in --year\'s year', async () => {
    const input = workspace.input('updated.txt', 'Парламент утвердил поправки\n4 июня, 13:18\nОбновлено 4 июня, 15:02\nПарламент утвердил поправки во вторник.\n');
    const [result] = await workspace.run([input], { sourceId: 'tass', year: 2024, dryRun: true });
    expect(result!.article).toMatchObject({ published: '2024-06-04T13:18:00+03:00', dateModified: '2024-06-04T15:02:00+03:00', dateCertainty: 'supplied' });
  });

  // TASS in English prints its day without the year (`7 JUN, 19:30`) over `Updated at 20:05`: the day is printed, only
  // its year is --year's, so the update's time is on that day. Before, it was dropped without a word.
  it('records an update\'s time alone on the printed day whose year --year gives (`Updated at 20:05`)', async () => {
    const input = workspace.input('updated-at.txt', 'Lavrov says flights may resume\n7 JUN, 19:30\nUpdated at 20:05\nMOSCOW, June 7. /TASS/. Russia is ready to restore flights.\n');
    const [result] = await workspace.run([input], { sourceId: 'tass', year: 2024, dryRun: true });
    expect(result!.article).toMatchObject({ published: '2024-06-07T19:30:00+03:00', dateModified: '2024-06-07T20:05:00+03:00', dateCertainty: 'supplied' });
    // With --date the day is the archivist's, not printed: an update's time alone is not dated by it.
    const [dated] = await workspace.run([workspace.input('updated-at-no-day.txt', 'Lavrov says flights may resume\nUpdated at 20:05\nMOSCOW. /TASS/. Russia is ready to restore flights.\n')], { sourceId: 'tass', date: '2024-06-07', dryRun: true });
    expect(dated!.article?.dateModified).toBeUndefined();
  });
});

describe('Le Monde, Der Spiegel and El País in layouts of other pages', () => {
  it('takes a line of capitalised words over the headline for a kicker, not names, when a byline is printed with its word', () => {
    const text = 'SPIEGEL\nAusland\nGeorgiens Weinexporte\n»Wir verkaufen zu viel nach Russland«\nEin Interview von Jonas Albrecht, Tiflis\n04.06.2024, 13.18 Uhr\nHerr Mamulaschwili, warum sind Sie besorgt?\n';
    expect(readGenericLayout(text.split('\n'), ['SPIEGEL'], { dateOrder: 'DMY', languages: ['de'] })).toMatchObject({
      title: '»Wir verkaufen zu viel nach Russland«',
      authors: ['Jonas Albrecht'],
      dateline: 'Tiflis',
    });
  });

  it('reads the place in Le Monde\'s byline note before the reporter\'s job as the dateline', () => {
    expect(readFactLine('Par Claire Morel (Tbilissi, envoyée spéciale)', [], { languages: ['fr'] })).toMatchObject({ authors: ['Claire Morel'], dateline: 'Tbilissi' });
  });

  it('knows Le Monde\'s `Lire aussi | <headline>` and the three papers\' buttons', () => {
    const text = 'Le titre\n4 juin 2024 à 13h18\nLa première phrase du texte.\nLire aussi | En Géorgie, les viticulteurs face au gel\nLa deuxième phrase du texte.\n';
    expect(readGenericLayout(text.split('\n'), [], { dateOrder: 'DMY', languages: ['fr'] }).body).toEqual(['La première phrase du texte.', 'La deuxième phrase du texte.']);
    for (const line of ['Offrir l’article', 'Lire plus tard', 'Réutiliser ce contenu', 'Zur Merkliste hinzufügen', 'X.com', 'Copiar enlace', 'Sigue toda la información internacional en Facebook y X, o en nuestra newsletter semanal.']) {
      expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
    }
  });
});

describe('an Armenian page (Azatutyun)', () => {
  it('reads a line ending in the Armenian full stop `։` as a sentence of the text', () => {
    expect(readGenericLayout('Ազատություն\nՎրաստանի խորհրդարանը հաղթահարեց նախագահի վետոն\nՄայիս 28, 2024\nԱննա Սարգսյան\nՕրենքին կողմ է քվեարկել 84 պատգամավոր։\nԸնդդիմությունը լքել է դահլիճը։\n'.split('\n'), [], { languages: ['hy'] })).toMatchObject({
      title: 'Վրաստանի խորհրդարանը հաղթահարեց նախագահի վետոն',
      authors: ['Աննա Սարգսյան'],
      date: { text: 'Մայիս 28, 2024', line: 3 },
      body: ['Օրենքին կողմ է քվեարկել 84 պատգամավոր։', 'Ընդդիմությունը լքել է դահլիճը։'],
    });
  });
});

// Azerbaijani and Armenian pages' own words (Oxu.az, AZƏRTAC, Azatutyun, CivilNet): their labels, buttons and
// headings were read as article text, since the phrase table had no words in either language.
describe('Azerbaijani and Armenian page chrome', () => {
  const azerbaijani = { dateOrder: 'DMY' as const, languages: ['az'] };
  const armenian = { dateOrder: 'DMY' as const, languages: ['hy'] };

  it('reads Armenian labels ending in `՝`, where other languages print a colon', () => {
    expect(readFactLine('Ցուցարարները Թբիլիսիում՝ խորհրդարանի մոտ: Լուսանկարը՝ Reuters', [], armenian)).toMatchObject({ caption: 'Ցուցարարները Թբիլիսիում՝ խորհրդարանի մոտ:', credit: 'Reuters' });
    expect(readFactLine('Հեղինակ՝ Անի Ավետիսյան', [], armenian)?.authors).toEqual(['Անի Ավետիսյան']);
    expect(readFactLine('Կարդալու ժամանակը՝ 3 րոպե', [], armenian)).toEqual({ chrome: true });
  });

  it('reads `Müəllif:` under the text as the byline and `Həmçinin oxuyun:` between paragraphs as a link', () => {
    expect(readFactLine('Müəllif: Aysel Məmmədova', [], azerbaijani)?.authors).toEqual(['Aysel Məmmədova']);
    const text = 'Gürcüstan parlamenti vetonu dəf etdi\n28 may 2024, 18:42\nParlament vetonu dəf edib.\nHəmçinin oxuyun: Tbilisidə minlərlə insan etiraz aksiyasına çıxıb\nMüxalifət zalı tərk edib.\nMüəllif: Aysel Məmmədova\nPaylaş\n';
    expect(readGenericLayout(text.split('\n'), [], azerbaijani)).toMatchObject({
      authors: ['Aysel Məmmədova'],
      body: ['Parlament vetonu dəf edib.', 'Müxalifət zalı tərk edib.'],
    });
  });

  it('reads the share bar, the lists under the text and the copyright footer as the page\'s', () => {
    const text = 'Վրաստանի խորհրդարանը հաղթահարեց վետոն\n28.05.2024, 18:42\nՕրենքին կողմ է քվեարկել 84 պատգամավոր։\nԿարդացեք նաև\nԹբիլիսիում հազարավոր մարդիկ բողոքի ակցիայի են դուրս եկել\nԸնդդիմությունը լքել է դահլիճը։\nԿիսվել\nՊիտակներ\nՎրաստան\nԱմենաընթերցվածը\nԲոլոր իրավունքները պաշտպանված են։\n';
    expect(readGenericLayout(text.split('\n'), [], armenian)).toMatchObject({
      body: ['Օրենքին կողմ է քվեարկել 84 պատգամավոր։', 'Ընդդիմությունը լքել է դահլիճը։'],
    });
    for (const line of ['Paylaş', 'Bütün hüquqlar qorunur.', 'Oxu.az-ı Telegram-da izləyin', 'Կիսվել', 'Տպել', 'Բոլոր իրավունքները պաշտպանված են։']) {
      expect(readFactLine(line, [], line.match(/\p{Script=Armenian}/u) ? armenian : azerbaijani), line).toEqual({ chrome: true });
    }
  });
});

// Persian and Arabic pages print the day in another calendar beside the Gregorian date, which is the one read.
describe('a Gregorian date beside a Solar Hijri or Hijri one', () => {
  it('reads the Gregorian date, its weekday and the other calendar\'s date before it, the era\'s mark after it', () => {
    expect(readFactLine('۲۸ مه ۲۰۲۴ - ۸ خرداد ۱۴۰۳', [], { languages: ['fa'] })?.date).toEqual({ text: '۲۸ مه ۲۰۲۴', updated: false });
    expect(readFactLine('الثلاثاء - 20 ذو القعدة 1445 هـ - 28 مايو 2024 مـ', [], { languages: ['ar'] })?.date).toEqual({ text: '28 مايو 2024', updated: false });
  });
});

// Persian and Arabic pages' own words (BBC Persian, Al Jazeera, Asharq Al-Awsat) were read as article text.
describe('Persian and Arabic page chrome', () => {
  const persian = { languages: ['fa'] };
  it('reads BBC Persian\'s labelled caption and credit, the Persian comma after the label', () => {
    expect(readFactLine('توضیح تصویر، معترضان مقابل ساختمان پارلمان در تفلیس', [], persian)).toEqual({ caption: 'معترضان مقابل ساختمان پارلمان در تفلیس' });
    expect(readFactLine('منبع تصویر، Reuters', [], persian)).toEqual({ credit: 'Reuters' });
  });
  it('reads the share button, the lists under the text and the copyright footer as the page\'s', () => {
    for (const line of ['اشتراک‌گذاری', 'مشاركة', 'إعلان', 'جميع الحقوق محفوظة']) expect(isChrome(line), line).toBe(true);
    for (const line of ['مطالب مرتبط', 'مواضيع ذات صلة', 'اقرأ أيضاً']) expect(startsTrailer(line), line).toBe(true);
  });
});

describe('the author\'s name under the text over `Теги` and its tags', () => {
  it('reads the name as the byline when the tags under the heading make a menu\'s run of short lines with it', () => {
    const text = 'Парламент Грузии преодолел вето президента\n28 мая 2024 в 18:42\nПарламент преодолел вето президента.\nЕвросоюз призвал отозвать закон.\nАнна Сидорова\nТеги\nГрузия\nЗакон об иноагентах\n';
    expect(readGenericLayout(text.split('\n'), [], { dateOrder: 'DMY', languages: ['ru'] })).toMatchObject({
      authors: ['Анна Сидорова'],
      body: ['Парламент преодолел вето президента.', 'Евросоюз призвал отозвать закон.'],
    });
  });
});

describe('wire copy on the agencies\' own pages and as other papers print it', () => {
  const body = ['The president vetoed the bill on Saturday.', 'The ruling party has the votes to override her.'];
  it('reads an agency\'s name alone over the date as the byline, not the text\'s first line', () => {
    expect(read(`Georgia's president vetoes bill\nReuters\nPublished: 18 May 2024, 15:05\n${body.join('\n')}\n`)).toMatchObject({ authors: ['Reuters'], body });
  });

  it('reads `— Reuters` closing the text as its sign-off and author, kept in the body', () => {
    expect(read(`Georgia's president vetoes bill\n18 May 2024\n${body.join('\n')}\n— Reuters\n`)).toMatchObject({ authors: ['Reuters'], body: [...body, '— Reuters'] });
  });

  const en = { languages: ['en'] as const, dateOrder: 'MDY' as const };
  it('reads AP\'s date in its zone without a time (`February 23, 2021 GMT`), `Originally Published:` and a byline with its agency past a bar', () => {
    expect(readFactLine('February 23, 2021 GMT', [], en)).toEqual({ date: { text: 'February 23, 2021', updated: false } });
    // Its label says it is the first publication's (first-published.ts), under a date printed later that may be the update.
    expect(readFactLine('Originally Published: May 18, 2024 at 10:05 a.m.', [], en)).toEqual({ date: { text: 'May 18, 2024 at 10:05 a.m.', updated: false, first: true } });
    expect(readFactLine('By Tamar Kiknadze | The Associated Press', [], en)).toEqual({ authors: ['Tamar Kiknadze'], dateline: undefined });
    // A bar before anything else is no byline's: `By Anna Holt | Opinion` stays unread.
    expect(readFactLine('By Anna Holt | Opinion piece', [], en)).toBeUndefined();
  });

  it('reads names joined by a conjunction in capitals in a byline in capitals, and a file photo\'s credit', () => {
    expect(readFactLine('BY TAMAR KIKNADZE AND DASHA LITVINOVA', [], en)?.authors).toEqual(['Tamar Kiknadze', 'Dasha Litvinova']);
    expect(readFactLine('FILE - Demonstrators hold an EU flag in Tbilisi, Georgia, May 11, 2024. (AP Photo/Zurab Tsertsvadze, File)', [], en)).toEqual({
      caption: 'FILE - Demonstrators hold an EU flag in Tbilisi, Georgia, May 11, 2024.',
      credit: 'AP Photo/Zurab Tsertsvadze, File',
    });
  });

  it('leaves AP\'s copy button and its topics\' list between the byline and the text out of the body', () => {
    expect(read(`Georgian police storm opposition office\nBy DARIO THUBURN\nFebruary 23, 2021 GMT\nClick to copy\nRELATED TOPICS\nGeorgia\nEurope\nTBILISI, Georgia (AP) — ${body.join('\n')}\n`)).toMatchObject({
      authors: ['Dario Thuburn'],
      body: [`TBILISI, Georgia (AP) — ${body[0]}`, body[1]],
    });
  });

  it('ends the body where the site\'s footer menu begins under the text, though sentences of the page follow it', () => {
    const page = ['Apps', 'Newsletters', 'Advertise with Us', 'Cookies', 'Terms of Use', 'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.', '© 2024 Reuters. All Rights Reserved.'];
    expect(read(`Georgia's president vetoes bill\nMay 18, 2024 / 3:05 PM / 12 years ago\n${body.join('\n')}\nOur Standards:The Thomson Reuters Trust Principles.\n${page.join('\n')}\n`).body).toEqual(body);
  });

  it('reads the BBC\'s 2015 date line, `23 May 2015 Last updated at 13:42 BST`, as the day and its update\'s time with its zone', () => {
    expect(readFactLine('23 May 2015 Last updated at 13:42 BST', [], { languages: ['en'] })).toEqual({ date: { text: '23 May 2015', updated: false }, update: '13:42 BST' });
    expect(readFactLine('Updated at 13:42 today', [], { languages: ['en'] })).toBeUndefined();
  });

  it('reads a photo agency\'s name alone over a caption with no full stop as the credit (the BBC today: `Getty Images`, then the caption)', () => {
    const text = `Georgian president refuses to leave office\n2 hours ago\nAnna Holt\nReporting from Tbilisi\nGetty Images\nSalome Zourabichvili addressed supporters on Sunday\n${body.join('\n')}\n`;
    expect(read(text)).toMatchObject({ caption: 'Salome Zourabichvili addressed supporters on Sunday', credit: 'Getty Images', body });
  });

  it('knows the Guardian\'s notes and counters as the page\'s: the article\'s age, the call for letters, `1,234`, `Most viewed`', () => {
    for (const line of ['This article is more than 6 months old', 'This article is more than 2 years old', 'Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email to be considered for publication in our letters section, please click here.', '1,234']) {
      expect(readFactLine(line, [], { languages: ['en'] }), line).toEqual({ chrome: true });
    }
    expect(read(`Georgian parliament overrides veto\nTue 28 May 2024 15.42 BST\n${body.join('\n')}\nMost viewed\nGeorgia votes again\nArmenia and Azerbaijan talk\n`).body).toEqual(body);
  });

  it('leaves `Related: <headline>` between paragraphs out of the body, and keeps the text under it', () => {
    expect(read(`Georgian parliament overrides veto\nTue 28 May 2024 15.42 BST\n${body[0]}\nRelated: Georgia’s ‘foreign agents’ law: what is it and why is it controversial?\n${body[1]}\n`).body).toEqual(body);
  });

  it('reads a headline that asks a question under two kickers as the title, and the name under it as the byline (the Guardian\'s opinion)', () => {
    const text = `Opinion\nGeorgia\nGeorgia’s young protesters are fighting for Europe – will Europe fight for them?\nNatalia Beridze\nThe law is a test of whether the EU means what it says about its neighbours\nTue 4 Jun 2024 14.05 BST\n${body.join('\n')}\n`;
    expect(read(text)).toMatchObject({ title: 'Georgia’s young protesters are fighting for Europe – will Europe fight for them?', authors: ['Natalia Beridze'] });
    // The note about the author under the text names her again; it is no sign that the line is a headline about her.
    expect(read(`${text}Natalia Beridze is a Georgian journalist based in Tbilisi\n`).authors).toEqual(['Natalia Beridze']);
  });

  it('reads AFP\'s bylines and notes as other papers print them: `By AFP - Agence France Presse`, `Text by NEWS WIRES`, `Latest update :`', () => {
    const en = { languages: ['en'] as const, dateOrder: 'MDY' as const };
    expect(readFactLine('By AFP - Agence France Presse', [], en)).toEqual({ authors: ['AFP'], dateline: undefined });
    expect(readFactLine('Text by NEWS WIRES', [], en)).toEqual({ chrome: true });
    expect(readFactLine('Latest update : 2015-05-23', [], en)).toEqual({ date: { text: '2015-05-23', updated: true } });
    // A person's name past the dash stays unread: no agency names itself so.
    expect(readFactLine('By AFP - Anna Holt', [], en)).toBeUndefined();
  });

  it('reads `<caption> - Copyright AFP Name` as the caption and its credit (Digital Journal)', () => {
    expect(readFactLine('Vineyards in the Kakheti region of eastern Georgia - Copyright AFP Vano SHLAMOV', [], { languages: ['en'] })).toEqual({ caption: 'Vineyards in the Kakheti region of eastern Georgia', credit: 'AFP Vano SHLAMOV' });
  });

  it('reads TASS\'s description under its name, `Russian News Agency`, as the page\'s, not a byline, when its masthead is not known', () => {
    const standfirst = 'Saakashvili was granted Ukrainian citizenship last week';
    const text = `TASS\nRussian News Agency\nWorld\nMay 23, 2015, 13:35 UTC+3\nGeorgia's ex-president stripped of citizenship\n${standfirst}\nTBILISI, May 23. /TASS/. ${body.join('\n')}\n`;
    expect(read(text)).toMatchObject({ title: 'Georgia\'s ex-president stripped of citizenship', authors: [], dateline: 'TBILISI' });
  });

  it('reads the dateline of the text\'s first sentence under Reuters\' summary of points, far below the title', () => {
    const caption = 'A voter in Tbilisi, Georgia October 26, 2024. REUTERS/Irakli Gedenidze';
    const text = `Reuters home\nWorld\nEurope\nGeorgia's ruling party wins election\nBy Felix Light\nOctober 27, 2024 11:05 AM GMT+4\n${caption}\n${caption} Purchase Licensing Rights, opens new tab\nSummary\nGeorgian Dream wins 54%\nOpposition says vote was rigged\nEU urges investigation\nTBILISI, Oct 27 (Reuters) - ${body.join('\n')}\n`;
    expect(read(text).dateline).toBe('TBILISI');
  });

  it('reads `By Reuters Staff` as the agency, not a person named so', () => {
    expect(readFactLine('By Reuters Staff', [], { languages: ['en'] })?.authors).toEqual(['Reuters']);
    expect(readFactLine('By Anna Staff', [], { languages: ['en'] })?.authors).toEqual(['Anna Staff']);
  });
});

describe('the agencies\' and the Guardian\'s pages in the forms users copy them (session 15)', () => {
  const body = ['Georgia’s president has vetoed a law restricting LGBTQ+ rights, setting up another clash with the ruling party.', 'Salome Zourabichvili said on Tuesday that the bill breached the country’s constitution.'];

  it('reads the date labelled `First published on` as the publication, and the unlabelled date above it as the update (the Guardian)', () => {
    const text = `Georgia’s president vetoes law curbing LGBTQ+ rights\nPjotr Sauer\nTue 4 Jun 2024 15.02 BST\nFirst published on Tue 4 Jun 2024 11.18 BST\n${body.join('\n')}\n`;
    expect(read(text)).toMatchObject({ date: { text: 'Tue 4 Jun 2024 11.18 BST', line: 4 }, updated: { text: 'Tue 4 Jun 2024 15.02 BST', line: 3 }, body });
    // Printed once, with the same day again under its label, it is the publication still and no update.
    const again = read(`Georgia’s president vetoes law\nPUBLISHED: May 18, 2024 at 10:05 a.m.\n${body.join('\n')}\nOriginally Published: May 18, 2024 at 10:05 a.m.\n`);
    expect(again).toMatchObject({ date: { text: 'May 18, 2024 at 10:05 a.m.' }, updated: undefined });
  });

  it('leaves out the margins a browser prints on each page (the day of printing, the page\'s title, its address, `1/2`), never reading them as the date or title', () => {
    const title = 'Georgia picks US-led group to build Anaklia port';
    const top = `6/5/24, 9:14 AM ${title} | Reuters`;
    const bottom = (page: number) => `https://www.reuters.com/world/europe/anaklia-2024-06-04/ ${page}/2`;
    const text = `${top}\n${bottom(1)}\n${title}\nBy Lucy Papachristou\nJune 4, 2024 1:18 PM GMT+4\n${body[0]}\n${top}\n${bottom(2)}\n${body[1]}\n`;
    expect(read(text)).toMatchObject({ title, authors: ['Lucy Papachristou'], date: { text: 'June 4, 2024 1:18 PM GMT+4' }, body });
    // Firefox's: the title and the address at the top, the page's number and the time of printing at the bottom.
    const firefox = `${title} — Reuters https://www.reuters.com/world/europe/anaklia-2024-06-04/\n${title}\nJune 4, 2024 1:18 PM GMT+4\n${body.join('\n')}\n1 of 1 6/5/24, 9:14 AM\n`;
    expect(read(firefox)).toMatchObject({ title, date: { text: 'June 4, 2024 1:18 PM GMT+4' }, body });
    // A paragraph that opens with a date and time is text: the rest of it is no headline printed below.
    const dated = '04.06.2024, 16:40 was the time the polls closed in the capital, officials said.';
    expect(read(`${title}\nJune 4, 2024 1:18 PM GMT+4\n${body[0]}\n${dated}\n`).body).toEqual([body[0], dated]);
  });

  it('knows the agencies\' page furniture on phones and in their other languages', () => {
    // Reuters' mobile site: the update as phones abbreviate it, the newsletter box between paragraphs.
    for (const line of ['Updated 2h ago', '5m ago', 'The Reuters Daily Briefing newsletter provides all the news you need to start your day. Sign up here.']) expect(isChrome(line), line).toBe(true);
    // AP's note on who funds a beat; Reuters' standards in Spanish.
    expect(isChrome('The Associated Press receives support from several private foundations to enhance its explanatory coverage of elections and democracy.')).toBe(true);
    expect(isChrome('Nuestros estándares: Los principios de confianza de Thomson Reuters.')).toBe(true);
    // Sentences about a newsletter, or that say how long ago something happened, stay the text's.
    for (const line of ['The newsletter was banned last year, its editor said.', 'The law was passed 2 years ago.']) expect(isChrome(line), line).toBe(false);
    // The lists under the text: Reuters in Spanish, BBC Russian and Ukrainian, France 24 in French.
    for (const line of ['Temas sugeridos:', 'Статьи по теме', 'Самое читаемое', 'Статті на цю ж тему', 'Топ новин', 'Lire la suite sur le même thème :']) expect(startsTrailer(line), line).toBe(true);
    // Reuters in French and German, France 24 in English.
    for (const line of ['Nos normes : Les principes de confiance de Thomson Reuters.', 'Unsere Standards: Die Thomson Reuters Trust Principles.']) expect(isChrome(line), line).toBe(true);
    for (const line of ['Sujets suggérés :', 'Read more on related topics:']) expect(startsTrailer(line), line).toBe(true);
    // The paper as its own byline, its follow button glued to its name (France 24 in French): the page's.
    expect(readFactLine('Par : FRANCE 24 Suivre', ['France 24'], { languages: ['fr'] })).toEqual({ chrome: true });
  });
});

// Session 15: English outlets of the Middle East, the Balkans and Asia, one rule at a time (their clippings are goldens).
describe('layouts of English outlets beyond Europe', () => {
  const lines = (...text: string[]) => text.join('\n');
  const places = new Set(['Tbilisi']);

  it('reads `Published date:` as the publication date\'s label (Middle East Eye)', () => {
    expect(readFactLine('Published date: 3 June 2024 14:25 BST', [], {})?.date).toEqual({ text: '3 June 2024 14:25 BST', updated: false });
  });

  it('leaves `Read More »` and the headline under it out of the text', () => {
    const header = read(lines('A Headline Here', 'By Anna Holt', '3 June 2024', 'First paragraph of the text.', 'Read More »', 'Another story about Georgia', 'Second paragraph of the text.'));
    expect(header.body).toEqual(['First paragraph of the text.', 'Second paragraph of the text.']);
  });

  it('reads a photographer and agency through a picture service past a dash after the caption (Al-Monitor)', () => {
    expect(readFactLine('A view of the seafront in Batumi, Georgia, on Aug. 12, 2023. - VANO SHLAMOV/AFP via Getty Images', [], {})).toEqual({
      caption: 'A view of the seafront in Batumi, Georgia, on Aug. 12, 2023.',
      credit: 'VANO SHLAMOV/AFP via Getty Images',
    });
  });

  it('takes an agency between the update and the publication date as the byline, and a caption with its agency in brackets under the title (Arab News)', () => {
    const header = read(lines('Arab News', "Georgia's parliament overrides veto on 'foreign agents' law", 'Updated 28 May 2024', 'REUTERS', '28 May 2024 15:20', 'Protesters outside the parliament in Tbilisi on May 28, 2024. (Reuters)', 'Short Url', 'https://arab.news/9xk4p', 'TBILISI: The parliament voted on Tuesday.', 'The law takes effect in June.'), ['Arab News']);
    expect(header).toMatchObject({ authors: ['REUTERS'], dateline: 'TBILISI', caption: 'Protesters outside the parliament in Tbilisi on May 28, 2024.', credit: 'Reuters' });
    expect(header.body).toEqual(['TBILISI: The parliament voted on Tuesday.', 'The law takes effect in June.']);
  });

  it('keeps an agency in brackets after the text\'s last sentence a sign-off, no caption', () => {
    const header = read(lines('Veto overridden in Tbilisi', '28 May 2024 15:20', 'The parliament voted on Tuesday.', 'The law takes effect in June. (Reuters)'));
    expect(header).toMatchObject({ caption: undefined, credit: undefined });
    expect(header.body).toEqual(['The parliament voted on Tuesday.', 'The law takes effect in June. (Reuters)']);
  });

  it('reads a photo agency in brackets after the caption under the dates (the Korea Herald)', () => {
    const header = read(lines('Flights to Tbilisi expand', 'By Park Min-ji', 'Published : Jun 5, 2024 - 15:30', 'Tourists walk through the old town of Tbilisi, Georgia. (123rf)', 'South Korea and Georgia agreed to add flights, the ministry said.', 'The deal takes effect next year.'));
    expect(header).toMatchObject({ caption: 'Tourists walk through the old town of Tbilisi, Georgia.', credit: '123rf' });
    expect(header.body).toEqual(['South Korea and Georgia agreed to add flights, the ministry said.', 'The deal takes effect next year.']);
  });

  it('reads the names, the newsroom and the place one a line over the date, and leaves the list of languages out (Balkan Insight)', () => {
    const header = readGenericLayout(
      lines('Wine Makers Look to Balkan Markets', 'Georgian producers are courting buyers in Serbia after a drop in orders from Russia.', 'Nino Tsereteli', 'BIRN', 'Tbilisi', 'June 4, 2024', '12:30', 'This article is also available in:', 'Bosnian', 'Serbian', 'Georgian winemakers are looking to the Western Balkans for buyers.', 'Orders from Russia fell.').split('\n'),
      [],
      { dateOrder: 'MDY', languages: ['en'], places },
    );
    expect(header).toMatchObject({ authors: ['Nino Tsereteli'], dateline: 'Tbilisi', date: { text: 'June 4, 2024 12:30' } });
    expect(header.body).toEqual(['Georgian producers are courting buyers in Serbia after a drop in orders from Russia.', 'Georgian winemakers are looking to the Western Balkans for buyers.', 'Orders from Russia fell.']);
  });

  describe('stacked bylines of several authors, and the network\'s name (Balkan Insight)', () => {
    const text = ['Georgian winemakers are looking to the Western Balkans for buyers.', 'Orders from Russia fell.'];
    const stacked = (...byline: string[]) =>
      readGenericLayout(lines('Wine Makers Look to Balkan Markets', 'Georgian producers are courting buyers in Serbia after a drop in orders from Russia.', ...byline, 'June 4, 2024', '12:30', ...text).split('\n'), [], { dateOrder: 'MDY', languages: ['en'], places });
    it.each([
      ['a stack for each author, from two places', ['Nino Tsereteli', 'BIRN', 'Tbilisi', 'Sasa Dragojlo', 'BIRN', 'Belgrade'], undefined],
      ['the names one a line over one newsroom and place', ['Nino Tsereteli', 'Sasa Dragojlo', 'BIRN', 'Tbilisi'], 'Tbilisi'],
      ['the names on one line over the places on one', ['Nino Tsereteli, Sasa Dragojlo', 'BIRN', 'Tbilisi, Belgrade'], undefined],
      ['the names over the newsroom, no place printed', ['Nino Tsereteli', 'Sasa Dragojlo', 'BIRN'], undefined],
      ['the network\'s name written out over the stacks', ['Balkan Investigative Reporting Network', 'Nino Tsereteli', 'BIRN', 'Belgrade', 'Sasa Dragojlo', 'BIRN', 'Belgrade'], 'Belgrade'],
    ])('reads %s: every author, the place only when it is one, and no line of it in the text', (_, byline, dateline) => {
      const header = stacked(...byline);
      expect(header).toMatchObject({ authors: ['Nino Tsereteli', 'Sasa Dragojlo'], date: { text: 'June 4, 2024 12:30' } });
      expect(header.dateline).toBe(dateline);
      expect(header.body).toEqual(['Georgian producers are courting buyers in Serbia after a drop in orders from Russia.', ...text]);
    });
    it('takes a place the gazetteer does not know for the dateline when it stands under the newsroom', () => {
      expect(stacked('Sasa Dragojlo', 'BIRN', 'Novi Sad')).toMatchObject({ authors: ['Sasa Dragojlo'], dateline: 'Novi Sad' });
    });
  });

  it('reads a year-first date with dots (Radio Free Asia), and names only before `for` and the outlet', () => {
    expect(readFactLine('2024.06.05', [], {})?.date).toEqual({ text: '2024.06.05', updated: false });
    expect(readFactLine('By Tamar Gelashvili for RFA', [], {})?.authors).toEqual(['Tamar Gelashvili']);
    expect(readFactLine('By Anna Holt for the Guardian', [], {})?.authors).toEqual(['Anna Holt']);
  });

  it('credits the agency of `Source: Reuters/fs`, the editor\'s initials after it (CNA), and reads no photographer there', () => {
    expect(creditedAgencies('Source: Reuters/fs')).toEqual(['Reuters']);
    expect(readFactLine('Source: Reuters/fs', [], {})).toBeUndefined();
    expect(readFactLine('Quelle: AFP/GIORGI ARJEVANIDZE', [], {})).toEqual({ credit: 'AFP/GIORGI ARJEVANIDZE' });
  });

  it('reads the chrome of CNA and the Jakarta Post, and `●` between the place and the date', () => {
    for (const line of ['This audio is generated by an AI tool.', 'New: Get our latest news on WhatsApp', 'Change Size', 'Topics :', 'Short Url']) expect(isChrome(line), line).toBe(true);
    expect(readFactLine('Tbilisi, Georgia   ●   Tue, May 28, 2024', [], { dateOrder: 'MDY' })).toMatchObject({ dateline: 'Tbilisi, Georgia', date: { text: 'Tue, May 28, 2024' } });
  });

  it('reads the chrome of Daily Maverick, the Daily Mail, HuffPost, Vox, ProPublica and the Atlantic', () => {
    for (const line of ['More', 'View comments', 'View gallery', 'Share or comment on this article:', 'LOADING ERROR LOADING', 'You’ve read 1 article in the last month', 'See More:', 'About the Author', 'Subscribe to the Mail & Guardian', 'ProPublica is a nonprofit newsroom that investigates abuses of power. Sign up to receive our biggest stories as soon as they’re published.']) {
      expect(isChrome(line) || startsTrailer(line), line).toBe(true);
    }
    expect(isChrome('More than 40 offices were contacted.')).toBe(false);
  });

  it('reads `(Photo by Name/AFP via Getty Images)` after a caption, and a caption over the section and the title (Mail & Guardian)', () => {
    expect(readFactLine('Workers pick hazelnuts near Zugdidi. (Photo by Vano Shlamov/AFP via Getty Images)', [], {})).toEqual({ caption: 'Workers pick hazelnuts near Zugdidi.', credit: 'Vano Shlamov/AFP via Getty Images' });
    // Unbracketed, `photo by` may end a sentence of the text.
    expect(readFactLine('He shared a photo by his friend Giorgi on social media.', [], {})).toBeUndefined();
    const header = read(lines('Mail & Guardian', 'Workers pick hazelnuts in a field near Zugdidi in western Georgia. (Photo by Vano Shlamov/AFP via Getty Images)', 'World', 'Georgia’s hazelnut farmers look to African buyers', 'Lesego Nkosi', '4 Jun 2024', 'Georgian hazelnut exporters are seeking buyers in South Africa and Kenya.', 'Exports to Africa doubled.'), ['Mail & Guardian']);
    expect(header).toMatchObject({ title: 'Georgia’s hazelnut farmers look to African buyers', authors: ['Lesego Nkosi'], credit: 'Vano Shlamov/AFP via Getty Images' });
  });

  it('reads `Illustration by …` alone as the photo\'s credit (the Atlantic), and an audio player\'s clock as no live blog', () => {
    expect(readFactLine('Illustration by The Atlantic. Source: Vano Shlamov / AFP / Getty.', [], {})).toEqual({ credit: 'The Atlantic. Source: Vano Shlamov / AFP / Getty' });
    const header = read(lines('The Small Country That Said No to Europe', 'By Helen Marsh', 'June 3, 2024, 6 AM ET', 'Listen to this article', '00:00', '12:34', 'For weeks this spring, the center of Tbilisi belonged to the young.', 'Inside the parliament, the ruling party went ahead anyway.'));
    expect(header).toMatchObject({ authors: ['Helen Marsh'], date: { text: 'June 3, 2024, 6 AM ET' } });
    expect(header.body).toEqual(['For weeks this spring, the center of Tbilisi belonged to the young.', 'Inside the parliament, the ruling party went ahead anyway.']);
  });

  it('gives names only from `By Name, Associated Press` (HuffPost), and takes no paper\'s own name after the byline for a place (ProPublica)', () => {
    expect(readFactLine('By Sophiko Megrelidze, Associated Press', [], {})?.authors).toEqual(['Sophiko Megrelidze']);
    const header = read(lines('ProPublica', 'Georgia’s Ruling Party Paid U.S. Lobbyists $2 Million', 'by Rachel Gold and Tamar Beridze, ProPublica', 'May 30, 2024, 5 a.m. EDT', 'The ruling party paid American lobbying firms more than $2 million.', 'The firms contacted congressional offices.'), ['ProPublica']);
    expect(header).toMatchObject({ authors: ['Rachel Gold', 'Tamar Beridze'], dateline: undefined });
  });

  it('takes the institution the author box names as an affiliation out of the byline, and the box out of the text (The Conversation)', () => {
    const header = read(lines('The Conversation', 'Georgia’s ‘foreign agents’ law: why the EU’s leverage is waning', 'Published: May 28, 2024 2:32pm BST', 'Natalie Sabanadze, Chatham House', 'Author', 'Natalie Sabanadze', 'Senior Research Fellow, Russia and Eurasia Programme, Chatham House', 'Disclosure statement', 'Natalie Sabanadze does not work for, consult, own shares in or receive funding from any company or organisation that would benefit from this article, and has disclosed no relevant affiliations beyond their academic appointment.', 'Partners', 'Chatham House provides funding as a member of The Conversation UK.', 'View all partners', 'Georgia’s parliament has overridden the president’s veto.', 'The EU granted Georgia candidate status six months ago.'), ['The Conversation']);
    expect(header.authors).toEqual(['Natalie Sabanadze']);
    expect(header.body).toEqual(['Georgia’s parliament has overridden the president’s veto.', 'The EU granted Georgia candidate status six months ago.']);
  });

  it('takes a short headline that ends a run of menu lines over its standfirst for the title (Vox)', () => {
    const header = read(lines('Vox', 'Explainers', 'Politics', 'Culture', 'World Politics', 'Georgia’s protests, explained', 'Why tens of thousands of Georgians are marching against a “foreign agents” law.', 'by Ellen Park', 'Updated May 28, 2024, 4:15 PM EDT', 'For most of May, the streets were full every night.'), ['Vox']);
    expect(header).toMatchObject({ title: 'Georgia’s protests, explained', authors: ['Ellen Park'] });
  });

  it('reads a caption with its agency in brackets over the newsletter box that stands over the text (the Evening Standard)', () => {
    const header = read(lines('Georgia protests: Thousands rally in Tbilisi as parliament passes ‘foreign agents’ law', 'Tom Davidson', '14 May 2024', 'Demonstrators rally outside the parliament building in Tbilisi (AP)', 'Get our free daily newsletter', 'Sign up to our free Standard Daily newsletter for the top stories in London and the UK', 'SIGN UP', 'Thousands of protesters rallied outside Georgia’s parliament on Tuesday.', 'Police pushed demonstrators back.'));
    expect(header).toMatchObject({ caption: 'Demonstrators rally outside the parliament building in Tbilisi', credit: 'AP' });
    expect(header.body).toEqual(['Thousands of protesters rallied outside Georgia’s parliament on Tuesday.', 'Police pushed demonstrators back.']);
  });

  it('reads `6:05 pm on 29 May 2024` (RNZ), and the sign-off over the app\'s promotion', () => {
    expect(readFactLine('6:05 pm on 29 May 2024', [], {})?.date).toEqual({ text: '6:05 pm on 29 May 2024', updated: false });
    const header = read(lines('Veto overridden in Georgia', '6:05 pm on 29 May 2024', 'The parliament voted on Tuesday.', 'The law takes effect in June.', '- Reuters', 'Get the RNZ app', 'for ad-free news and current affairs'));
    expect(header).toMatchObject({ authors: ['Reuters'], body: ['The parliament voted on Tuesday.', 'The law takes effect in June.', '- Reuters'] });
  });

  it('leaves a newsletter\'s boxes out of the text, between its paragraphs and under it (Substack, Ghost)', () => {
    const header = read(lines('Caucasus Notes', "Georgia's election: what the observers saw", 'Nino Kalandadze', 'Nov 21, 2024', '12', '3', 'Share', 'The observers published their report on Wednesday.', 'Thanks for reading Caucasus Notes! Subscribe for free to receive new posts and support my work.', 'Subscribe', 'It describes a campaign marked by pressure on public workers.', 'Subscribe to Caucasus Notes', 'Launched 2 years ago', 'Notes on politics in Georgia, Armenia and Azerbaijan.', 'Subscribe', 'Discussion about this post'), ['Caucasus Notes']);
    expect(header).toMatchObject({ authors: ['Nino Kalandadze'], body: ['The observers published their report on Wednesday.', 'It describes a campaign marked by pressure on public workers.'] });
  });

  it('reads a zone printed as its country\'s letters and T in the paper\'s own zone (Rappler: `PHT`), and no other country\'s', () => {
    expect(resolvePrintedDate('October 26, 2024 4:05 PM PHT', { timeZone: 'Asia/Manila', dateOrder: 'MDY', languages: ['en'] })).toMatchObject({ published: '2024-10-26T16:05:00+08:00', certainty: 'exact' });
    expect(resolvePrintedDate('May 28, 2024 4:05 PM GET', { timeZone: 'Asia/Tbilisi', dateOrder: 'MDY', languages: ['en'] })).toMatchObject({ published: '2024-05-28T16:05:00+04:00' });
    expect(() => resolvePrintedDate('October 26, 2024 4:05 PM SGT', { timeZone: 'Asia/Manila', dateOrder: 'MDY', languages: ['en'] })).toThrow(/SGT/);
  });

  it('leaves Rappler\'s summary note and mood meter out, and takes the agency under the title for the byline', () => {
    const header = read(lines('Rappler', 'October 26, 2024 4:05 PM', 'Georgia votes in election seen as test of its EU path', 'Reuters', 'This is AI generated summarization, which may have errors. For context, always refer to the full article.', 'TBILISI, Georgia – Georgians voted on Saturday.', 'Polls close at 8 pm local time.', 'How does this make you feel?'), ['Rappler']);
    expect(header).toMatchObject({ authors: ['Reuters'], body: ['TBILISI, Georgia – Georgians voted on Saturday.', 'Polls close at 8 pm local time.'] });
  });

  it('reads `Photo by Name / Unsplash` after the caption\'s sentence, and `• 4 min read` (Ghost)', () => {
    expect(readFactLine('The Tbilisi TV tower on Mtatsminda. Photo by Levan Gogua / Unsplash', [], {})).toEqual({ caption: 'The Tbilisi TV tower on Mtatsminda.', credit: 'Levan Gogua / Unsplash' });
    expect(isChrome('• 4 min read')).toBe(true);
  });
});

describe('the named regional outlets copied as session 15 found them', () => {
  const text = [
    'The Parliament of Georgia on May 28 overrode the President’s veto of the law, with 84 lawmakers voting in favor.',
    'The opposition lawmakers left the plenary hall before the vote.',
  ];

  it('leaves a printout\'s headers and footers out of the header and the body, and never takes the moment of printing for the date', () => {
    const header = '6/4/24, 3:02 PM Parliament Overrides Veto - Civil Georgia';
    const footer = (page: number) => `https://civil.ge/archives/604512 ${page}/2`;
    const read_ = read([header, footer(1), 'Civil Georgia', 'Parliament Overrides Veto', '28/05/2024 - 18:42', text[0], header, footer(2), text[1]].join('\n'), ['Civil Georgia']);
    expect(read_).toMatchObject({ title: 'Parliament Overrides Veto', date: { text: '28/05/2024 - 18:42' }, body: text });
    // Firefox's footer: the page count, then the moment of printing.
    expect(read(['Parliament Overrides Veto', '28/05/2024 - 18:42', text[0], '1 of 2 6/4/24, 3:02 PM', text[1]].join('\n')).body).toEqual(text);
    // Without a footer nothing says the text was printed: a line opening with a date, whose rest is not the headline, stays what it is.
    expect(read(['Parliament Overrides Veto', '28/05/2024 - 18:42', text[0], '6/4/24, 3:02 PM the committee met again', text[1]].join('\n')).body).toHaveLength(3);
  });

  it('reads Civil.Ge\'s archive buttons `Text size: A A A` as the page\'s, not the title', () => {
    expect(isChrome('Text size: A A A')).toBe(true);
    // As a civil.ge clipping is read: with its paper's masthead.
    expect(read(['Civil.Ge', 'Text size: A A A', 'Parliament Approves New Tax Code', "Civil Georgia, Tbilisi / 22 Dec.'04 / 18:40", ...text].join('\n'), ['Civil Georgia']).title).toBe('Parliament Approves New Tax Code');
    // With no masthead at all, the date line unread: the site's host alone on a line is its name, never the title.
    expect(read(['Civil.Ge', 'Text size: A A A', 'Parliament Approves New Tax Code', "Civil Georgia, Tbilisi / 22 Dec.'04 / 18:40", ...text].join('\n')).title).toBe('Parliament Approves New Tax Code');
  });

  it('reads the Messenger\'s issue number before the issue\'s date, `#075 (1091), Thursday, April 20, 2006`, as the page\'s', () => {
    expect(readFactLine('#075 (1091), Thursday, April 20, 2006', [], { languages: ['en'] })).toEqual({ date: { text: 'Thursday, April 20, 2006', updated: false } });
    expect(isChrome('Issue #075 (1091)')).toBe(true);
  });

  it('refuses a copy that holds a second article (a headline and a byline under the text), naming its line', () => {
    const page = ['Tbilisi to host energy forum', 'By Nino Khutsidze', 'Thursday, April 20, 2006', ...text, 'Kutaisi theatre reopens after restoration', 'By Messenger Staff', 'The theatre reopened on Tuesday after two years of restoration.'];
    expect(() => read(page.join('\n'))).toThrow(/the clipping holds a second article from line 6 \("Kutaisi theatre reopens after restoration", then "By Messenger Staff"\)/);
    // Sub-headings without a byline are one article's (a "News in Brief"), and a byline under the text's last line is its own.
    expect(read([...page.slice(0, 6), page[7]].join('\n')).body).toHaveLength(4);
    expect(read(['Tbilisi to host energy forum', ...text, 'By Nino Khutsidze', '22 August 2019 12:55'].join('\n')).authors).toEqual(['Nino Khutsidze']);
  });

  it('reads Agenda.ge\'s line about its publisher, in English and Georgian, as the page\'s', () => {
    expect(isChrome('Agenda.ge is a news portal of the LEPL Georgian Public Broadcaster.')).toBe(true);
    expect(isChrome('Agenda.ge საზოგადოებრივი მაუწყებლის საინფორმაციო პორტალია.')).toBe(true);
  });

  it('reads the byline printed again under the text (Le Monde\'s signature) as the byline\'s, even with no button under it', () => {
    const byline = 'Faustine Vincent (Zougdidi (Géorgie), envoyée spéciale)';
    const page = ['En Géorgie, les producteurs de noisettes réclament un prix minimum', `Par ${byline}`, 'Publié le 4 juin 2024 à 13h18', ...text, byline];
    const lemonde = readGenericLayout(page, [], { dateOrder: 'DMY', languages: ['fr'] });
    expect(lemonde).toMatchObject({ authors: ['Faustine Vincent'], body: text });
  });

  it('keeps Der Spiegel\'s sign-off codes over `Mehr lesen über` and its topics in the text, and their agencies as authors', () => {
    const page = ['Regierung legt Mindestpreis fest', '04.06.2024, 13.18 Uhr', ...text, 'jal/dpa/Reuters', 'Mehr lesen über', 'Georgien', 'Landwirtschaft'];
    expect(readGenericLayout(page, [], { dateOrder: 'DMY', languages: ['de'] })).toMatchObject({ authors: ['dpa', 'Reuters'], body: [...text, 'jal/dpa/Reuters'] });
  });

  it('reads El País\'s places slashed before the date, its names a line each over it, and its box about them as the page\'s', () => {
    expect(readFactLine('Madrid / Tiflis - 28 may 2024 - 18:42 CEST', [], { languages: ['es'] })).toEqual({ date: { text: '28 may 2024 - 18:42 CEST', updated: false }, dateline: 'Madrid / Tiflis' });
    const page = ['El Parlamento de Georgia anula el veto', 'Javier G. Cuesta', 'María Ortega', 'Madrid / Tiflis - 28 may 2024 - 18:42 CEST', 'Ir a los comentarios', ...text, 'Sobre la firma', 'Javier G. Cuesta', 'Corresponsal en Moscú. Licenciado en Periodismo.', 'Archivado En', 'Georgia', 'Europa'];
    expect(readGenericLayout(page, [], { dateOrder: 'DMY', languages: ['es'] })).toMatchObject({ authors: ['Javier G. Cuesta', 'María Ortega'], dateline: 'Madrid / Tiflis', body: text });
  });
});

describe('central Europe\'s date lines', () => {
  // iROZHLAS: `Tbilisi 18:42 28. května 2024`, the place glued to the time its date follows.
  it('reads a place before a date that opens with its time, with no separator between, as the dateline', () => {
    expect(readFactLine('Tbilisi 18:42 28. května 2024', [], { languages: ['cs'] })).toEqual({
      date: { text: '18:42 28. května 2024', updated: false },
      dateline: 'Tbilisi',
    });
    // Without the time, a capitalised word glued to a date may end a title in title case, so it is no date line.
    expect(readFactLine('Tbilisi 28. května 2024', [], { languages: ['cs'] })).toBeUndefined();
  });
});

// Polish, Czech, Romanian, Greek and Dutch pages: their dates were read, their words around the article were not.
describe('the words Polish, Czech, Romanian, Greek and Dutch pages print around an article', () => {
  it('reads their share bars, counters, reading times, labels and footers as the page\'s', () => {
    for (const line of [
      'Udostępnij', 'Kopiuj link', 'Komentarze (12)', 'Reklama', 'Tagi: Gruzja, Tbilisi',
      'Sdílet na Facebooku', 'Kopírovat odkaz', 'Témata: Gruzie, Tbilisi', '© Český rozhlas, 2024',
      'Distribuie pe WhatsApp', 'Etichete: Georgia, Tbilisi', 'Urmărește știrile Digi24.ro și pe Google News', 'Editor : Andrei Popescu',
      'Κοινοποίηση', 'Λάβετε μέρος στη συζήτηση', 'Λέξεις-κλειδιά:', 'Ακολουθήστε την Καθημερινή στο Google News',
      'Deel dit artikel', 'Leestijd 3 minuten', 'Reageren', 'Een versie van dit artikel verscheen ook in NRC Handelsblad van 29 mei 2024',
    ]) {
      expect(isChrome(line), line).toBe(true);
    }
    for (const line of ['Přečtěte si také', 'Citește și: Mii de georgieni au protestat din nou', 'Lees ook', 'CZYTAJ TEŻ: Tysiące ludzi na ulicach Tbilisi']) expect(startsReadAlso(line), line).toBe(true);
    for (const line of ['Nieuwsbrief', 'Najczęściej czytane']) expect(startsTrailer(line), line).toBe(true);
  });

  // Greek capitals drop the accent: `ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ` is Kathimerini's `Διαβάστε επίσης`.
  it('reads a Greek heading printed in capitals, without its accents', () => {
    expect(startsReadAlso('ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ')).toBe(true);
    expect(startsReadAlso('Διαβάστε επίσης')).toBe(true);
  });

  it('reads their bylines and update lines', () => {
    expect(readFactLine('Autor: Anna Kowalska', [], {})?.authors).toEqual(['Anna Kowalska']);
    expect(readFactLine('door Anna de Vries', [], {})?.authors).toEqual(['Anna de Vries']);
    expect(readFactLine('Aktualizacja: 28.05.2024, 19:05', [], { dateOrder: 'DMY' })?.date).toEqual({ text: '28.05.2024, 19:05', updated: true });
    expect(readFactLine('Data publicării: 28.05.2024 18:42', [], { dateOrder: 'DMY' })?.date).toEqual({ text: '28.05.2024 18:42', updated: false });
  });

  // TVN24's `Fot.`, whose point is the label's mark; NRC's `Foto` with no mark at all; iROZHLAS's bars between caption, credit and source.
  it('reads their photo credits: an abbreviated label, a label with no mark, a caption past a bar', () => {
    expect(readFactLine('Fot. Irakli Gedenidze/Reuters', [], {})).toEqual({ credit: 'Irakli Gedenidze/Reuters' });
    expect(readFactLine('Φωτ.: REUTERS/Irakli Gedenidze', [], {})).toEqual({ credit: 'REUTERS/Irakli Gedenidze' });
    expect(readFactLine('Foto Irakli Gedenidze/Reuters', [], {})).toEqual({ credit: 'Irakli Gedenidze/Reuters' });
    expect(readFactLine('Demonstranti před budovou parlamentu v Tbilisi | Foto: Irakli Gedenidze | Zdroj: Reuters', [], {})).toEqual({
      caption: 'Demonstranti před budovou parlamentu v Tbilisi',
      credit: 'Irakli Gedenidze | Zdroj: Reuters',
    });
    // A sentence that opens with the word is no credit.
    expect(readFactLine('Foto en video van de betoging werden gedeeld.', [], {})).toBeUndefined();
  });
});

// The Baltic and Belarusian papers that cover the Caucasus: Delfi, ERR, LSM, Nasha Niva.
describe('the words Lithuanian, Estonian, Latvian and Belarusian pages print around an article', () => {
  it('reads their share bars, counters, labels and notes as the page\'s', () => {
    for (const line of [
      'Dalintis', 'Komentarai (34)', 'Žymės: Gruzija, Tbilisis, protestai',
      'Griežtai draudžiama Delfi paskelbtą informaciją panaudoti kitose interneto svetainėse be sutikimo.',
      'Jaga', 'Toimetaja: Mari Tamm',
      'Kopīgot', 'Ziņot par kļūdu', 'Tēmas: Gruzija, Tbilisi',
      'Падзяліцца', 'Каментары',
    ]) {
      expect(isChrome(line), line).toBe(true);
    }
    for (const line of ['Taip pat skaitykite', 'Loe ka', 'Lasi arī', 'Чытайце таксама']) expect(startsReadAlso(line), line).toBe(true);
  });

  it('reads their bylines and photo credits', () => {
    expect(readFactLine('Аўтар: Ганна Іванова', [], {})?.authors).toEqual(['Ганна Іванова']);
    expect(readFactLine('Nuotr. Irakli Gedenidze/Reuters', [], {})).toEqual({ credit: 'Irakli Gedenidze/Reuters' });
    // ERR: `Autor/allikas` ("author/source"), the photo's, after its caption.
    expect(readFactLine('Meeleavaldajad Tbilisis parlamendi ees. Autor/allikas: Irakli Gedenidze/Reuters', [], {})).toEqual({
      caption: 'Meeleavaldajad Tbilisis parlamendi ees.',
      credit: 'Irakli Gedenidze/Reuters',
    });
    expect(readFactLine('Удзельнікі пратэсту каля парламента ў Тбілісі. Фота: Reuters', [], {})).toEqual({ caption: 'Удзельнікі пратэсту каля парламента ў Тбілісі.', credit: 'Reuters' });
  });
});

// The Balkans' pages: N1 in Serbian, Hina in Croatian.
describe('Serbian and Croatian pages', () => {
  it('reads their share bars, counters, read-also headings and bylines', () => {
    for (const line of ['Podeli', 'Komentari (5)', 'Podijeli', 'Реклама']) expect(isChrome(line), line).toBe(true);
    expect(startsReadAlso('Pročitajte još')).toBe(true);
    expect(readFactLine('Autor: Marko Jovanović', [], {})?.authors).toEqual(['Marko Jovanović']);
  });

  // The point after the year is taken only before a time (YEAR_POINT), where no sentence ends.
  it('reads the ordinal point after the year and the time after it as the date', () => {
    expect(readFactLine('28. maj 2024. 18:42', [], { languages: ['sr'] })?.date).toEqual({ text: '28. maj 2024. 18:42', updated: false });
    expect(readFactLine('28.05.2024. 18:42', [], { dateOrder: 'DMY' })?.date).toEqual({ text: '28.05.2024. 18:42', updated: false });
  });
});

// Older designs of the outlets issue 13 names, as the Wayback Machine shows them (session 16).
describe('the named outlets\' older pages', () => {
  // Copied from under the masthead, Civil Georgia's date line until 2019 is the place, a slash and the date; so its
  // Russian and Georgian editions.
  it('reads the place before a slash and a date as the dateline', () => {
    for (const [line, place, date] of [
      ["Tbilisi / 9 Apr.'09 / 21:15", 'Tbilisi', "9 Apr.'09 / 21:15"],
      ["Тбилиси / 1 Июл.'10 / 18:42", 'Тбилиси', "1 Июл.'10 / 18:42"],
      ["თბილისი / 27 დეკ.'11 / 13:35", 'თბილისი', "27 დეკ.'11 / 13:35"],
    ] as const) {
      expect(readFactLine(line, [], { dateOrder: 'DMY' }), line).toEqual({ date: { text: date, updated: false }, dateline: place });
    }
    // A sentence before a slash is no place: the line is no date line.
    expect(readFactLine("Protesters say they will stay / 9 Apr.'09", [], { dateOrder: 'DMY' })).toBeUndefined();
  });

  it('reads the web site\'s name before the date as no byline (guardian.co.uk until 2013)', () => {
    expect(readFactLine('guardian.co.uk, Tuesday 6 November 2012 18.42 GMT', [], {})).toEqual({ date: { text: 'Tuesday 6 November 2012 18.42 GMT', updated: false } });
  });

  it('reads the site\'s name with the agency it drew on before the date as no byline (Le Monde until 2013)', () => {
    expect(readFactLine('LEMONDE.FR avec AFP | 06.11.2012 à 18h42', [], { dateOrder: 'DMY' })).toEqual({ date: { text: '06.11.2012 à 18h42', updated: false } });
  });

  it('reads the BBC\'s `Page last updated at` line (until 2013) as the update', () => {
    expect(readFactLine('Page last updated at 18:42 GMT, Tuesday, 6 November 2012', [], {})?.date).toEqual({ text: '18:42 GMT, Tuesday, 6 November 2012', updated: true });
  });

  // Under the site's menu: the update over buttons over the title. The menu's last item is no short headline over the date.
  it('reads the title under the date past the buttons between them', () => {
    const header = read(['Home', 'World', 'Politics', 'Business', 'Sport', 'Page last updated at 18:42 GMT, Tuesday, 6 November 2012', 'E-mail this to a friend', 'Printable version', 'Georgia arrests former officials', 'Prosecutors in Georgia have arrested several former officials.', 'The opposition called it revenge.'].join('\n'));
    expect(header).toMatchObject({ title: 'Georgia arrests former officials', updated: { text: '18:42 GMT, Tuesday, 6 November 2012', line: 6 } });
  });

  it('reads the buttons and notices under the text of those pages as chrome', () => {
    for (const line of ['Printable version', 'Article history', 'Diesen Artikel...', 'Versenden', 'Senden', 'Распечатать', 'Se adhiere a los criterios de The Trust Project', 'Версия для печати', 'Отправить другу', 'ბეჭდვის ვერსია', 'გაუგზავნე მეგობარს', 'Перепечатка материалов Civil.Ge возможна только с разрешения редакции.']) {
      expect(isChrome(line), line).toBe(true);
    }
  });
});

// A copy started below the headline: a sentence under the byline is no title.
describe('a copy with no headline', () => {
  it('refuses a copy that starts at the byline, naming it and the sentence under it', () => {
    expect(() => read(['By Salome Modebadze', 'Parliament on Thursday passed a bill granting amnesty to people detained during protests.', 'Around 190 people will be released.'].join('\n'))).toThrow(
      'the clipping has no headline: none stands above "By Salome Modebadze" (line 1), and the line under it, "Parliament on Thursday passed a bill granting amnesty to people detained during…", is a sentence of the text',
    );
  });
  it('reads a headline under the byline that is no sentence', () => {
    expect(read(['By Salome Modebadze', 'Parliament passes amnesty', '21 June 2013', 'Parliament on Thursday passed a bill.', 'Around 190 people will be released.'].join('\n')).title).toBe('Parliament passes amnesty');
  });
});

describe('a short headline right under the kind of article (Novaya Gazeta Europe)', () => {
  const standfirst = 'Parliament overrides the president’s veto of the ‘foreign agents’ law';
  const under = (label: string, headline: string) => read(['Novaya Gazeta Europe', label, headline, standfirst, '28 May 2024, 16:05', 'The parliament voted on Tuesday.'].join('\n'), ['Novaya Gazeta Europe']);
  it('takes the short line under `News` for the title and the standfirst with no full stop for the text', () => {
    expect(under('News', 'Veto overridden')).toMatchObject({ title: 'Veto overridden', body: [standfirst, 'The parliament voted on Tuesday.'] });
  });
  it('takes that short line for the title under the site\'s menu too, which ends above the kind of article', () => {
    const text = ['Home', 'World', 'Politics', 'Business', 'Novaya Gazeta Europe', 'News', 'Veto overridden', standfirst, '28 May 2024, 16:05', 'The parliament voted on Tuesday.'];
    expect(read(text.join('\n'), ['Novaya Gazeta Europe'])).toMatchObject({ title: 'Veto overridden', body: [standfirst, 'The parliament voted on Tuesday.'] });
  });
  it.each([['a word', 'World'], ['a section’s name', 'Politics & Policy'], ['a region’s news', 'Europe News']])('keeps %s under `News` a kicker over the headline', (_, kicker) => {
    expect(under('News', kicker)).toMatchObject({ title: standfirst, body: ['The parliament voted on Tuesday.'] });
  });
  it('keeps a short line under a section that is no kind of article a kicker, as a topic over its headline', () => {
    expect(under('Europe', 'Foreign agents law').title).toBe(standfirst);
  });
});

describe('topic chips under the text (Medium)', () => {
  const head = 'Summer of Protest\nTamar Kiknadze\nJun 12, 2024\nThe crowds did not shrink after the vote in Georgia.\nThe balcony has never been so loud.\n';
  it.each([
    ['the site\'s topics beside one of the text\'s, over the claps and responses', 'Politics\nDemocracy\nGeorgia\n214\n3\n'],
    ['two of them right over the page\'s chrome', 'Georgia\nPolitics\nShare this article\n'],
  ])('leaves %s out of the body', (_, tags) => {
    expect(read(`${head}${tags}Written by Tamar Kiknadze\nWriter and translator in Tbilisi. Notes on politics and cities.\n`).body).toEqual(['The crowds did not shrink after the vote in Georgia.', 'The balcony has never been so loud.']);
  });
  it('keeps a sign-off of a name and a place, which no topic of the text tells from tags, in the body', () => {
    expect(read(`${head}Nino Beridze\nGeorgia\nShare this article\n`).body).toEqual(['The crowds did not shrink after the vote in Georgia.', 'The balcony has never been so loud.', 'Nino Beridze', 'Georgia']);
  });
});

// Pages of the Caucasus, Central Asia, Iran and South-East Asia (session 16's outlets-south): each
// line below stayed in the article's text, or was read as a dateline, before its rule.
describe('headers and trailers of Kvira, Mediamax, the Hindustan Times, the Bangkok Post, IRNA and Mediazona', () => {
  it('reads the paper\'s web address on a line of its own as its masthead, and no other site\'s', () => {
    expect(readFactLine('Mediamax.am', ['Mediamax'], {})).toEqual({ chrome: true });
    expect(readFactLine('kvira.ge', ['Kvira'], {})).toEqual({ chrome: true });
    expect(readFactLine('Civil.ge', ['Mediamax'], {})).not.toEqual({ chrome: true });
  });

  it('reads the paper\'s initials and two words as its own newsroom', () => {
    expect(readFactLine('By HT News Desk', ['Hindustan Times'], {})).toEqual({ chrome: true });
    expect(readFactLine('By HT News Desk', ['The Times'], {})).not.toEqual({ chrome: true });
  });

  it('reads a count of views with its thousands grouped by a blank as a counter (Frontnews)', () => {
    for (const line of ['1 523', '12\u00A0045', '👁 1 523']) expect(readFactLine(line, [], {}), line).toEqual({ chrome: true });
    expect(readFactLine('1 52', [], {})).not.toEqual({ chrome: true });
  });

  it('reads a stock site\'s web address after a photo label as the credit (Kazinform), and no sentence', () => {
    expect(readFactLine('Фото: ru.freepik.com', [], { languages: ['ru'] })).toEqual({ credit: 'ru.freepik.com' });
    expect(readFactLine('Фото: протестующие у парламента.', [], { languages: ['ru'] })).not.toEqual({ credit: 'протестующие у парламента.' });
  });

  it('reads `WRITER:` as a byline\'s label', () => {
    expect(readFactLine('WRITER: Reuters', [], { languages: ['en'] })?.authors).toEqual(['Reuters']);
  });

  it.each([
    ['კომენტარები (0)', 'ka'],
    ['Follow IRNA on X', 'en'],
    ['Do you like the content of this article?', 'en'],
    ['Get Latest World News along with Latest News from India at Hindustan Times.', 'en'],
    ['Медиазона работает благодаря вашей поддержке', 'ru'],
    ['Поддержать', 'ru'],
  ])('knows `%s` (%s) for the page\'s chrome', (line, language) => {
    expect(readFactLine(line, [], { languages: [language] })).toEqual({ chrome: true });
  });

  it('keeps a sentence that opens like a call to follow', () => {
    expect(readFactLine('Follow the money, the opposition told the parliament on Tuesday.', [], { languages: ['en'] })).not.toEqual({ chrome: true });
  });
});

describe('NDTV\'s date line over agency copy', () => {
  it('reads the section, the agency by its name and the update\'s date on one line', () => {
    expect(readFactLine('World News | Reuters | Updated: May 28, 2024 9:12 pm IST', [], { languages: ['en'] })).toEqual({
      authors: ['Reuters'],
      date: { text: 'May 28, 2024 9:12 pm IST', updated: true },
    });
  });

  it('knows its syndication note under the text for the page\'s', () => {
    expect(readFactLine('(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)', [], { languages: ['en'] })).toEqual({ chrome: true });
  });
});

describe('the Taipei Times\' print date', () => {
  it('reads the print edition\'s page after the date as no place', () => {
    expect(readFactLine('Wed, May 29, 2024 page 7', [], { languages: ['en'] })).toEqual({ date: { text: 'Wed, May 29, 2024', updated: false } });
    expect(readFactLine('Comments will be moderated. Keep comments relevant to the article.', [], { languages: ['en'] })).toEqual({ chrome: true });
    expect(readFactLine('Wed, May 29, 2024 page6', [], { languages: ['en'] })).toEqual({ date: { text: 'Wed, May 29, 2024', updated: false } });
  });

  it('reads `AFP, TBILISI` as the agency that wrote the story and its place, over the title or under it', () => {
    expect(readFactLine('AFP, TBILISI', [], {})).toEqual({ authors: ['AFP'], dateline: 'TBILISI' });
    // a weekday after the agency, or a name that is no agency's, is no such line
    expect(readFactLine('Reuters, Tuesday', [], {})).toBeUndefined();
    expect(readFactLine('Anna, TBILISI', [], {})).toBeUndefined();
    const text = 'Georgia’s parliament yesterday overrode a presidential veto.';
    for (const page of [
      ['World News', 'Wed, May 29, 2024 page 6', 'AFP, TBILISI', 'Georgian lawmakers override veto of ‘foreign influence’ law', text],
      ['World News', 'Wed, May 29, 2024 page 6', 'Georgian lawmakers override veto of ‘foreign influence’ law', 'AFP, TBILISI', text],
    ]) {
      expect(readGenericLayout(page, [], { languages: ['en'] }), page.join(' / ')).toMatchObject({
        title: 'Georgian lawmakers override veto of ‘foreign influence’ law',
        authors: ['AFP'],
        dateline: 'TBILISI',
        body: [text],
      });
    }
  });
});

describe('the paper\'s sentence about itself under the text (Agenda.ge, 2014)', () => {
  const page = (last: string) => read(`Georgia signs Association Agreement with the EU\n27 June 2014 - 12:42\nGeorgia has signed the agreement.\nThe parliament must still ratify it.\n${last}\nBack to top\n`, ['Agenda.ge']);

  it('leaves it out of the body, however the paper words it', () => {
    for (const last of ['Agenda.ge is a news portal of the Georgian Public Broadcaster, providing news about Georgia in English.', 'Agenda.ge is an English-language news portal.']) {
      expect(page(last).body, last).toEqual(['Georgia has signed the agreement.', 'The parliament must still ratify it.']);
    }
  });

  it('keeps a sentence of the text that names the paper for what it did', () => {
    expect(page('Agenda.ge reported the signing live from Brussels.').body).toContain('Agenda.ge reported the signing live from Brussels.');
  });
});

describe('a section\'s description over the headline, and a writer described after the byline (Foreign Policy)', () => {
  const page = [
    'Subscribe',
    'Sign In',
    'Argument',
    "An expert's point of view on a current event.",
    'Georgia’s Foreign Agents Law Is a Test the West Keeps Failing',
    'Brussels has the leverage to change Tbilisi’s course. It has not used it.',
    'By Tamar Kiknadze, a nonresident fellow at the Atlantic Council’s Eurasia Center.',
    'May 29, 2024, 3:42 PM',
    'When Georgia’s parliament overrode the president’s veto on Tuesday, it took less than an hour. The ruling party had the votes.',
    'The law obliges groups that receive more than a fifth of their money from abroad to register.',
  ].join('\n');

  it('takes the sentence under the section\'s name for the kicker\'s, so the title and the date below it are the header\'s', () => {
    const header = read(page);
    expect(header.title).toBe('Georgia’s Foreign Agents Law Is a Test the West Keeps Failing');
    expect(header).toMatchObject({ authors: ['Tamar Kiknadze'], date: { text: 'May 29, 2024, 3:42 PM' } });
  });

  it('keeps a standfirst under its headline a paragraph of the text, and a sentence under a short line above a paragraph the text\'s', () => {
    const header = read(page);
    expect(header.body[0]).toBe('Brussels has the leverage to change Tbilisi’s course. It has not used it.');
    expect(header.body).not.toContain("An expert's point of view on a current event.");
    // No headline-shaped line under it: the sentence is the text's first paragraph, not a description.
    expect(read('Argument\nThe vote took less than an hour.\nThe ruling party had the votes, and it used them, as it had promised.\nMay 29, 2024').body).toContain('The vote took less than an hour.');
  });

  it('reads the names of a byline whose writer is described after a comma, not the description', () => {
    expect(readFactLine('By Tamar Kiknadze, a nonresident fellow at the Atlantic Council’s Eurasia Center.', [], {})).toEqual({ authors: ['Tamar Kiknadze'], dateline: undefined });
    expect(readFactLine('By Anna Keller and Giorgi Lomsadze, the paper’s correspondents in the Caucasus', [], {})).toEqual({ authors: ['Anna Keller', 'Giorgi Lomsadze'], dateline: undefined });
  });
});

describe('a place alone under the photo caption (IWPR)', () => {
  const lines = (place: string) =>
    `Georgia: Winemakers Count Cost of Embargo\n12 April 2007\nNata Kvaratskhelia\nA winemaker in his cellar. (Photo: Nata Kvaratskhelia)\n${place}\nLevan Mchedlishvili walks between the jars.\nProducers say the loss hit them hard.\n`.split('\n');
  it('reads a place the gazetteer knows, on the line under the caption, as where the story was written', () => {
    const header = readGenericLayout(lines('Tbilisi'), [], { places: new Set(['Tbilisi']) });
    expect(header).toMatchObject({ dateline: 'Tbilisi', caption: 'A winemaker in his cellar.', body: ['Levan Mchedlishvili walks between the jars.', 'Producers say the loss hit them hard.'] });
  });
  it('reads no place under a caption over the headline: the section (the Guardian)', () => {
    const header = readGenericLayout(
      'Protesters outside the parliament. Photograph: Name/AFP\nGeorgia\nGeorgian parliament overrides veto\nPjotr Sauer\nTue 28 May 2024 15.42 BST\nGeorgia’s parliament has voted to override a veto.\n'.split('\n'),
      [],
      { places: new Set(['Georgia']) },
    );
    expect(header.dateline).toBeUndefined();
  });
  it('keeps a line the gazetteer does not know as text', () => {
    const header = readGenericLayout(lines('Vineyards'), [], { places: new Set(['Tbilisi']) });
    expect(header.dateline).toBeUndefined();
    expect(header.body[0]).toBe('Vineyards');
  });
});

// Session 18's new outlets, each line as its page prints it (the goldens read the whole clippings).
describe('lines of outlets new to the archive', () => {
  it('reads `Published at :` and `Last update on:` as the labels of the publication and the update (the Kathmandu Post, the Daily Star)', () => {
    expect(readFactLine('Published at : May 28, 2024', [], {})).toEqual({ date: { text: 'May 28, 2024', updated: false } });
    expect(readFactLine('Last update on: Tue May 28, 2024 04:10 PM', [], {})).toEqual({ date: { text: 'Tue May 28, 2024 04:10 PM', updated: true } });
  });

  it('reads the label after a copyright sign as the credit’s, not the caption’s end (Sud Ouest)', () => {
    expect(readFactLine('Le pont d’Aquitaine, à Bordeaux. © Crédit photo : Guillaume Bonnaud / SUD OUEST', [], {})).toEqual({
      caption: 'Le pont d’Aquitaine, à Bordeaux.',
      credit: 'Guillaume Bonnaud / SUD OUEST',
    });
  });

  it('reads the paper’s file photo after the caption’s sentence as its credit (the Kathmandu Post)', () => {
    expect(readFactLine('Shops found using plastic bags will be fined. Post File Photo', [], {})).toEqual({
      caption: 'Shops found using plastic bags will be fined.',
      credit: 'Post File Photo',
    });
  });

  it('reads the photographer and the paper past a bar in square brackets after the caption as its credit (the Tampa Bay Times)', () => {
    expect(readFactLine('The Downtown Looper trolley on Central Avenue. [ DIRK SHADD | Times ]', [], {})).toEqual({
      caption: 'The Downtown Looper trolley on Central Avenue.',
      credit: 'DIRK SHADD | Times',
    });
  });

  it('reads the names of a byline, not the reporter’s mail address after them (Sud Ouest) nor the labelled source (Caucasian Knot)', () => {
    expect(readFactLine('Par Julien Lestage - j.lestage@sudouest.fr', [], {})).toEqual({ authors: ['Julien Lestage'] });
    expect(readFactLine('Author: Inna Kukudzhanova Source: CK correspondent', [], {})).toEqual({ authors: ['Inna Kukudzhanova'] });
  });

  it('reads the desk’s byline and a three-word role under the byline as the page’s, no name (the Daily Star, the Seattle Times)', () => {
    expect(isChrome('Star Online Report')).toBe(true);
    expect(isChrome('Seattle Times staff reporter')).toBe(true);
  });

  it('ends the text at `Related topic:` and leaves out the reprint notice (the Daily Star, 24.kg)', () => {
    expect(startsTrailer('Related topic:')).toBe(true);
    expect(isChrome('Ссылка на материал обязательна.')).toBe(true);
  });

  it('reads a photographer’s name under `Copyright:` as the photo’s credit, a copyright footer still as chrome (the Kölner Stadt-Anzeiger)', () => {
    expect(readFactLine('Copyright: Alexander Schwaiger', [], {})).toEqual({ credit: 'Alexander Schwaiger' });
    expect(readFactLine('Copyright 2024 The Times', [], {})).toEqual({ chrome: true });
  });

  it('reads the site’s address-like name before the place as a dateline (24.kg)', () => {
    expect(readDateline('24.kg, БИШКЕК - В Бишкеке отремонтируют 40 улиц.', { languages: ['ru'] })?.place).toBe('БИШКЕК');
  });
});

describe('think tanks\', rights groups\' and international bodies\' pages', () => {
  it('reads UN News\'s topic beside the date, past a blank, as no place', () => {
    const dmy = { languages: ['en'], dateOrder: 'DMY' } as const;
    expect(readFactLine('28 May 2024 Human Rights', [], dmy)).toEqual({ date: { text: '28 May 2024', updated: false } });
    expect(readFactLine('28 May 2024 | Peace and Security', [], dmy)).toEqual({ date: { text: '28 May 2024', updated: false } });
  });

  it('reads the date beside the page\'s age (the Jamestown Foundation: `Age: 2 years`), the age left out', () => {
    expect(readFactLine('May 29, 2024 04:58 PM Age: 2 years', [], { languages: ['en'], dateOrder: 'MDY' })).toEqual({ date: { text: 'May 29, 2024 04:58 PM', updated: false } });
  });

  it('reads Human Rights Watch\'s release: the place in brackets opening the text, the photo\'s year after `©`, the button over the photo', () => {
    expect(readDateline('(Berlin) – Georgian police used excessive force against peaceful protesters.', {})).toEqual({ place: 'Berlin', date: undefined });
    // A sentence in brackets is no place.
    expect(readDateline('(This story has been corrected.) – The police said.', {})).toBeUndefined();
    expect(readFactLine('Riot police detain a protester in Tbilisi, Georgia, May 14, 2024. © 2024 Zurab Tsertsvadze/AP Photo', [], {})).toEqual({
      caption: 'Riot police detain a protester in Tbilisi, Georgia, May 14, 2024.',
      credit: 'Zurab Tsertsvadze/AP Photo',
    });
    // The page's copyright footer still is none.
    expect(readFactLine('© 2024 Human Rights Watch', [], {})).toEqual({ chrome: true });
    expect(isChrome('Click to expand Image')).toBe(true);
    // Its lists under the text: `Region / Country` heads its regions' links, which a footer under them left in the text.
    expect(startsTrailer('Region / Country')).toBe(true);
  });
});
