import { describe, expect, it } from 'vitest';
import { candidateYears, resolvePrintedDate, type DateContext } from '../../src/importer/dates.ts';
import { DateError, readPrintedDate } from '../../src/importer/read-date.ts';

// Expected timestamps are worked out by hand: Tbilisi has been UTC+4 all year since March 2005;
// New York is UTC-5 in winter and UTC-4 from the second Sunday of March (10 March 2019, 02:00).
const NOW = new Date('2026-01-01T00:00:00Z');
const TBILISI: DateContext = { timeZone: 'Asia/Tbilisi', now: NOW };

describe('every printed date form news sites use', () => {
  const cases: [printed: string, context: Partial<DateContext>, published: string, certainty: string][] = [
    ["15 Nov.'17 / 12:31", {}, '2017-11-15T12:31:00+04:00', 'exact'],
    ['Friday, March 8', { year: 2019 }, '2019-03-08T00:00:00+04:00', 'supplied'],
    ['Friday, March 8', { date: '2019-03-08' }, '2019-03-08T00:00:00+04:00', 'supplied'],
    ['March 8, 2019', {}, '2019-03-08T00:00:00+04:00', 'day'],
    ['8 March 2019 14:05', {}, '2019-03-08T14:05:00+04:00', 'exact'],
    ['2019-03-08', {}, '2019-03-08T00:00:00+04:00', 'day'],
    ['08.03.2019', { dateOrder: 'DMY' }, '2019-03-08T00:00:00+04:00', 'day'],
    ['08.03.2019', { dateOrder: 'MDY' }, '2019-08-03T00:00:00+04:00', 'day'],
    ['03/08/2019', { dateOrder: 'MDY' }, '2019-03-08T00:00:00+04:00', 'day'],
    ['Nov 15, 2017, 12:31 pm', {}, '2017-11-15T12:31:00+04:00', 'exact'],
    ['Nov 15, 2017, 12:31 am', {}, '2017-11-15T00:31:00+04:00', 'exact'],
    ['Nov 15, 2017, 9:05 p.m.', {}, '2017-11-15T21:05:00+04:00', 'exact'],
    // with a weekday
    ['Friday, March 8, 2019', {}, '2019-03-08T00:00:00+04:00', 'day'],
    ['Fri, 8 Mar 2019 14:05', {}, '2019-03-08T14:05:00+04:00', 'exact'],
    ['Wednesday 15 November 2017 12:31', {}, '2017-11-15T12:31:00+04:00', 'exact'],
    // ordinals, long abbreviations, two-digit years
    ['8th March 2019', {}, '2019-03-08T00:00:00+04:00', 'day'],
    ['March 8th, 2019', {}, '2019-03-08T00:00:00+04:00', 'day'],
    ['Sept 3, 2019', {}, '2019-09-03T00:00:00+04:00', 'day'],
    ["3 Sep '09", {}, '2009-09-03T00:00:00+04:00', 'day'],
    // '99 is 1999, when Georgia kept summer time at UTC+5 (tz database: Asia/Tbilisi 1997-2004)
    ["3 Sep '99", {}, '1999-09-03T00:00:00+05:00', 'day'],
    // unambiguous numeric dates need no profile: 25 cannot be a month
    ['25.12.2019', {}, '2019-12-25T00:00:00+04:00', 'day'],
    ['12/25/2019', {}, '2019-12-25T00:00:00+04:00', 'day'],
    ['08.08.2019', {}, '2019-08-08T00:00:00+04:00', 'day'],
    // with a zone of their own: the instant is kept, shown in the paper's zone
    ['March 8, 2019 10:05 GMT', {}, '2019-03-08T14:05:00+04:00', 'exact'],
    ['8 March 2019 14:05 +03:00', {}, '2019-03-08T15:05:00+04:00', 'exact'],
    ['March 8, 2019 2:05 pm UTC+4', {}, '2019-03-08T14:05:00+04:00', 'exact'],
    ['2019-03-08T14:05:00Z', {}, '2019-03-08T18:05:00+04:00', 'exact'],
    ['2019-03-08 14:05 (Europe/London)', {}, '2019-03-08T18:05:00+04:00', 'exact'],
    ['March 8, 2019 22:30 UTC', {}, '2019-03-09T02:30:00+04:00', 'exact'],
    // a time printed before its date, with the offset the page printed it in
    ['4:12 PM GMT+4, April 30, 2024', { timeZone: 'America/New_York' }, '2024-04-30T08:12:00-04:00', 'exact'],
    ['10:05 UTC+03:00, 8 March 2019', {}, '2019-03-08T11:05:00+04:00', 'exact'],
    ['14:05, 8 марта 2019', { languages: ['ru'] }, '2019-03-08T14:05:00+04:00', 'exact'],
    // a city in parentheses names its IANA zone; a Paris paper's time is Paris time (UTC+2 in summer)
    ['April 30, 2024, at 7:19 am (Paris)', { timeZone: 'Europe/Paris' }, '2024-04-30T07:19:00+02:00', 'exact'],
    ['30 April 2024 07:19 (Kyiv)', { timeZone: 'Europe/Kyiv' }, '2024-04-30T07:19:00+03:00', 'exact'],
    // an abbreviation that is what the paper's zone is called on that date (Intl's names)
    ['May 23, 2012 / 1:35 PM ET', { timeZone: 'America/New_York' }, '2012-05-23T13:35:00-04:00', 'exact'],
    ['May 23, 2012 / 1:35 PM EDT', { timeZone: 'America/New_York' }, '2012-05-23T13:35:00-04:00', 'exact'],
    ['January 23, 2012 1:35 PM EST', { timeZone: 'America/New_York' }, '2012-01-23T13:35:00-05:00', 'exact'],
    ['8 July 2019 12:00 BST', { timeZone: 'Europe/London' }, '2019-07-08T12:00:00+01:00', 'exact'],
    ['8 January 2019 12:00 GMT', { timeZone: 'Europe/London' }, '2019-01-08T12:00:00Z', 'exact'],
    ['8 July 2019 12:00 CEST', { timeZone: 'Europe/Berlin' }, '2019-07-08T12:00:00+02:00', 'exact'],
    ['8 January 2019 12:00 CET', { timeZone: 'Europe/Rome' }, '2019-01-08T12:00:00+01:00', 'exact'],
    ['8. Juli 2019, 12:00 MESZ', { timeZone: 'Europe/Berlin', languages: ['de'] }, '2019-07-08T12:00:00+02:00', 'exact'],
    // an explicit offset is exact whatever the paper's zone
    ['8 July 2019 12:00 +04', { timeZone: 'Europe/Berlin' }, '2019-07-08T10:00:00+02:00', 'exact'],
    ['8 July 2019 12:00 GMT+4', { timeZone: 'Europe/Berlin' }, '2019-07-08T10:00:00+02:00', 'exact'],
    // MSK: Intl has no letters for Moscow time, so --time-zone says which zone it is
    ['8 March 2019 12:00 MSK', { timeZone: 'Europe/Moscow', abbreviationZone: 'Europe/Moscow' }, '2019-03-08T12:00:00+03:00', 'exact'],
    // ... or the time zone database does, for a Moscow paper (Meduza prints MSK)
    ['6:20 pm MSK, May 14, 2024', { timeZone: 'Europe/Moscow' }, '2024-05-14T18:20:00+03:00', 'exact'],
    // ... in Cyrillic letters, as Russian papers print it
    ['14 мая 2024, 18:20 мск', { timeZone: 'Europe/Moscow', languages: ['ru'] }, '2024-05-14T18:20:00+03:00', 'exact'],
    ['14.05.2024 18:20 МСК', { timeZone: 'Europe/Moscow', languages: ['ru'], dateOrder: 'DMY' }, '2024-05-14T18:20:00+03:00', 'exact'],
    // ... and in parentheses, where a city would stand (`(Paris)`): letters that name no city are the zone's
    ['12 March 2024, 14:05 (MSK)', { timeZone: 'Europe/Moscow' }, '2024-03-12T14:05:00+03:00', 'exact'],
    ['12 марта 2024, 14:05 (МСК)', { timeZone: 'Europe/Moscow', languages: ['ru'] }, '2024-03-12T14:05:00+03:00', 'exact'],
    ['12 марта 2024, 14:05 (мск)', { timeZone: 'Europe/Moscow', languages: ['ru'] }, '2024-03-12T14:05:00+03:00', 'exact'],
    // letters the time zone database gives one offset are that offset wherever the paper is, with --new-source's --time-zone too;
    // `EST` is Spain's country letters and T (country-time.ts), which never outweigh the database's
    ['8 March 2019 12:00 MSK', {}, '2019-03-08T13:00:00+04:00', 'exact'],
    ['14 мая 2024, 18:20 мск', { languages: ['ru'] }, '2024-05-14T19:20:00+04:00', 'exact'],
    ['8 de mayo de 2024, 14:30 EST', { timeZone: 'Europe/Madrid', languages: ['es'] }, '2024-05-08T21:30:00+02:00', 'exact'],
    ['8 de mayo de 2024, 14:30 EST', { timeZone: 'Europe/Madrid', abbreviationZone: 'Europe/Madrid', languages: ['es'] }, '2024-05-08T21:30:00+02:00', 'exact'],
    ['May 8, 2024 2:30 PM EST', { abbreviationZone: 'Asia/Tbilisi' }, '2024-05-08T23:30:00+04:00', 'exact'],
    ['8 January 2024 14:30 CET', { timeZone: 'America/New_York' }, '2024-01-08T08:30:00-05:00', 'exact'],
    ['8 July 2024 14:30 BST', {}, '2024-07-08T17:30:00+04:00', 'exact'],
    // a paper in a zone with summer time: the offset is that day's
    ['March 1, 2019 14:00', { timeZone: 'America/New_York' }, '2019-03-01T14:00:00-05:00', 'exact'],
    ['March 10, 2019 14:00', { timeZone: 'America/New_York' }, '2019-03-10T14:00:00-04:00', 'exact'],
    // blanks as clippings have them
    ['8\u00a0March  2019\t14:05', {}, '2019-03-08T14:05:00+04:00', 'exact'],
  ];
  it.each(cases)('%s %o -> %s (%s)', (printed, context, published, certainty) => {
    expect(resolvePrintedDate(printed, { ...TBILISI, ...context })).toMatchObject({ published, certainty });
  });
});

