import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/importer/clipping-language.ts';
import { dateOrderOf, monthNamed, weekdayNamed } from '../../src/importer/date-names.ts';
import { resolvePrintedDate, resolveSuppliedDate, type DateContext } from '../../src/importer/dates.ts';
import { DateError, findDate } from '../../src/importer/read-date.ts';

// Instants worked out by hand from each zone's offset on that day: Moscow +03 all year since 2014,
// Paris and Berlin +01 in winter and +02 from the last Sunday of March, Tbilisi +04, Kyiv +03 in
// summer, Istanbul +03 since 2016.
const NOW = new Date('2026-01-01T00:00:00Z');
const at = (timeZone: string, languages: string[], extra: Partial<DateContext> = {}): DateContext => ({ timeZone, languages, dateOrder: dateOrderOf(languages[0]), now: NOW, ...extra });

describe('dates in the languages news is printed in', () => {
  const cases: [printed: string, context: DateContext, published: string, certainty: string][] = [
    ['26 августа 2011, 01:42', at('Europe/Moscow', ['ru']), '2011-08-26T01:42:00+04:00', 'exact'],
    ['9 марта 2023 г., 10:05', at('Europe/Moscow', ['ru']), '2023-03-09T10:05:00+03:00', 'exact'],
    ['пятница, 8 марта 2019', at('Europe/Moscow', ['ru']), '2019-03-08T00:00:00+03:00', 'day'],
    ['30 avril 2015 à 07:19', at('Europe/Paris', ['fr']), '2015-04-30T07:19:00+02:00', 'exact'],
    ['04.05.2015 à 13h36', at('Europe/Paris', ['fr']), '2015-05-04T13:36:00+02:00', 'exact'],
    ['vendredi 8 mars 2019', at('Europe/Paris', ['fr']), '2019-03-08T00:00:00+01:00', 'day'],
    ['12.03.2020, 14:05 Uhr', at('Europe/Berlin', ['de']), '2020-03-12T14:05:00+01:00', 'exact'],
    ['Freitag, 8. März 2019', at('Europe/Berlin', ['de']), '2019-03-08T00:00:00+01:00', 'day'],
    ['08 mar 2023 - 18:42 CET', at('Europe/Madrid', ['es']), '2023-03-08T18:42:00+01:00', 'exact'],
    ['23 de mayo de 2019', at('Europe/Madrid', ['es']), '2019-05-23T00:00:00+02:00', 'day'],
    ['23 maggio 2019 alle 13:35', at('Europe/Rome', ['it']), '2019-05-23T13:35:00+02:00', 'exact'],
    ['23 de maio de 2019 às 13:35', at('Europe/Lisbon', ['pt']), '2019-05-23T13:35:00+01:00', 'exact'],
    ['8 травня 2019, 14:05', at('Europe/Kyiv', ['uk']), '2019-05-08T14:05:00+03:00', 'exact'],
    ['середа, 8 травня 2019', at('Europe/Kyiv', ['uk']), '2019-05-08T00:00:00+03:00', 'day'],
    ['8 მაისი', at('Asia/Tbilisi', ['ka'], { year: 2019 }), '2019-05-08T00:00:00+04:00', 'supplied'],
    ['08 მაისი 2019, 14:05', at('Asia/Tbilisi', ['ka']), '2019-05-08T14:05:00+04:00', 'exact'],
    ['8 Mayıs 2019 14:05', at('Europe/Istanbul', ['tr']), '2019-05-08T14:05:00+03:00', 'exact'],
    ['Çarşamba, 8 Mayıs 2019', at('Europe/Istanbul', ['tr']), '2019-05-08T00:00:00+03:00', 'day'],
    ['03 Sep 2019 - 13:18', at('Asia/Tbilisi', ['en']), '2019-09-03T13:18:00+04:00', 'exact'],
    ['May 23, 2012 / 1:35 PM', at('America/New_York', ['en']), '2012-05-23T13:35:00-04:00', 'exact'],
    ['Wed 8 Mar 2023 18.42 GMT', at('Europe/London', ['en']), '2023-03-08T18:42:00Z', 'exact'],
    // capitals and folded accents still read
    ['8 MÄRZ 2019', at('Europe/Berlin', ['de']), '2019-03-08T00:00:00+01:00', 'day'],
  ];
  it.each(cases)('%s', (printed, context, published, certainty) => {
    expect(resolvePrintedDate(printed, context)).toEqual({ published, certainty });
  });

  it('takes month names from date-fns locales, genitive and standalone forms and abbreviations included', () => {
    expect(['августа', 'август', 'авг.', 'сент.', 'мая', 'avril', 'févr.', 'März', 'Mär', 'mayo', 'maggio', 'março', 'травня', 'берез.', 'მაისი', 'Mayıs', 'Sept'].map((name) => monthNamed(name))).toEqual([
      8, 8, 8, 9, 5, 4, 2, 3, 3, 5, 5, 3, 5, 3, 5, 5, 9,
    ]);
    expect(monthNamed('people')).toBeUndefined();
  });

  it('takes the order of numeric dates from the language, and none from plain English', () => {
    expect([dateOrderOf('fr'), dateOrderOf('de'), dateOrderOf('ru'), dateOrderOf('tr'), dateOrderOf('en-GB'), dateOrderOf('en-US'), dateOrderOf('en'), dateOrderOf('xx')]).toEqual([
      'DMY', 'DMY', 'DMY', 'DMY', 'DMY', 'MDY', undefined, undefined,
    ]);
  });

  it('detects a clipping\'s language from its script or its commonest words, and says nothing when unsure', () => {
    expect(detectLanguage('Правящая партия Грузии отозвала законопроект')).toBe('ru');
    expect(detectLanguage('Парламент Грузії ухвалив новий кодекс')).toBe('uk');
    expect(detectLanguage('პარლამენტმა ეთიკის ახალი კოდექსი მიიღო')).toBe('ka');
    expect(detectLanguage('Les manifestants ont défilé dans le centre de la capitale avant de se réunir devant le Parlement, où les chefs de la opposition ont pris la parole.')).toBe('fr');
    expect(detectLanguage('Parliament Passes Amendments')).toBeUndefined();
  });

  it('tells Armenian by its script, Persian from Arabic, and Turkish and Azerbaijani by their own letters', () => {
    expect(detectLanguage('Հայաստանի խորհրդարանը ընդունել է նոր օրենք')).toBe('hy');
    expect(detectLanguage('پارلمان گرجستان لایحه جنجالی را پس از وتوی رئیس جمهور دوباره تصویب کرد')).toBe('fa');
    expect(detectLanguage('أقر البرلمان الجورجي مشروع القانون المثير للجدل بعد أن نقضته الرئيسة في تبليسي')).toBe('ar');
    expect(detectLanguage('Gürcistan Parlamentosu, Cumhurbaşkanının veto ettiği yabancı etki yasasını yeniden kabul etti. Muhalefet milletvekilleri oylamayı protesto ederek salonu terk etti.')).toBe('tr');
    expect(detectLanguage('Gürcüstan parlamenti prezidentin veto etdiyi qanunu yenidən qəbul edib. Müxalifət səsverməni boykot edib.')).toBe('az');
    // A Turkish name in an English text is not Turkish.
    expect(detectLanguage('Kemal Kılıçdaroğlu said on Tuesday that the opposition would take the law to the court, and that the vote in the parliament was a mistake for the country.')).toBe('en');
  });

  it('takes a language that leads its runner-up by half as much again (Spanish, which shares "la" with French and "que" with Portuguese)', () => {
    expect(detectLanguage('El Parlamento de Georgia aprobó la ley de la influencia extranjera, que la oposición llama la ley rusa, por 84 votos a favor y los diputados de la oposición abandonaron la sala.')).toBe('es');
  });
});

