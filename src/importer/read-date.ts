/**
 * What a printed date line says, part by part: weekday, day, month, year, time and zone, in the
 * forms news sites print. Reading only; checking against the calendar is dates.ts's job.
 */

export type DateOrder = 'DMY' | 'MDY';

/** A date problem; the caller adds the file and line. */
export class DateError extends Error {
  constructor(
    readonly reason: string,
    readonly fix: string,
  ) {
    super(reason);
  }
}

/** What a date line literally says; any part the clipping does not print is undefined. */
export interface PrintedDate {
  weekday?: number; // 0 = Sunday, as date-fns counts
  year?: number;
  month: number; // 1-12
  day: number;
  time?: { hour: number; minute: number; second: number };
  /** Minutes east of UTC, or an IANA zone name. */
  zone?: number | string;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6,
  jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tues: 2, tue: 2, wednesday: 3, wed: 3,
  thursday: 4, thurs: 4, thur: 4, thu: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
};
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Longest names first so that `Sept` is not read as `Sep` followed by a stray `t`. */
const alternation = (names: Record<string, number>) =>
  Object.keys(names).sort((a, b) => b.length - a.length).join('|');
const MONTH = `(?<mon>${alternation(MONTHS)})\\.?`;
const WEEKDAY = new RegExp(`^(?<wd>${alternation(WEEKDAYS)})\\.?,?\\s+`, 'i');
const APOSTROPHE = `['’‘]`;
const YEAR_AFTER = `(?:,?\\s*(?<y>\\d{4})(?!\\d|:)|\\s*,?\\s*${APOSTROPHE}(?<yy>\\d{2})(?!\\d))`;
const ORDINAL = '(?:st|nd|rd|th)?';

/** The date part of a line, tried in this order; each reads a prefix of what follows the weekday. */
const DATE_FORMS: { name: string; pattern: RegExp }[] = [
  { name: 'ISO', pattern: /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\d-])/ },
  { name: 'numeric', pattern: /^(?<a>\d{1,2})(?<sep>[./-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})(?![\d./-])/ },
  { name: 'day month', pattern: new RegExp(`^(?<d>\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH}(?![a-z])${YEAR_AFTER}?`, 'i') },
  { name: 'month day', pattern: new RegExp(`^${MONTH}\\s*(?<d>\\d{1,2})${ORDINAL}(?![\\d:])${YEAR_AFTER}?`, 'i') },
];