describe('dates that are refused, and why', () => {
  const cases: [printed: string, context: Partial<DateContext>, reason: RegExp, fix: RegExp][] = [
    ['03.08.2019', {}, /could be 3\/8 or 8\/3/, /dateOrder: DMY or MDY/],
    ['31 Feb 2019', {}, /impossible date: February 2019 has no day 31/, /correct the date line/],
    ['February 29, 2019', {}, /February 2019 has no day 29/, /correct/],
    ['30.02.2019', { dateOrder: 'DMY' }, /February 2019 has no day 30/, /day and month order/],
    ['Saturday, March 8, 2019', {}, /says Saturday, but March 8, 2019 was a Friday/, /correct the weekday/],
    ['Thursday, March 8', { year: 2019 }, /says Thursday, but March 8, 2019 was a Friday/, /--year/],
    ['Friday, March 8', {}, /prints no year; candidate years \(Friday, March 8\): 1991, 1996, 2002, 2013, 2019, 2024$/, /--year YYYY/],
    // Every candidate is listed and none is recommended: the latest one used to be offered as the example.
    ['March 8', {}, /all 36 years from 1990 to 2025 fit \(no weekday is printed to narrow them\): 1990, 1991, .*, 2024, 2025$/, /^pass --year YYYY or --date YYYY-MM-DD .*the importer does not choose one/],
    ['Friday, March 8', { date: '2019-03-09' }, /--date 2019-03-09 disagrees/, /date the clipping prints/],
    ['March 8, 2019', { date: '2018-03-08' }, /disagrees/, /date the clipping prints/],
    ['March 8, 2019 25:00', {}, /not a real time of day/, /correct the time/],
    ['March 8, 2019 13:05 pm', {}, /not an hour on a 12-hour clock/, /correct the time/],
    ['March 8, 2019 14:05 IST', {}, /prints the time zone IST, but the paper's zone Asia\/Tbilisi has no letter abbreviation/, /--time-zone ZONE with the IANA zone IST stands for/],
    // Moscow was UTC+4 in 2012, which the database's MSK (UTC+3 now) does not describe: not taken
    ['8 March 2012 12:00 MSK', { timeZone: 'Europe/Moscow' }, /prints the time zone MSK, but the paper's zone Europe\/Moscow has no letter abbreviation/, /--time-zone ZONE/],
    ['8 марта 2012, 12:00 мск', { timeZone: 'Europe/Moscow', languages: ['ru'] }, /prints the time zone MSK, but the paper's zone Europe\/Moscow has no letter abbreviation/, /--time-zone ZONE/],
    // letters that stand for zones at several offsets are not chosen among, whatever the paper's country calls its time
    ['March 8, 2019 14:05 PST', { timeZone: 'America/Chicago' }, /PST stands for zones at several offsets \(UTC-08:00, UTC\+08:00\)/, /--time-zone ZONE/],
    ['8 May 2024 14:30 IST', { timeZone: 'Atlantic/Reykjavik' }, /IST stands for zones at several offsets/, /--time-zone ZONE/],
    // letters of a season the date is not in, where no zone is called so then: no offset is a fact
    ['8 January 2024 14:30 CEST', { timeZone: 'Asia/Tbilisi' }, /no zone is called CEST \(UTC\+02:00\) on that date/, /--time-zone ZONE/],
    ['8 January 2024 14:30 CEST', { timeZone: 'Europe/Madrid' }, /CEST, its name in the other season, is a misprint or another zone's/, /--time-zone ZONE/],
    // the paper's country's letters and T stand for its zone only where the database calls no zone so
    ['8 May 2024 14:30 XYZ', { timeZone: 'Europe/Madrid' }, /prints the time zone XYZ, but the paper's zone Europe\/Madrid is called CEST or CET on that date, so which zone XYZ means is not known/, /--time-zone ZONE/],
    // the same tz-database check in parentheses: Moscow was UTC+4 in 2012
    ['8 March 2012, 12:00 (MSK)', { timeZone: 'Europe/Moscow' }, /prints the time zone MSK, but the paper's zone Europe\/Moscow has no letter abbreviation/, /--time-zone ZONE/],
    // New York is on EDT in May: EST then is a misprint or another zone, not guessed
    ['May 23, 2012 / 1:35 PM EST', { timeZone: 'America/New_York' }, /the paper's zone America\/New_York is called EDT or ET on that date/, /--time-zone ZONE with the IANA zone EST stands for/],
    ['8 July 2019 12:00 EDT', { abbreviationZone: 'Europe/Berlin' }, /EDT is not what --time-zone Europe\/Berlin is called on that date/, /--time-zone/],
    ['March 8, 2019 14:05 Mars/Olympus', {}, /not an IANA time zone/, /IANA name/],
    ['March 10, 2019 2:30', { timeZone: 'America/New_York' }, /does not exist in America\/New_York/, /check the time/],
    ['yesterday', {}, /not a date form the importer knows/, /March 8, 2019/],
    ['March 8, 2019 at noon', {}, /not a date form/, /write it as/],
    ['', {}, /not a date form/, /write it as/],
    ['Friday', {}, /not a date form/, /write it as/],
  ];
  it.each(cases)('%s %o', (printed, context, reason, fix) => {
    let error: unknown;
    try {
      resolvePrintedDate(printed, { ...TBILISI, ...context });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DateError);
    expect((error as DateError).reason).toMatch(reason);
    expect((error as DateError).fix).toMatch(fix);
  });
});

describe('a time printed in another zone than the paper\'s', () => {
  it('takes the instant from the printed city\'s zone and says so in a note', () => {
    expect(resolvePrintedDate('April 30, 2024, at 7:19 am (Paris)', TBILISI)).toEqual({
      published: '2024-04-30T09:19:00+04:00',
      certainty: 'exact',
      note: '"April 30, 2024, at 7:19 am (Paris)" is printed in Europe/Paris, not in the paper\'s zone Asia/Tbilisi: the printed time in Europe/Paris gives the instant, shown in Asia/Tbilisi',
    });
  });

  it('names letters read as the database\'s offset as printed, beside that offset, in its note', () => {
    expect(resolvePrintedDate('8 de mayo de 2024, 14:30 EST', { timeZone: 'Europe/Madrid', languages: ['es'] }).note).toBe(
      '"8 de mayo de 2024, 14:30 EST" is printed in EST (UTC-05:00), not in the paper\'s zone Europe/Madrid: the printed time in EST (UTC-05:00) gives the instant, shown in Europe/Madrid',
    );
  });

  it('reads a parenthesised word that names no zone as no zone', () => {
    expect(readPrintedDate('30 April 2024 07:19 (Paris)').zone).toBe('Europe/Paris');
    expect(() => readPrintedDate('30 April 2024 07:19 (Reuters)')).toThrow(/not a date form/);
  });
});

describe('candidate years of a year-less date', () => {
  it('lists the years the weekday fits, from the profile\'s first year, never in the future', () => {
    const printed = readPrintedDate('Friday, March 8');
    expect(candidateYears(printed, 2000, NOW)).toEqual([2002, 2013, 2019, 2024]);
    // On 1 March 2019, 8 March 2019 had not happened yet.
    expect(candidateYears(printed, 2000, new Date('2019-03-01T00:00:00Z'))).toEqual([2002, 2013]);
  });

  it('puts 29 February only in leap years', () => {
    expect(candidateYears(readPrintedDate('Thursday, February 29'), 1990, NOW)).toEqual([1996, 2024]);
  });

  it('respects firstYear from the source profile in the error message', () => {
    expect(() => resolvePrintedDate('Friday, March 8', { ...TBILISI, firstYear: 2010 })).toThrow(/2013, 2019, 2024$/);
  });
});

describe('what a date line literally says', () => {
  it('keeps weekday, day, month, year, time and zone apart', () => {
    expect(readPrintedDate('Fri, 8 Mar 2019 14:05:30 +03:00')).toEqual({
      weekday: 5, year: 2019, month: 3, day: 8, time: { hour: 14, minute: 5, second: 30 }, zone: 180,
    });
    expect(readPrintedDate('March 8')).toEqual({ weekday: undefined, year: undefined, month: 3, day: 8, time: undefined, zone: undefined });
  });
});
