import { transliterate } from 'transliteration';
import { AmbiguousName, BUDDHIST_ERA_OFFSET, countsBuddhistEra, monthNamed, otherCalendarAt, weekdayNamed, type DateOrder } from './date-names.ts';
import { ARABIC_MERIDIEM, arabicZoneAt } from './arabic-time-words.ts';
import { CJK_YEAR_MONTH_DAY, cjkTimeAt } from './cjk-date-words.ts';
import { phrasesOf } from './printed-phrases.ts';

/**
 * What a printed date says, part by part: weekday, day, month, year, time and zone, in the forms
 * news sites print, in every language date-names.ts reads. Reading only; checking against the
 * calendar is dates.ts's job.
 */

export type { DateOrder } from './date-names.ts';

/** A date problem; the caller adds the file and line. */
export class DateError extends Error {
  constructor(
    readonly reason: string,
    readonly fix: string,
  ) {
    super(reason);
  }
}

/** The reason a date in another calendar is not read (date-names.ts, OTHER_CALENDARS). */
const NOT_CONVERTED = 'which the importer does not convert to the Gregorian one (and never reads as one)';
const NO_YEAR = 'printed without its year, so the Gregorian day it names is not known';

/** A date printed in a calendar the importer does not convert, or without the year that converting needs, quoted as far as it goes. */
export class OtherCalendarDate extends DateError {
  constructor(
    readonly calendar: string,
    readonly printed: string,
    readonly why: string = NOT_CONVERTED,
  ) {
    super(
      `"${printed}" is a date in the ${calendar} calendar, ${why}`,
      'pass --date YYYY-MM-DD (or YYYY-MM-DDTHH:MM) with the Gregorian date the paper published it',
    );
  }
}

/** What a date line literally says; any part the clipping does not print is undefined. */
export interface PrintedDate {
  weekday?: number; // 0 = Sunday, as date-fns counts
  year?: number;
  month: number; // 1-12
  day: number;
  time?: { hour: number; minute: number; second: number };
  zone?: PrintedZone;
  /** The calendar the day was printed in, when it is another than the Gregorian (converted: `۸ خرداد ۱۴۰۳`). */
  calendar?: string;
}

/**
 * Minutes east of UTC (an offset, `UTC`, `GMT`), an IANA zone name (printed, or a city's), or a
 * letter abbreviation such as `EDT`, which only the paper's zone on that date can confirm.
 */
export type PrintedZone = number | string | { abbreviation: string };

export interface ReadingOptions {
  /** Day-first or month-first for all-numeric dates; unset means an ambiguous one is refused. */
  dateOrder?: DateOrder;
  /** The clipping's languages (BCP 47), preferred when a name means different things in two languages. */
  languages?: readonly string[];
  /** For two-digit years. */
  now?: Date;
}

// A name's letters with their vowel signs, which are marks, not letters (Hindi's `जनवरी`).
const NAME = String.raw`(?<name>\p{L}[\p{L}\p{M}]*)\.?`;
// Set off by a bar as by a comma (the Gleaner: `Tuesday | May 28, 2024 | 12:08 AM`).
const WEEKDAY = /^(?<name>\p{L}[\p{L}\p{M}-]*)\.?(?:[,،]|\s+\|)?\s+/u;
/** A weekday named in two words, as Vietnamese names them: `Thứ ba, 28/5/2024`. */
const TWO_WORD_WEEKDAY = /^(?<name>\p{L}[\p{L}\p{M}]*\s\p{L}[\p{L}\p{M}]*),?\s+/u;
/**
 * A weekday after its date, as Turkish writes a date in full: `28 Mayıs 2024 Salı`, `28 Mayıs 2024, Salı 18:42` (Bianet);
 * in brackets, as Japanese and Korean pages mark it: `2024年5月28日（火）`, `2024.05.28 (화)`.
 */
const WEEKDAY_AFTER = /^(?:,?\s+(?<name>\p{L}[\p{L}-]*)(?![\p{L}-])|\s*[（(](?<bracketed>\p{L}+)[)）])/u;
const APOSTROPHE = `['’‘]`;
/** `2011 г.`, `2011 року`: the word for "year" some languages print after it. */
const YEAR_WORD = String.raw`(?:\s(?:г\.|года|р\.|року))?`;
/**
 * `28. maj 2024. u 18:42` (N1, Hina): the South Slavic point after the year, an ordinal's, taken only before a time,
 * where no sentence ends, or ending the line (`Utorak, 28. svibnja 2024.`, Jutarnji list).
 */