describe('dates refused in other languages, and why', () => {
  const refused = (printed: string, context: DateContext) => {
    try {
      resolvePrintedDate(printed, context);
    } catch (error) {
      expect(error).toBeInstanceOf(DateError);
      return error as DateError;
    }
    throw new Error(`"${printed}" was read`);
  };

  it('checks a printed weekday in any language against the date', () => {
    expect(refused('четверг, 8 марта 2019', at('Europe/Moscow', ['ru'])).reason).toBe('"четверг, 8 марта 2019" says Thursday, but March 8, 2019 was a Friday');
    expect(refused('Samstag, 8. März 2019', at('Europe/Berlin', ['de'])).reason).toMatch(/says Saturday, but March 8, 2019 was a Friday/);
  });

  it('refuses an ambiguous numeric date when neither the paper nor the language gives the order', () => {
    const error = refused('04.05.2015 13:36', at('Europe/London', ['en'], { dateOrder: undefined }));
    expect(error.reason).toMatch(/could be 4\/5 or 5\/4/);
    expect(error.fix).toMatch(/dateOrder: DMY or MDY \(or the paper's language:\)/);
    // A paper being added has no file yet: the option that gives the order is named too.
    expect(error.fix).toMatch(/--new-source takes --language with its region \(en-GB reads day-first, en-US month-first\)/);
  });

  it('refuses a short weekday that means different days in different languages when the language is unknown', () => {
    const error = refused('Sa, 09.03.2019', { timeZone: 'Europe/Berlin', dateOrder: 'DMY', now: NOW });
    expect(error.reason).toMatch(/"Sa" is a different month or weekday in .*de.*tr/);
    expect(resolvePrintedDate('Sa, 09.03.2019', { timeZone: 'Europe/Berlin', dateOrder: 'DMY', languages: ['de'], now: NOW })).toEqual({ published: '2019-03-09T00:00:00+01:00', certainty: 'day' });
  });

  it('lists every candidate year of a year-less date in any language, and recommends none', () => {
    const error = refused('пятница, 8 марта', at('Europe/Moscow', ['ru']));
    expect(error.reason).toBe('"пятница, 8 марта" prints no year; candidate years (Friday, March 8): 1991, 1996, 2002, 2013, 2019, 2024');
    expect(error.fix).not.toMatch(/\d{4}/);
  });
});

describe('a clipping that prints no date', () => {
  it('is refused with "no date is printed" and told of --date', () => {
    let error: DateError | undefined;
    try {
      resolveSuppliedDate({ timeZone: 'Asia/Tbilisi' });
    } catch (caught) {
      error = caught as DateError;
    }
    expect(error!.reason).toMatch(/^no date is printed in the clipping/);
    expect(error!.reason).not.toMatch(/not a date form/);
    expect(error!.fix).toMatch(/--date YYYY-MM-DD \(or YYYY-MM-DDTHH:MM\)/);
  });

  it('takes --date with or without a time, in the paper\'s zone, as supplied', () => {
    expect(resolveSuppliedDate({ timeZone: 'Asia/Tbilisi', date: '2019-05-08' })).toEqual({ published: '2019-05-08T00:00:00+04:00', certainty: 'supplied' });
    expect(resolveSuppliedDate({ timeZone: 'Europe/Berlin', date: '2019-05-08T14:05' })).toEqual({ published: '2019-05-08T14:05:00+02:00', certainty: 'supplied' });
    expect(() => resolveSuppliedDate({ timeZone: 'Asia/Tbilisi', date: '2019-02-30' })).toThrow(/February 2019 has no day 30/);
  });

  it('checks --date with a time against a printed time', () => {
    expect(resolvePrintedDate('Friday, March 8', { timeZone: 'Asia/Tbilisi', date: '2019-03-08T14:05', now: NOW })).toEqual({ published: '2019-03-08T14:05:00+04:00', certainty: 'supplied' });
    expect(() => resolvePrintedDate('March 8, 2019 14:05', { timeZone: 'Asia/Tbilisi', date: '2019-03-08T15:05', now: NOW })).toThrow(/disagrees with the printed date/);
  });
});

describe('finding a date inside a line', () => {
  it('gives where it starts and its text as printed', () => {
    expect(findDate('BY JOHN SMITH | 12.03.2020 | 14:05', { dateOrder: 'DMY' })).toMatchObject({ start: 16, text: '12.03.2020 | 14:05' });
    expect(findDate('Agenda.ge, 03 Sep 2019 - 13:18, Tbilisi,Georgia')).toMatchObject({ start: 11, text: '03 Sep 2019 - 13:18' });
    expect(findDate('3 Min Read')).toBeUndefined();
  });
});

describe('dates in the Caucasus\' other languages, and a language date-fns has no locale for', () => {
  it('reads Azerbaijani and Armenian month names from their date-fns locales (Oxu.az, Azatutyun)', () => {
    expect(resolvePrintedDate('28 avqust 2024, 18:42', at('Asia/Baku', ['az']))).toEqual({ published: '2024-08-28T18:42:00+04:00', certainty: 'exact' });
    expect(resolvePrintedDate('Մայիս 28, 2024', at('Asia/Yerevan', ['hy']))).toEqual({ published: '2024-05-28T00:00:00+04:00', certainty: 'day' });
  });

  it('reads a time in square brackets after its date (AZƏRTAC: `28.05.2024 [18:42]`)', () => {
    expect(resolvePrintedDate('28.05.2024 [18:42]', at('Asia/Baku', ['az']))).toEqual({ published: '2024-05-28T18:42:00+04:00', certainty: 'exact' });
  });

  it('reads Gregorian dates in Persian and Arabic-Indic digits, with the month names Iran\'s press prints (BBC Persian)', () => {
    expect(resolvePrintedDate('۲۸ مه ۲۰۲۴', at('Asia/Tehran', ['fa']))).toEqual({ published: '2024-05-28T00:00:00+03:30', certainty: 'day' });
    expect(resolvePrintedDate('٢٨ مايو ٢٠٢٤', at('Asia/Riyadh', ['ar']))).toEqual({ published: '2024-05-28T00:00:00+03:00', certainty: 'day' });
    // Persian writes numeric dates year first, which says nothing of day-first or month-first.
    expect(dateOrderOf('fa')).toBeUndefined();
    expect(dateOrderOf('ar')).toBe('DMY');
  });

  // Gazeta Wyborcza, iROZHLAS, Digi24, Kathimerini, NOS: the month in the genitive, as a date prints it.
  it.each([
    ['28 maja 2024, 18:42', 'Europe/Warsaw', 'pl', '2024-05-28T18:42:00+02:00'],
    ['28. května 2024 18:42', 'Europe/Prague', 'cs', '2024-05-28T18:42:00+02:00'],
    ['28 mai 2024, 18:42', 'Europe/Bucharest', 'ro', '2024-05-28T18:42:00+03:00'],
    ['28 Μαΐου 2024, 18:42', 'Europe/Athens', 'el', '2024-05-28T18:42:00+03:00'],
    ['28 mei 2024 18:42', 'Europe/Amsterdam', 'nl', '2024-05-28T18:42:00+02:00'],
  ])('reads `%s` (%s, %s)', (printed, zone, language, published) => {
    expect(resolvePrintedDate(printed, at(zone, [language]))).toEqual({ published, certainty: 'exact' });
  });

  // Delfi, LSM, ERR, Nasha Niva, Tengrinews (Kazakh pages), Kun.uz: the Baltic dates print the year first, with their words for "year" and "day".
  it.each([
    ['2024 m. gegužės 28 d. 18:42', 'Europe/Vilnius', 'lt', '2024-05-28T18:42:00+03:00'],
    ['2024. gada 28. maijā 18:42', 'Europe/Riga', 'lv', '2024-05-28T18:42:00+03:00'],
    ['28. mai 2024, 18:42', 'Europe/Tallinn', 'et', '2024-05-28T18:42:00+03:00'],
    ['28 траўня 2024, 18:42', 'Europe/Minsk', 'be', '2024-05-28T18:42:00+03:00'],
    ['28 мамыр 2024, 18:42', 'Asia/Almaty', 'kk', '2024-05-28T18:42:00+05:00'],
    ['28 may 2024, 18:42', 'Asia/Tashkent', 'uz', '2024-05-28T18:42:00+05:00'],
  ])('reads `%s` (%s, %s)', (printed, zone, language, published) => {
    expect(resolvePrintedDate(printed, at(zone, [language]))).toEqual({ published, certainty: 'exact' });
  });

  // N1 and Hina (numeric): a point after the year, an ordinal's, before the time (`28. maj 2024. 18:42`), in both of Serbian's alphabets.
  it.each([
    ['28. maj 2024. 18:42', 'Europe/Belgrade', 'sr', '2024-05-28T18:42:00+02:00'],
    ['28. мај 2024. у 18:42', 'Europe/Belgrade', 'sr', '2024-05-28T18:42:00+02:00'],
    ['28.05.2024. 18:42', 'Europe/Zagreb', 'hr', '2024-05-28T18:42:00+02:00'],
  ])('reads `%s` (%s, %s)', (printed, zone, language, published) => {
    expect(resolvePrintedDate(printed, at(zone, [language]))).toEqual({ published, certainty: 'exact' });
  });

  it('refuses a Hijri date by its calendar\'s name, naming --date, and never reads it as a Gregorian one', () => {
    let error: DateError | undefined;
    try {
      resolvePrintedDate('20 ذو القعدة 1445 هـ', at('Asia/Riyadh', ['ar']));
    } catch (caught) {
      error = caught as DateError;
    }
    expect(error?.reason).toBe('"20 ذو القعدة 1445 هـ" is a date in the Hijri calendar, which the importer does not convert to the Gregorian one (and never reads as one)');
    expect(error?.fix).toMatch(/--date YYYY-MM-DD/);
    // As the refusal says, --date supplies the Gregorian date.
    expect(resolvePrintedDate('20 ذو القعدة 1445 هـ', at('Asia/Riyadh', ['ar'], { date: '2024-05-28' }))).toEqual({ published: '2024-05-28T00:00:00+03:00', certainty: 'supplied' });
  });

  // Iran's papers (Hamshahri, Radio Farda) date their stories in the Solar Hijri calendar: 8 Khordad 1403 is 28 May 2024,
  // 1 Farvardin 1403 (Nowruz) 20 March 2024, 30 Esfand 1403 the last day of a year with 30 in Esfand, 20 March 2025.
  it.each([
    ['۸ خرداد ۱۴۰۳ - ۱۶:۴۲', '2024-05-28T16:42:00+03:30', 'exact'],
    ['۰۸ خرداد ۱۴۰۳', '2024-05-28T00:00:00+03:30', 'day'],
    ['1 فروردین 1403', '2024-03-20T00:00:00+03:30', 'day'],
    ['30 اسفند 1403', '2025-03-20T00:00:00+03:30', 'day'],
  ])('reads the Solar Hijri date `%s` as its Gregorian day', (printed, published, certainty) => {
    expect(resolvePrintedDate(printed, at('Asia/Tehran', ['fa']))).toEqual({ published, certainty });
  });

  it('refuses a Solar Hijri date without its year, or a day its month does not have, naming --date', () => {
    expect(() => resolvePrintedDate('۸ خرداد', at('Asia/Tehran', ['fa']))).toThrow(/^"۸ خرداد" is a date in the Solar Hijri calendar, printed without its year, so the Gregorian day it names is not known$/);
    // Esfand 1402 had 29 days.
    expect(() => resolvePrintedDate('30 اسفند 1402', at('Asia/Tehran', ['fa']))).toThrow(/is no day of the Solar Hijri calendar/);
  });

  it('refuses a clipping of a paper whose language has no month names read, naming the language, not saying no date is printed', () => {
    let error: DateError | undefined;
    try {
      resolveSuppliedDate({ timeZone: 'Europe/Moscow', languages: ['os'] });
    } catch (caught) {
      error = caught as DateError;
    }
    expect(error!.reason).toMatch(/^no date the importer can read is printed: the paper's language \(os\) is none it reads month and weekday names in \(en, .*hy, ar, fa, pl, cs, ro, el, nl, lt, lv, et, kk, uz, be, sr, hr, bg, he, sv, da, nb, nn, no, fi, hu, sk, sl, ja, zh, ko, th, id, vi, hi, bn, ta, ms, sw, ca, gl, eu, is, cy, lb, mt, sq, mk, bs\)/);
    expect(error!.fix).toMatch(/--date YYYY-MM-DD/);
  });
});

// Madrid +01 and Reykjavik +00 in December; Tirana and Skopje +01.
describe('dates in Europe\'s other languages, in their own clippings only', () => {
  it('reads Catalan, Galician, Icelandic, Albanian and Macedonian month and weekday names, and the day-first order of their numeric dates', () => {
    expect(resolvePrintedDate('divendres, 5 de desembre de 2025, 18:42', at('Europe/Madrid', ['ca']))).toEqual({ published: '2025-12-05T18:42:00+01:00', certainty: 'exact' });
    expect(resolvePrintedDate('05/12/2025 18:42', at('Europe/Madrid', ['ca']))).toEqual({ published: '2025-12-05T18:42:00+01:00', certainty: 'exact' });
    // Catalan's elided `d'` before a month, `del` before the year and `a les` before the time (Diari de Girona, 3Cat)
    expect(resolvePrintedDate("dt., 5 d'agost de 2025", at('Europe/Madrid', ['ca']))).toEqual({ published: '2025-08-05T00:00:00+02:00', certainty: 'day' });
    expect(resolvePrintedDate('5 d’octubre de 2025', at('Europe/Madrid', ['ca']))).toEqual({ published: '2025-10-05T00:00:00+02:00', certainty: 'day' });
    expect(resolvePrintedDate('5 de desembre del 2025 a les 18:42', at('Europe/Madrid', ['ca']))).toEqual({ published: '2025-12-05T18:42:00+01:00', certainty: 'exact' });
    expect(() => resolvePrintedDate("dl., 5 d'agost de 2025", at('Europe/Madrid', ['ca']))).toThrow(/says Monday/);
    expect(resolvePrintedDate('5 de decembro de 2025', at('Europe/Madrid', ['gl']))).toEqual({ published: '2025-12-05T00:00:00+01:00', certainty: 'day' });
    expect(resolvePrintedDate('5. desember 2025 kl. 14:35', at('Atlantic/Reykjavik', ['is']))).toEqual({ published: '2025-12-05T14:35:00Z', certainty: 'exact' });
    expect(resolvePrintedDate('5 dhjetor 2025, 14:35', at('Europe/Tirane', ['sq']))).toEqual({ published: '2025-12-05T14:35:00+01:00', certainty: 'exact' });
    expect(resolvePrintedDate('5 декември 2025', at('Europe/Skopje', ['mk']))).toEqual({ published: '2025-12-05T00:00:00+01:00', certainty: 'day' });
  });

  it('does not read their names in another language\'s clipping, where they may be other words', () => {
    expect(() => resolvePrintedDate('5 dhjetor 2025', at('Europe/London', ['en']))).toThrow(/is not a date form the importer knows/);
  });
});

// Jakarta +07 (WIB), Ho Chi Minh City +07, Kolkata +05:30, Dar es Salaam +03, all year.
describe('dates in Indonesian, Vietnamese, Hindi and Swahili', () => {
  it('reads their month and weekday names: date-fns\'s for the first three, ICU\'s for Swahili, which date-fns has no locale for', () => {
    expect(resolvePrintedDate('Selasa, 28 Mei 2024 16:42 WIB', at('Asia/Jakarta', ['id']))).toEqual({ published: '2024-05-28T16:42:00+07:00', certainty: 'exact' });
    expect(resolvePrintedDate('Jumanne, Mei 28, 2024', at('Africa/Dar_es_Salaam', ['sw']))).toEqual({ published: '2024-05-28T00:00:00+03:00', certainty: 'day' });
    expect(resolvePrintedDate('28 मई 2024, 16:42', at('Asia/Kolkata', ['hi']))).toEqual({ published: '2024-05-28T16:42:00+05:30', certainty: 'exact' });
  });

  // Bangkok +07 all year. Thai counts years in the Buddhist era, 543 ahead: 2567 is 2024, and `67` its last two digits.
  it.each([
    ['28 พ.ค. 67', '2024-05-28T00:00:00+07:00', 'day'],
    ['28 พ.ค. 67 16:42', '2024-05-28T16:42:00+07:00', 'exact'],
    ['28 พ.ค. 2567', '2024-05-28T00:00:00+07:00', 'day'],
    ['3 ม.ค. 69', '2026-01-03T00:00:00+07:00', 'day'],
    // A Gregorian year with Thai words: no Buddhist-era year is so small in any year news is dated.
    ['28 พฤษภาคม 2024', '2024-05-28T00:00:00+07:00', 'day'],
  ])('reads the Thai date `%s` in the Buddhist era', (printed, published, certainty) => {
    expect(resolvePrintedDate(printed, at('Asia/Bangkok', ['th']))).toEqual({ published, certainty });
  });

  // Kolkata +05:30, Kuala Lumpur +08, all year.
  it('reads Bengali (in its own digits), Tamil and Malay month names, date-fns\'s', () => {
    expect(resolvePrintedDate('২৮ মে ২০২৪ ১৬:৪২', at('Asia/Kolkata', ['bn']))).toEqual({ published: '2024-05-28T16:42:00+05:30', certainty: 'exact' });
    expect(resolvePrintedDate('২৮ জানুয়ারি ২০২৫', at('Asia/Kolkata', ['bn']))).toEqual({ published: '2025-01-28T00:00:00+05:30', certainty: 'day' });
    expect(resolvePrintedDate('மே 28,2024 16:42', at('Asia/Kolkata', ['ta']))).toEqual({ published: '2024-05-28T16:42:00+05:30', certainty: 'exact' });
    expect(resolvePrintedDate('Ogos 28, 2024 @ 4:42pm', at('Asia/Kuala_Lumpur', ['ms']))).toEqual({ published: '2024-08-28T16:42:00+08:00', certainty: 'exact' });
    // Devanagari digits, as some Hindi pages print them.
    expect(resolvePrintedDate('२८ मई २०२४', at('Asia/Kolkata', ['hi']))).toEqual({ published: '2024-05-28T00:00:00+05:30', certainty: 'day' });
  });

  it('reads a name whose vowel signs are marks, not letters (Hindi\'s `मंगलवार`, `जनवरी`)', () => {
    expect(resolvePrintedDate('मंगलवार, 28 जनवरी 2025', at('Asia/Kolkata', ['hi']))).toEqual({ published: '2025-01-28T00:00:00+05:30', certainty: 'day' });
  });

  it('reads a weekday of two words (VnExpress: `Thứ ba`), and checks it against the date', () => {
    expect(resolvePrintedDate('Thứ ba, 28/5/2024, 16:42 (GMT+7)', at('Asia/Ho_Chi_Minh', ['vi']))).toEqual({ published: '2024-05-28T16:42:00+07:00', certainty: 'exact' });
    expect(() => resolvePrintedDate('Thứ tư, 28/5/2024, 16:42 (GMT+7)', at('Asia/Ho_Chi_Minh', ['vi']))).toThrow(DateError);
    // Two words that are a weekday and a month are read so.
    expect(resolvePrintedDate('Tuesday May 28, 2024', at('America/New_York', ['en-US']))).toEqual({ published: '2024-05-28T00:00:00-04:00', certainty: 'day' });
  });
});

// Croatian and Bulgarian names are other words, or other months, in other languages: read in their own clippings only.
describe('Croatian and Bulgarian dates, in their own clippings only', () => {
  it('reads Croatian genitive month names and the point after the year, before a time or ending the line (Hina, Jutarnji list)', () => {
    expect(resolvePrintedDate('28. svibnja 2024. u 18:42', at('Europe/Zagreb', ['hr']))).toEqual({ published: '2024-05-28T18:42:00+02:00', certainty: 'exact' });
    expect(resolvePrintedDate('Utorak, 28. svibnja 2024.', at('Europe/Zagreb', ['hr']))).toEqual({ published: '2024-05-28T00:00:00+02:00', certainty: 'day' });
    expect(monthNamed('listopada', ['hr'])).toBe(10);
  });
  it('reads Bulgarian month and weekday names (Dnevnik, Mediapool)', () => {
    expect(resolvePrintedDate('8 юни 2024, 17:26', at('Europe/Sofia', ['bg']))).toEqual({ published: '2024-06-08T17:26:00+03:00', certainty: 'exact' });
    expect(resolvePrintedDate('сряда, 8 май 2024', at('Europe/Sofia', ['bg']))).toEqual({ published: '2024-05-08T00:00:00+03:00', certainty: 'day' });
    expect(dateOrderOf('bg')).toBe('DMY');
  });
  it('reads neither in a clipping in another language, or of no known language', () => {
    // Czech's November, Croatian's October
    expect(monthNamed('listopadu', ['cs'])).toBe(11);
    expect(monthNamed('listopad', ['cs'])).toBe(11);
    expect(monthNamed('svibnja', [])).toBeUndefined();
    expect(monthNamed('svibnja', ['sr'])).toBeUndefined();
    expect(monthNamed('юни', ['ru'])).toBeUndefined();
    // the Russian for "week"
    expect(weekdayNamed('неделя', ['ru'])).toBeUndefined();
    expect(weekdayNamed('неделя', ['bg'])).toBe(0);
  });
});