/** What may stand between the date and the time: `/`, `,`, `|`, a dash, `at`, `T` or blanks. */
const SEPARATOR = /^(?:\s*[,/|–—-]\s*|\s+at\s+|T|\s+)/i;
const TIME = /^(?<h>\d{1,2})(?:[:.](?<mi>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?)?\s*(?<ampm>[ap]\.?\s?m\.?(?![a-z]))?/i;
const ZONE = /^\(?(?<zone>Z|(?:UTC|GMT)?\s?[+-−]\d{1,2}(?::?\d{2})?|[A-Za-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?|[A-Z]{1,5})\)?$/;

/** Unambiguous zone abbreviations only; `IST` or `CST` mean different places and are refused. */
const ZONE_ABBREVIATIONS: Record<string, number> = {
  Z: 0, UTC: 0, GMT: 0, GET: 240, MSK: 180, CET: 60, CEST: 120, EET: 120, EEST: 180, BST: 60,
  WET: 0, WEST: 60, EST: -300, EDT: -240, PST: -480, PDT: -420,
};

/** A two-digit year is in this century unless that would put it more than a year in the future. */
function fullYear(twoDigits: number, now: Date): number {
  const thisYear = now.getUTCFullYear();
  const candidate = 2000 + twoDigits;
  return candidate <= thisYear + 1 ? candidate : 1900 + twoDigits;
}

function readZone(text: string): number | string {
  const zone = text.replace('−', '-').replace(/\s+/g, '');
  if (zone in ZONE_ABBREVIATIONS) return ZONE_ABBREVIATIONS[zone]!;
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
  throw new DateError(`the time zone "${text}" is unknown or ambiguous`, 'write it as an offset such as +04:00 or an IANA name such as Asia/Tbilisi');
}

function readTime(groups: Record<string, string | undefined>, text: string): NonNullable<PrintedDate['time']> {
  let hour = Number(groups.h);
  const minute = Number(groups.mi ?? 0);
  const second = Number(groups.s ?? 0);
  const ampm = groups.ampm?.toLowerCase().replace(/[.\s]/g, '');
  if (ampm) {
    if (hour < 1 || hour > 12) throw new DateError(`"${text}" is not a time: ${hour} is not an hour on a 12-hour clock`, 'correct the time in the clipping');
    hour = (hour % 12) + (ampm === 'pm' ? 12 : 0);
  } else if (groups.mi === undefined) {
    // A bare number after a date is not a time we can trust ("March 8 2").
    throw new DateError(`"${text}" is not a time`, 'write the time as HH:MM');
  }
  if (hour > 23 || minute > 59 || second > 59) throw new DateError(`"${text}" is not a real time of day`, 'correct the time in the clipping');
  return { hour, minute, second };
}

/** The parts of a printed date. Throws DateError when the text is not a date this module can read. */
export function readPrintedDate(printed: string, dateOrder?: DateOrder, now: Date = new Date()): PrintedDate {
  let rest = printed.replace(/[\u00a0\t]/g, ' ').replace(/\s+/g, ' ').trim();
  const unreadable = () =>
    new DateError(
      `"${printed}" is not a date form the importer knows`,
      'write it as e.g. "March 8, 2019", "8 March 2019 14:05", "2019-03-08" or "Friday, March 8", or fix the source profile',
    );
  let weekday: number | undefined;
  const wd = WEEKDAY.exec(rest);
  if (wd) {
    weekday = WEEKDAYS[wd.groups!.wd!.toLowerCase()];
    rest = rest.slice(wd[0].length);
  }

  let found: { form: string; groups: Record<string, string | undefined>; length: number } | undefined;
  for (const { name, pattern } of DATE_FORMS) {
    const match = pattern.exec(rest);
    if (match) {
      found = { form: name, groups: match.groups ?? {}, length: match[0].length };
      break;
    }
  }
  if (!found) throw unreadable();
  rest = rest.slice(found.length);
  const g = found.groups;

  let year: number | undefined;
  let month: number;
  let day: number;
  if (found.form === 'numeric') {
    const [a, b] = [Number(g.a), Number(g.b)];
    let order = dateOrder;
    // Only when one reading is impossible is the order a fact rather than a guess.
    if (!order && a !== b) {
      if (a > 12 && b <= 12) order = 'DMY';
      else if (b > 12 && a <= 12) order = 'MDY';
    }
    if (!order && a !== b) {
      throw new DateError(
        `"${printed}" could be ${a}/${b} or ${b}/${a}: day-first or month-first is not known for this source`,
        'set dateOrder: DMY or MDY in the source profile (content/sources/ID.yaml), or pass --source ID of a profile that has it',
      );
    }
    [day, month] = order === 'MDY' ? [b, a] : [a, b];
    year = g.y!.length === 2 ? fullYear(Number(g.y), now) : Number(g.y);
  } else {
    month = g.m ? Number(g.m) : MONTHS[g.mon!.toLowerCase()]!;
    day = Number(g.d);
    if (g.y) year = Number(g.y);
    else if (g.yy) year = fullYear(Number(g.yy), now);
  }

  let time: PrintedDate['time'];
  let zone: PrintedDate['zone'];
  if (rest.length > 0) {
    const separator = SEPARATOR.exec(rest);
    if (!separator) throw unreadable();
    rest = rest.slice(separator[0].length);
    const t = TIME.exec(rest);
    if (!t) throw unreadable();
    time = readTime(t.groups ?? {}, printed);
    rest = rest.slice(t[0].length).trim();
    if (rest.length > 0) {
      const z = ZONE.exec(rest);
      if (!z) throw unreadable();
      zone = readZone(z.groups!.zone!);
    }
  }
  return { weekday, year, month, day, time, zone };
}