const YEAR_POINT = String.raw`(?:\.(?=\s+(?:\p{L}\s+)?\d{1,2}[:.]\d{2}|\s*$))?`;
// `de 2025`, and `del 2025` as Catalan and Latin American Spanish print it (`5 de desembre del 2025`).
const YEAR_AFTER = String.raw`(?:(?:\s?,|\s+del?)?\s*(?<y>\d{4})(?:(?![\d:])|(?=:\s)|(?=\d{1,2}:\d{2}))${YEAR_WORD}${YEAR_POINT}|\s*,?\s*${APOSTROPHE}(?<yy>\d{2})(?!\d))`;
/** `8th`, `1er`, the German `8.` */
const DAY_MARK = String.raw`(?:st|nd|rd|th|er|\.)?`;

/** The calendar part, tried in this order; `name` must then be a month name in a language read. */
const DATE_FORMS: { name: string; pattern: RegExp }[] = [
  // The year first is always followed by the month: `2024-06-05`, and with dots (Radio Free Asia: `2024.06.05`) or slashes (NHK: `2024/05/28`).
  // With dots, the day's ordinal point as the year's is read (the Chosun Ilbo: `입력 2026.12.05. 14:32`; Index: `2026.12.05. 08:41`).
  { name: 'year first', pattern: new RegExp(String.raw`^(?<y>\d{4})(?<sep>[-./])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\d-]|\.\d)(?:(?<=\.\d{1,2})${YEAR_POINT})?`, 'u') },
  { name: 'year month day with characters', pattern: CJK_YEAR_MONTH_DAY },
  // A dash after the year only before a time (`28.05.2024-18:42`, F.A.Z.): else it is a range or a number.
  // A point and a blank between the numbers is how Slovenian, Slovak and Czech pages print them: `28. 5. 2024` (24ur).
  { name: 'numeric', pattern: new RegExp(String.raw`^(?<a>\d{1,2})(?<sep>[./-]|\. )(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\d/]|\.\d|-(?!\d{1,2}:\d{2}))${YEAR_POINT}`, 'u') },
  // Month and day without the year, before a time, as Taiwanese pages print a recent story's (the Central News Agency, the
  // Liberty Times: `5/28 21:03`): the slash and the time tell it from a fraction or a score.
  { name: 'numeric', pattern: /^(?<a>\d{1,2})\/(?<b>\d{1,2})(?=\s\d{1,2}:\d{2}(?!\d))/u },
  // Thai: the points inside an abbreviated month (`28 พ.ค. 67`, Thai PBS), the Buddhist era's year in two digits or four
  { name: 'day month', pattern: /^(?<d>\d{1,2})\s*(?<name>\p{Script=Thai}+(?:\.\p{Script=Thai}+)+)\.?(?:\s+(?:(?<y>\d{4})|(?<yy>\d{2}))(?![\d:]))?/u },
  // Uzbek joins the day's ordinal to the month by a hyphen: `28-may 2024` (Daryo)
  // Catalan elides its `de` before a vowel: `5 d'agost de 2025`.
  { name: 'day month', pattern: new RegExp(String.raw`^(?<d>\d{1,2})${DAY_MARK}(?:-|\s*)(?:of\s+|de\s+|d${APOSTROPHE})?${NAME}(?!\p{L})${YEAR_AFTER}?`, 'iu') },
  { name: 'month day', pattern: new RegExp(String.raw`^${NAME}\s*(?<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:])${YEAR_AFTER}?`, 'iu') },
  // A comma after the month too, the year printed (Tasnim: `May, 28, 2024 - 16:42`); without a year `May, 28 people …` is a sentence.
  { name: 'month day', pattern: new RegExp(String.raw`^${NAME},\s*(?<d>\d{1,2})(?![\d:])${YEAR_AFTER}`, 'iu') },
  // A spaced dash between the month, the day and the year (Graphic Online: `Dec - 05 - 2026 , 14:17`); a dash is no range here,
  // where the year closes it.
  { name: 'month day', pattern: new RegExp(String.raw`^${NAME}\s[-–]\s(?<d>\d{1,2})\s[-–]\s(?<y>\d{4})(?![\d:])`, 'iu') },
  // The year first, with the Baltic words for "year" and "day": Delfi's `2024 m. gegužės 28 d.`, LSM's `2024. gada 28. maijā`.
  { name: 'year month day', pattern: new RegExp(String.raw`^(?<y>\d{4})(?:\s+m\.|\.)?\s+${NAME}\s+(?<d>\d{1,2})(?:\s+d\.|\.)?(?![\d:])`, 'iu') },
  { name: 'year day month', pattern: new RegExp(String.raw`^(?<y>\d{4})\.\s+gada\s+(?<d>\d{1,2})\.\s*${NAME}(?!\p{L})`, 'iu') },
];

