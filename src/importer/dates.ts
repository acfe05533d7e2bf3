import { TZDate } from '@date-fns/tz';
import { formatISO, isValid } from 'date-fns';
import { DateError, MONTH_NAMES, readPrintedDate, WEEKDAY_NAMES, type DateOrder, type PrintedDate } from './read-date.ts';

/**
 * Printed dates: read what the clipping says, check it against the calendar, and turn it into an
 * ISO 8601 timestamp in the publication's own zone. Nothing is guessed: an ambiguous, impossible or
 * year-less date is an error that says what the archivist can do about it.
 */

export type DateCertainty = 'exact' | 'day' | 'supplied';

export interface DateContext {
  /** The publication's IANA zone: dates without a zone of their own are read in it. */
  timeZone: string;
  dateOrder?: DateOrder;
  /** Earliest year the publication can have printed; bounds the candidates of a year-less date. */
  firstYear?: number;
  /** `--year`: the year of a date printed without one. */
  year?: number;
  /** `--date YYYY-MM-DD`: the archivist's date for this file; must agree with what is printed. */
  date?: string;
  /** The clock, for "a date cannot lie in the future"; injectable for tests. */
  now?: Date;
}

export interface ResolvedDate {
  published: string;
  certainty: DateCertainty;
}

/** Before this, a clipping copied from a website is implausible, so it bounds the candidate years. */
export const DEFAULT_FIRST_YEAR = 1990;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "Friday, March 8" for messages. */
function describe(printed: Pick<PrintedDate, 'weekday' | 'month' | 'day'>): string {
  const weekday = printed.weekday === undefined ? '' : `${WEEKDAY_NAMES[printed.weekday]}, `;
  return `${weekday}${MONTH_NAMES[printed.month - 1]} ${printed.day}`;
}

/** Years from `firstYear` to now in which the printed day exists, falls on the printed weekday and is not in the future. */
export function candidateYears(printed: PrintedDate, firstYear: number, now: Date): number[] {
  const years: number[] = [];
  for (let year = firstYear; year <= now.getUTCFullYear(); year += 1) {
    if (printed.day > daysInMonth(year, printed.month)) continue;
    const utc = new Date(Date.UTC(year, printed.month - 1, printed.day));
    if (utc.getTime() > now.getTime()) continue;
    if (printed.weekday !== undefined && utc.getUTCDay() !== printed.weekday) continue;
    years.push(year);
  }
  return years;
}

function missingYear(printed: PrintedDate, text: string, firstYear: number, now: Date): DateError {
  const years = candidateYears(printed, firstYear, now);
  const last = now.getUTCFullYear();
  if (years.length === 0) {
    return new DateError(
      `"${text}" prints no year, and no year from ${firstYear} to ${last} has a ${describe(printed)}`,
      'check the date line against the paper, then pass --date YYYY-MM-DD for this file',
    );
  }
  const which =
    printed.weekday === undefined
      ? `any of the ${years.length} years from ${years[0]} to ${years.at(-1)} fits (no weekday is printed to narrow it)`
      : `candidate years (${describe(printed)}): ${years.join(', ')}`;
  return new DateError(`"${text}" prints no year; ${which}`, `pass --year YYYY (e.g. --year ${years.at(-1)}) or --date YYYY-MM-DD with the year the paper printed it`);
}

/** Wall-clock fields of an instant in `zone`. */
function inZone(instant: number, zone: string): TZDate {
  return new TZDate(instant, zone);
}

/**
 * The publication timestamp of a printed date: ISO 8601 in the publication's zone, with how sure it is.
 * A time printed with its own zone is converted to the publication's zone; the instant is kept.
 */
export function resolvePrintedDate(text: string, context: DateContext): ResolvedDate {
  const now = context.now ?? new Date();
  const printed = readPrintedDate(text, context.dateOrder, now);
  let year = printed.year;
  let supplied = false;

  if (context.date !== undefined) {
    const [y, m, d] = context.date.split('-').map(Number) as [number, number, number];
    if (m !== printed.month || d !== printed.day || (year !== undefined && year !== y)) {
      throw new DateError(
        `--date ${context.date} disagrees with the printed date "${text}"`,
        'pass the date the clipping prints, or correct the clipping',
      );
    }
    if (year === undefined) supplied = true;
    year = y;
  } else if (year === undefined) {
    if (context.year === undefined) throw missingYear(printed, text, context.firstYear ?? DEFAULT_FIRST_YEAR, now);
    year = context.year;
    supplied = true;
  }

  if (printed.month < 1 || printed.month > 12 || printed.day < 1 || printed.day > daysInMonth(year, printed.month)) {
    const monthName = MONTH_NAMES[printed.month - 1] ?? `month ${printed.month}`;
    throw new DateError(
      `"${text}" is an impossible date: ${monthName} ${year} has no day ${printed.day}`,
      'correct the date line (check the paper, or the day and month order of a numeric date)',
    );
  }
  const calendarDay = new Date(Date.UTC(year, printed.month - 1, printed.day));
  if (printed.weekday !== undefined && calendarDay.getUTCDay() !== printed.weekday) {
    throw new DateError(
      `"${text}" says ${WEEKDAY_NAMES[printed.weekday]}, but ${MONTH_NAMES[printed.month - 1]} ${printed.day}, ${year} was a ${WEEKDAY_NAMES[calendarDay.getUTCDay()]}`,
      supplied ? 'pass the right year with --year/--date' : 'check the clipping against the paper and correct the weekday or the date',
    );
  }

  const { hour, minute, second } = printed.time ?? { hour: 0, minute: 0, second: 0 };
  let local: TZDate;
  if (typeof printed.zone === 'number') {
    const instant = Date.UTC(year, printed.month - 1, printed.day, hour, minute, second) - printed.zone * 60_000;
    local = inZone(instant, context.timeZone);
  } else {
    const zone = printed.zone ?? context.timeZone;
    const wall = new TZDate(year, printed.month - 1, printed.day, hour, minute, second, zone);
    if (printed.time && (wall.getHours() !== hour || wall.getMinutes() !== minute)) {
      throw new DateError(
        `"${text}" names a time that does not exist in ${zone} (the clocks were changed that night)`,
        'check the time in the clipping',
      );
    }
    local = printed.zone === undefined ? wall : inZone(wall.getTime(), context.timeZone);
  }
  if (!isValid(local)) throw new DateError(`"${text}" is not a real date`, 'correct the date line');
  return {
    published: formatISO(local),
    certainty: supplied ? 'supplied' : printed.time ? 'exact' : 'day',
  };
}