/** Between date and time: `/`, `,`, `|`, a colon (`28 مايو ,2024: 04:42 م`, Al Arabiya), a dash, a bullet (`27 October 2024 • 3:42pm`, the Telegraph), an at sign (`Mei 28, 2024 @ 4:42pm`, Berita Harian), blanks, and the word for "at" (`à`, `um`, `в`, ...). */
const SEPARATOR = new RegExp(String.raw`^(?:T|(?=\d{1,2}:\d{2})|(?:\s*[,/|–—•·:@-]\s*|\s+)(?:${phrasesOf('timeWord')}\s+)?)`, 'iu');
/**
 * `14:05`, `1:35 PM`, `13h36`, `18.42`, `14:05 Uhr`, `16.42 uur` (De Standaard), `15:42 h.` (RTVE), `11 h 42` (Radio-Canada),
 * `11:48 م` (arabic-time-words.ts), `16:42 น.` (Matichon: Thai's "o'clock"), `16h42min` (GZH: the minutes' abbreviation after the h's),
 * `১৬: ৪২` (Prothom Alo: a blank after the colon).
 */
const TIME = /^(?<h>\d{1,2})(?:(?:[:.h]|:\s|\sh\s)(?<mi>\d{2})(?:(?<=h\d{2})min(?!\p{L}))?(?::(?<s>\d{2})(?:\.\d+)?)?)?(?:\s*(?<ampm>[ap]\.?\s?m\.?|[صم])(?!\p{L}))?(?:\s*(?:Uhr|uur|ч\.|h\.?|น\.)(?!\p{L}))?/iu;
/**
 * After a time: an offset (`+04`, `GMT+4`, `UTC+03:00`), `Z`, `UTC` or `GMT`, an IANA name, a
 * letter abbreviation (`ET`, `EDT`, `CEST`; in Cyrillic, `мск`), or a city in parentheses (`(Paris)`).
 */
const ZONE = /^\s*(?:\((?<city>\p{Lu}[\p{L}'’ .-]{1,40})\)|\(?(?<zone>Z|(?:UTC|GMT)?\s?[+\-−]\d{1,2}(?::?\d{2})?|[A-Za-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?|[A-Z]{2,5}|\p{Script=Cyrillic}{3,5})\)?)(?![\p{Ll}\d])(?!(?<=\p{L})\p{Lu})/u;

/** Names that are an offset, not a zone: the instant they give is exact. */
const ZERO_OFFSET = new Set(['Z', 'UTC', 'GMT']);

/**
 * A two-digit year is in this century unless that would put it more than a year in the future; `thisYear` counts in the
 * date's era (the Buddhist era's for a Thai date).
 */
function fullYear(twoDigits: number, thisYear: number): number {
  const candidate = thisYear - (thisYear % 100) + twoDigits;
  return candidate <= thisYear + 1 ? candidate : candidate - 100;
}

function readZone(text: string): PrintedZone {
  const zone = text.replace('−', '-').replace(/\s+/g, '');
  if (ZERO_OFFSET.has(zone)) return 0;
  const offset = /^(?:UTC|GMT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
    if (Number(offset[2]) > 14 || Number(offset[3] ?? 0) >= 60) throw new DateError(`"${text}" is not a real UTC offset`, 'offsets lie between -12:00 and +14:00');
    return offset[1] === '-' ? -minutes : minutes;
  }
  if (zone.includes('/')) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone;
    } catch {
      throw new DateError(`"${text}" is not an IANA time zone`, 'write the zone as an offset such as +04:00 or an IANA name such as Asia/Tbilisi');
    }
  }
  // What a letter abbreviation stands for depends on the paper's zone and the date: dates.ts decides.
  // Russian papers write the database's MSK in their own letters (`мск`, `МСК`): compared in Latin ones.
  return { abbreviation: /\p{Script=Cyrillic}/u.test(zone) ? transliterate(zone).toUpperCase() : zone };
}

/** The IANA regions (`Europe`, `Asia`, ...), for trying a city name under each. */
const REGIONS = [...new Set(Intl.supportedValuesOf('timeZone').map((zone) => zone.split('/')[0]!))];

/**
 * The IANA zone a city names (`Paris` -> Europe/Paris, `Kyiv` -> Europe/Kiev as ICU spells it),
 * from the zone database's own city names; undefined for a city that names no zone, or several.
 */
export function zoneOfCity(city: string): string | undefined {
  const name = city.trim().replace(/\s+/g, '_');
  const zones = new Set<string>();
  for (const region of REGIONS) {
    try {
      zones.add(new Intl.DateTimeFormat('en', { timeZone: `${region}/${name}` }).resolvedOptions().timeZone);
    } catch {
      // no such zone in this region
    }
  }
  return zones.size === 1 ? [...zones][0] : undefined;
}

/** Letters that are a zone's abbreviation (`MSK`, `мск`) rather than a word, as ZONE takes them unbracketed. */
const ABBREVIATION = /^(?:[A-Z]{2,5}|\p{Script=Cyrillic}{3,5})$/u;

/**
 * The zone printed after a time, and how long it is. In parentheses it is a city's (`(Paris)`) or,
 * naming no city, an abbreviation (`(MSK)`, `(МСК)`) read as it is without them; other words are no zone.
 */
function zoneAt(text: string): { zone: PrintedZone; length: number } | undefined {
  const named = arabicZoneAt(text);
  if (named) return named;
  const z = ZONE.exec(text);
  if (!z) return undefined;
  const { city, zone: printed } = z.groups!;
  if (city === undefined) return { zone: readZone(printed!), length: z[0].length };
  const zone = zoneOfCity(city) ?? (ABBREVIATION.test(city) ? readZone(city) : undefined);
  return zone === undefined ? undefined : { zone, length: z[0].length };
}

function readTime(groups: Record<string, string | undefined>, text: string): NonNullable<PrintedDate['time']> {
  let hour = Number(groups.h);
  const minute = Number(groups.mi ?? 0);
  const second = Number(groups.s ?? 0);
  const ampm = groups.ampm && (ARABIC_MERIDIEM[groups.ampm] ?? groups.ampm.toLowerCase().replace(/[.\s]/g, ''));
  if (ampm) {
    if (hour < 1 || hour > 12) throw new DateError(`"${text}" is not a time: ${hour} is not an hour on a 12-hour clock`, 'correct the time in the clipping');
    hour = (hour % 12) + (ampm === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) throw new DateError(`"${text}" is not a real time of day`, 'correct the time in the clipping');
  return { hour, minute, second };
}

/** A month or weekday name, or a refusal when it means different things in languages the clipping may be in. */
function named(read: (word: string, languages: readonly string[]) => number | undefined, word: string, options: ReadingOptions): number | undefined {
  try {
    return read(word, options.languages ?? []);
  } catch (error) {
    if (!(error instanceof AmbiguousName)) throw error;
    throw new DateError(
      `"${word}" is a different month or weekday in ${error.languages.join(', ')}, and the clipping's language is not known`,
      "set the paper's language: in content/sources/ID.yaml (e.g. language: de)",
    );
  }
}

type CalendarDay = Pick<PrintedDate, 'year' | 'month' | 'day' | 'calendar'> & { length: number };

const thisYear = (options: ReadingOptions) => (options.now ?? new Date()).getUTCFullYear();

/**
 * The Gregorian year of a date whose month is named (`g.name`): a Thai month's year is the Buddhist era's, in two digits
 * (`28 พ.ค. 67`) or four (`2567`); four digits below the era's 2400 (1857) are a Gregorian year printed with Thai words,
 * since no news is dated so early nor so late (Gregorian 2400) that the two counts meet.
 */
function namedMonthYear(g: Record<string, string | undefined>, options: ReadingOptions): number | undefined {
  if (g.name !== undefined && countsBuddhistEra(g.name)) {
    if (g.y !== undefined && Number(g.y) < 2400) return Number(g.y);
    const buddhist = g.y ? Number(g.y) : g.yy ? fullYear(Number(g.yy), thisYear(options) + BUDDHIST_ERA_OFFSET) : undefined;
    return buddhist === undefined ? undefined : buddhist - BUDDHIST_ERA_OFFSET;
  }
  return g.y ? Number(g.y) : g.yy ? fullYear(Number(g.yy), thisYear(options)) : undefined;
}

/** A day in another calendar (`8 خرداد 1403`): its Gregorian day when the calendar is converted and the year printed, else refused. */
function otherCalendarDay(text: string, match: RegExpExecArray): CalendarDay | undefined {
  const g = match.groups!;
  const calendar = otherCalendarAt(text.slice(match[0].indexOf(g.name!)));
  if (!calendar) return undefined;
  const printed = OTHER_CALENDAR_DATE.exec(text)![0];
  if (!calendar.gregorianDay) throw new OtherCalendarDate(calendar.name, printed);
  if (g.y === undefined) throw new OtherCalendarDate(calendar.name, printed, NO_YEAR);
  const day = calendar.gregorianDay(Number(g.d), g.name!, Number(g.y));
  if (!day) throw new DateError(`"${match[0]}" is no day of the ${calendar.name} calendar`, 'correct the date in the clipping, or pass --date YYYY-MM-DD with the Gregorian date the paper published it');
  return { ...day, calendar: calendar.name, length: match[0].length };
}

function numericDay(a: number, b: number, yearText: string | undefined, printed: string, options: ReadingOptions): Omit<CalendarDay, 'length'> {
  let order = options.dateOrder;
  // Only when one reading is impossible is the order a fact rather than a guess.
  if (!order && a !== b) {
    if (a > 12 && b <= 12) order = 'DMY';
    else if (b > 12 && a <= 12) order = 'MDY';
  }
  if (!order && a !== b) {
    throw new DateError(
      `"${printed}" could be ${a}/${b} or ${b}/${a}: day-first or month-first is not known for this paper or the clipping's language`,
      "set dateOrder: DMY or MDY (or the paper's language:) in content/sources/ID.yaml, or pass --source ID of a paper whose profile says it; a paper being added with --new-source takes --language with its region (en-GB reads day-first, en-US month-first)",
    );
  }
  const [day, month] = order === 'MDY' ? [b, a] : [a, b];
  if (yearText === undefined) return { day, month };
  return { day, month, year: yearText.length === 2 ? fullYear(Number(yearText), thisYear(options)) : Number(yearText) };
}

/** A day, a month's name of one or two words, and the year if printed (`8 خرداد 1403`, `20 ذو القعدة 1445 هـ`). */
const OTHER_CALENDAR_DATE = /^\d{1,2}\s*\p{L}+(?:\s\p{L}+)?(?:\s*\d{4}(?:\s*\p{L}+\.?)?)?/u;

function readCalendarDay(text: string, options: ReadingOptions): CalendarDay | undefined {
  for (const { name, pattern } of DATE_FORMS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const g = match.groups ?? {};
    if (name === 'numeric') return { ...numericDay(Number(g.a), Number(g.b), g.y, match[0], options), length: match[0].length };
    const month = g.m ? Number(g.m) : named(monthNamed, g.name!, options);
    const converted = month === undefined && name === 'day month' ? otherCalendarDay(text, match) : undefined;
    if (converted) return converted;
    if (month === undefined) continue;
    return { year: namedMonthYear(g, options), month, day: Number(g.d), length: match[0].length };
  }
  return undefined;
}

/** A time in square brackets after its date: `28.05.2024 [18:42]` (AZƏRTAC). */
const BRACKETED_TIME = /^\s*\[(?<h>\d{1,2})[:.](?<mi>\d{2})\]/u;

/** The time and zone after a date, if any; a bare number with neither minutes nor am/pm is no time. */
function readTimeAfter(text: string): { time: PrintedDate['time']; zone: PrintedDate['zone']; length: number } | undefined {
  const bracketed = BRACKETED_TIME.exec(text);
  if (bracketed) return { time: readTime(bracketed.groups!, bracketed[0].trim()), zone: undefined, length: bracketed[0].length };
  const blanks = /^\s*/u.exec(text)![0].length;
  const cjk = cjkTimeAt(text.slice(blanks));
  if (cjk) return { time: readTime(cjk.groups, text.trim()), zone: undefined, length: blanks + cjk.length };
  const separator = SEPARATOR.exec(text);
  if (!separator) return undefined;
  const rest = text.slice(separator[0].length);
  const t = TIME.exec(rest);
  if (!t || (t.groups!.mi === undefined && t.groups!.ampm === undefined)) return undefined;
  const time = readTime(t.groups!, text.trim());
  let length = separator[0].length + t[0].length;
  const z = zoneAt(text.slice(length));
  if (z) length += z.length;
  return { time, zone: z?.zone, length };
}

/**
 * Any script's digits (Arabic-Indic and Persian `۲۸ مه ۲۰۲۴`, Bengali `২৮ মে ২০২৪`, Devanagari `२८`) as 0-9, one for one,
 * so a date's length in the text stays its length as printed. The calendar is another matter (OtherCalendarDate).
 */
const westernDigits = (text: string) => text.replace(/[^\P{Nd}0-9]/gu, (digit) => (digit.length === 1 ? String(digitValue(digit)) : digit));

/** A digit's value: Unicode puts each script's ten digits in a row from its zero, so it is its place in that row. */
function digitValue(digit: string): number {
  let zero = digit.codePointAt(0)!;
  while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero -= 1;
  return (digit.codePointAt(0)! - zero) % 10;
}

/** Blanks as the eye sees them; dates are read from text tidied this way. */
export const tidyDateText = (text: string) => text.replace(/[\u00a0\t]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The date that `text` starts with, and how many characters of it the date takes, or undefined
 * when it does not start with one. Throws DateError for what is a date but cannot be read right
 * (an ambiguous numeric date, an hour that does not exist, an unknown zone).
 */
export function readDateAt(text: string, options: ReadingOptions = {}): { printed: PrintedDate; length: number } | undefined {
  try {
    return readWesternDateAt(westernDigits(text), options);
  } catch (error) {
    // Quoted in the digits it is printed in.
    if (error instanceof OtherCalendarDate) throw new OtherCalendarDate(error.calendar, text.slice(0, error.printed.length), error.why);
    throw error;
  }
}

function readWesternDateAt(text: string, options: ReadingOptions): { printed: PrintedDate; length: number } | undefined {
  const before = timeBefore(text);
  if (before) {
    const date = readDayAt(text.slice(before.length), options);
    // A time printed before its date (`4:12 PM GMT+4, April 30, 2024`) is that date's; a second time after it is not read.
    if (date && !date.time) return { printed: { ...date.printed, time: before.time, zone: before.zone }, length: before.length + date.length };
  }
  const date = readDayAt(text, options);
  return date && { printed: { ...date.printed, time: date.time?.time, zone: date.time?.zone }, length: date.length };
}

/** Between a time and the date after it: a separator or blanks, then perhaps the word for "on". */
const DATE_AFTER_TIME = new RegExp(String.raw`^(?:\s*[,|/–—-]\s*|\s+)(?:${phrasesOf('dayWord')}\s+)?`, 'iu');

/** A time and zone that a date follows: `4:12 PM GMT+4, `, `13:05 | `; what is no time or zone is no time before a date. */
function timeBefore(text: string): ReturnType<typeof readTimeBefore> {
  try {
    return readTimeBefore(text);
  } catch (error) {
    if (error instanceof DateError) return undefined;
    throw error;
  }
}

function readTimeBefore(text: string): { time: PrintedDate['time']; zone: PrintedDate['zone']; length: number } | undefined {
  const t = TIME.exec(text);
  if (!t || (t.groups!.mi === undefined && t.groups!.ampm === undefined)) return undefined;
  let length = t[0].length;
  const z = zoneAt(text.slice(length));
  const zone = z?.zone;
  if (z) length += z.length;
  // `6:05 pm on 29 May 2024` (RNZ): the word for "on" may stand between them.
  const separator = DATE_AFTER_TIME.exec(text.slice(length));
  if (!separator) return undefined;
  return { time: readTime(t.groups!, text.slice(0, length).trim()), zone, length: length + separator[0].length };
}

/** The weekday a word after a date names; a word that names different weekdays in two languages is then no weekday, but the text's (a place, a name). */
function weekdayNamedAfter(word: string, options: ReadingOptions): number | undefined {
  try {
    return named(weekdayNamed, word, options);
  } catch (error) {
    if (error instanceof DateError) return undefined;
    throw error;
  }
}

/** The weekday and calendar day `text` starts with (the weekday before or after it), and the time printed after it. */
function readDayAt(text: string, options: ReadingOptions): { printed: Omit<PrintedDate, 'time' | 'zone'>; time?: ReturnType<typeof readTimeAfter>; length: number } | undefined {
  let weekday: number | undefined;
  let start = 0;
  let day: CalendarDay | undefined;
  // The word before a date may be its weekday; only then is it read as one ("Di Marco" is no date). Two words are one
  // weekday only when together they name one ("Tuesday May 28" is a weekday and a month).
  for (const [pattern, name] of [[TWO_WORD_WEEKDAY, weekdayNamedAfter], [WEEKDAY, (word: string, reading: ReadingOptions) => named(weekdayNamed, word, reading)]] as const) {
    const wd = pattern.exec(text);
    const afterWeekday = wd ? readCalendarDay(text.slice(wd[0].length), options) : undefined;
    if (!afterWeekday) continue;
    weekday = name(wd!.groups!.name!, options);
    if (weekday !== undefined) {
      [day, start] = [afterWeekday, wd![0].length];
      break;
    }
  }
  day ??= readCalendarDay(text, options);
  if (!day) return undefined;
  let length = start + day.length;
  const after = start > 0 ? null : WEEKDAY_AFTER.exec(text.slice(length));
  const weekdayAfter = after ? weekdayNamedAfter((after.groups!.name ?? after.groups!.bracketed)!, options) : undefined;
  if (weekdayAfter !== undefined) [weekday, start, length] = [weekdayAfter, length, length + after![0].length];
  const time = readTimeAfter(text.slice(length));
  return {
    printed: { weekday: start > 0 ? weekday : undefined, year: day.year, month: day.month, day: day.day, ...(day.calendar === undefined ? {} : { calendar: day.calendar }) },
    time,
    length: length + (time?.length ?? 0),
  };
}

/**
 * Where a word starts, where a date may: after no letter or digit, or a digit after a Japanese, Chinese or Korean
 * character, since those scripts set no blank between words (`송고시간2024-05-28 21:42`, Yonhap).
 */
export const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])\p{N}/gu;

/** Where a date is printed inside a line: its start, its text and what it says; the first one wins. */
export function findDate(line: string, options: ReadingOptions = {}): { start: number; text: string; printed: PrintedDate } | undefined {
  // A date in another calendar is refused only when the line prints no Gregorian one beside it (Asharq Al-Awsat prints both).
  let otherCalendar: OtherCalendarDate | undefined;
  for (const word of line.matchAll(WORD_START)) {
    let found: ReturnType<typeof readDateAt>;
    try {
      found = readDateAt(line.slice(word.index), options);
    } catch (error) {
      if (!(error instanceof OtherCalendarDate)) throw error;
      otherCalendar ??= error;
      continue;
    }
    if (found) return { start: word.index, text: line.slice(word.index, word.index + found.length), printed: found.printed };
  }
  if (otherCalendar) throw otherCalendar;
  return undefined;
}

/** The parts of a printed date line, all of it. Throws DateError when the text is not a date this module can read. */
export function readPrintedDate(printed: string, options: ReadingOptions = {}): PrintedDate {
  const text = tidyDateText(printed);
  const found = readDateAt(text, options);
  if (!found || found.length !== text.length) {
    throw new DateError(
      `"${printed}" is not a date form the importer knows`,
      'write it as e.g. "March 8, 2019", "8 March 2019 14:05", "2019-03-08" or "Friday, March 8" (in any of English, French, German, Spanish, Italian, Portuguese, Russian, Ukrainian, Georgian, Turkish, Azerbaijani, Armenian, Arabic, Persian, Polish, Czech, Romanian, Greek, Dutch, Lithuanian, Latvian, Estonian, Kazakh, Uzbek or Belarusian), or fix the source profile',
    );
  }
  return found.printed;
}
