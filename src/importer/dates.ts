import { TZDate } from '@date-fns/tz';
// One module a function: the date-fns index loads all of date-fns, seconds of an import's start-up.
import { formatISO } from 'date-fns/formatISO';
import { isValid } from 'date-fns/isValid';
import { DATE_LANGUAGES, monthName, readsDatesIn, weekdayName } from './date-names.ts';
import { DateError, OtherCalendarDate, readPrintedDate, type DateOrder, type PrintedDate, type PrintedZone } from './read-date.ts';
import { countryTimeName } from './country-time.ts';
import { countryOfZone, offsetsCalled, tzdataAbbreviations, zoneLetters } from './zone-abbreviations.ts';

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
  /** The clipping's languages, most likely first: they decide a month or weekday name two languages share. */
  languages?: readonly string[];
  /** Earliest year the publication can have printed; bounds the candidates of a year-less date. */
  firstYear?: number;
  /** `--year`: the year of a date printed without one. */
  year?: number;
  /** `--date YYYY-MM-DD[THH:MM]`: the archivist's date for this file; must agree with what is printed. */
  date?: string;
  /** The clock, for "a date cannot lie in the future"; injectable for tests. */
  now?: Date;
  /**
   * `--time-zone`: the IANA zone a printed abbreviation (`MSK`, `ET`) stands for when it is not
   * what the paper's zone is called on that date.
   */
  abbreviationZone?: string;
}

export interface ResolvedDate {
  published: string;
  certainty: DateCertainty;
  /** What the archivist should know: the time was printed in another zone than the paper's. */
  note?: string;
}

/** Before this, a clipping copied from a website is implausible, so it bounds the candidate years. */
export const DEFAULT_FIRST_YEAR = 1990;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** "Friday, March 8" for messages. */
function describe(printed: Pick<PrintedDate, 'weekday' | 'month' | 'day'>): string {
  const weekday = printed.weekday === undefined ? '' : `${weekdayName(printed.weekday)}, `;
  return `${weekday}${monthName(printed.month)} ${printed.day}`;
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

/** Every year the date fits, and none recommended: picking one would file the article under a guess. */
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
    years.length === 1
      ? `only ${years[0]} has a ${describe(printed)} from ${firstYear} to ${last}, but that is not printed`
      : printed.weekday === undefined
        ? `all ${years.length} years from ${years[0]} to ${years.at(-1)} fit (no weekday is printed to narrow them): ${years.join(', ')}`
        : `candidate years (${describe(printed)}): ${years.join(', ')}`;
  return new DateError(`"${text}" prints no year; ${which}`, 'pass --year YYYY or --date YYYY-MM-DD with the year the paper printed it in (the importer does not choose one)');
}

/** `--date YYYY-MM-DD[THH:MM]`, as cli.ts has checked its shape. */
function suppliedDate(date: string): { year: number; month: number; day: number; time?: { hour: number; minute: number; second: number } } {
  const [, y, m, d, h, mi] = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(date) ?? [];
  if (y === undefined) throw new DateError(`--date ${date} is not YYYY-MM-DD or YYYY-MM-DDTHH:MM`, 'give the date as e.g. 2019-03-08 or 2019-03-08T14:05');
  return { year: Number(y), month: Number(m), day: Number(d), time: h === undefined ? undefined : { hour: Number(h), minute: Number(mi), second: 0 } };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An offset in minutes east of UTC as a zone @date-fns/tz and Intl read: `+04:00`, `-03:30`. */
export function offsetZone(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
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
  let printed: PrintedDate;
  try {
    printed = readPrintedDate(text, { dateOrder: context.dateOrder, languages: context.languages, now: context.now ?? new Date() });
  } catch (error) {
    // A date in another calendar is printed but not read: --date gives the Gregorian one, which nothing printed can check.
    if (error instanceof OtherCalendarDate && context.date !== undefined) return resolveSuppliedDate(context);
    throw error;
  }
  return resolveReadDate(printed, text, context);
}

/** resolvePrintedDate for a date read already (`printed`, from `text`), for a caller that needs what was printed too. */
export function resolveReadDate(printed: PrintedDate, text: string, context: DateContext): ResolvedDate {
  const now = context.now ?? new Date();
  let year = printed.year;
  let archivistSupplied = false;

  if (context.date !== undefined) {
    const given = suppliedDate(context.date);
    const disagrees =
      given.month !== printed.month ||
      given.day !== printed.day ||
      (year !== undefined && year !== given.year) ||
      (given.time !== undefined && printed.time !== undefined && (given.time.hour !== printed.time.hour || given.time.minute !== printed.time.minute));
    if (disagrees) {
      throw new DateError(
        `--date ${context.date} disagrees with the printed date "${text}"`,
        'pass the date the clipping prints, or correct the clipping',
      );
    }
    if (year === undefined || (printed.time === undefined && given.time !== undefined)) archivistSupplied = true;
    year = given.year;
    printed.time ??= given.time;
  } else if (year === undefined) {
    if (context.year === undefined) throw missingYear(printed, text, context.firstYear ?? DEFAULT_FIRST_YEAR, now);
    year = context.year;
    archivistSupplied = true;
  }

  return publishedOf({ ...printed, year }, text, context, archivistSupplied);
}

/**
 * A clipping that prints no publication date: the archivist's --date, or a refusal that says so.
 * An update's date (`Updated 4:12 PM GMT+4, April 30, 2024`) is not taken for it: the article may be
 * years older than its last correction, so filing it under the update would be a silent guess.
 */
export function resolveSuppliedDate(context: DateContext, updated?: string): ResolvedDate {
  if (context.date === undefined && updated !== undefined) {
    throw new DateError(
      `only an update's date is printed ("${updated}"), not the date the article was first published`,
      'pass --date YYYY-MM-DD (or YYYY-MM-DDTHH:MM) with the date the paper first published it (no later than the update)',
    );
  }
  // A date written out in a language whose month names are not read is not seen: say so, not that none is printed.
  const unread = context.languages?.[0];
  if (context.date === undefined && unread !== undefined && !readsDatesIn(unread)) {
    throw new DateError(
      `no date the importer can read is printed: the paper's language (${unread}) is none it reads month and weekday names in (${DATE_LANGUAGES.join(', ')}), so a date written out in it is not seen, only numeric ones`,
      'pass --date YYYY-MM-DD (or YYYY-MM-DDTHH:MM) with the date the paper published it',
    );
  }
  if (context.date === undefined) {
    throw new DateError(
      "no date is printed in the clipping (none above or below the title, beside the byline or caption, in the last lines or in the first paragraph's dateline)",
      'pass --date YYYY-MM-DD (or YYYY-MM-DDTHH:MM) with the date the paper published it',
    );
  }
  const supplied = publishedOf(suppliedDate(context.date), `--date ${context.date}`, context, true);
  // An article is not published after it is updated (a day without a time: not on a later day, in the paper's zone).
  const update = updated === undefined ? undefined : updatePublished(updated, context);
  const later = context.date.includes('T') ? (a: string, b: string) => new Date(a) > new Date(b) : (a: string, b: string) => a.slice(0, 10) > b.slice(0, 10);
  if (update !== undefined && later(supplied.published, update)) {
    throw new DateError(`--date ${context.date} is later than the printed update "${updated}"`, 'pass the date the paper first published it, which is no later than the update');
  }
  return supplied;
}

/** The update's timestamp in the paper's zone; an update that cannot be placed in time (no year) bounds nothing. */
function updatePublished(updated: string, context: DateContext): string | undefined {
  try {
    return resolvePrintedDate(updated, { ...context, date: undefined }).published;
  } catch (error) {
    if (error instanceof DateError) return undefined;
    throw error;
  }
}

/** A complete date checked against the calendar (day, weekday, the zone's clock) and as an ISO timestamp. */
function publishedOf(printed: PrintedDate & { year: number }, text: string, context: DateContext, archivistSupplied: boolean): ResolvedDate {
  const { year } = printed;
  if (printed.month < 1 || printed.month > 12 || printed.day < 1 || printed.day > daysInMonth(year, printed.month)) {
    const month = printed.month >= 1 && printed.month <= 12 ? monthName(printed.month) : `month ${printed.month}`;
    throw new DateError(
      `"${text}" is an impossible date: ${month} ${year} has no day ${printed.day}`,
      'correct the date line (check the paper, or the day and month order of a numeric date)',
    );
  }
  const calendarDay = new Date(Date.UTC(year, printed.month - 1, printed.day));
  if (printed.weekday !== undefined && calendarDay.getUTCDay() !== printed.weekday) {
    throw new DateError(
      `"${text}" says ${weekdayName(printed.weekday)}, but ${monthName(printed.month)} ${printed.day}, ${year} was a ${weekdayName(calendarDay.getUTCDay())}`,
      archivistSupplied ? 'pass the right year with --year/--date' : 'check the clipping against the paper and correct the weekday or the date',
    );
  }

  const { hour, minute, second } = printed.time ?? { hour: 0, minute: 0, second: 0 };
  let local: TZDate;
  let note: string | undefined;
  if (typeof printed.zone === 'number') {
    const instant = Date.UTC(year, printed.month - 1, printed.day, hour, minute, second) - printed.zone * 60_000;
    local = inZone(instant, context.timeZone);
  } else {
    const zone = typeof printed.zone === 'object' ? abbreviatedZone(printed as PrintedDate & { year: number; zone: { abbreviation: string } }, text, context) : (printed.zone ?? context.timeZone);
    const wall = new TZDate(year, printed.month - 1, printed.day, hour, minute, second, zone);
    if (printed.time && (wall.getHours() !== hour || wall.getMinutes() !== minute)) {
      throw new DateError(
        `"${text}" names a time that does not exist in ${zone} (the clocks were changed that night)`,
        'check the time in the clipping',
      );
    }
    local = zone === context.timeZone ? wall : inZone(wall.getTime(), context.timeZone);
    if (!sameZone(zone, context.timeZone)) {
      // Letters read as the database's offset (abbreviatedZone) are named as printed, beside that offset.
      const named = typeof printed.zone === 'object' && /^[+-]/.test(zone) ? `${printed.zone.abbreviation} (UTC${zone})` : zone;
      note = `"${text}" is printed in ${named}, not in the paper's zone ${context.timeZone}: the printed time in ${named} gives the instant, shown in ${context.timeZone}`;
    }
  }
  if (!isValid(local)) throw new DateError(`"${text}" is not a real date`, 'correct the date line');
  return {
    published: formatISO(local),
    certainty: archivistSupplied ? 'supplied' : printed.time ? 'exact' : 'day',
    ...(note === undefined ? {} : { note }),
  };
}

const canonicalZone = (zone: string) => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
const sameZone = (a: string, b: string) => canonicalZone(a) === canonicalZone(b);

/**
 * What `zone` is called at `instant`, short and generic (`EDT`, `ET`; `CEST`, `CET`; `BST`), in
 * English as America and Britain write it and in the clipping's languages (`MESZ`), from Intl's
 * time-zone names, and what the time zone database calls it (`MSK`, which Intl does not know):
 * the same letters mean different zones elsewhere (`IST`, `CST`), so no table.
 */
function zoneNames(zone: string, instant: number, languages: readonly string[]): Set<string> {
  const names = new Set<string>(tzdataAbbreviations(zone, instant));
  // A language as the zone's country writes it too: French in Canada calls Eastern summer time `HAE`.
  const country = countryOfZone(zone);
  const regional = country === undefined ? [] : languages.filter((language) => !language.includes('-')).map((language) => `${language}-${country}`);
  for (const locale of ['en-US', 'en-GB', ...languages, ...regional]) {
    for (const timeZoneName of ['short', 'shortGeneric'] as const) {
      const part = zoneNameFormat(locale, zone, timeZoneName)?.formatToParts(instant).find((p) => p.type === 'timeZoneName');
      if (part && /^\p{Lu}{2,5}$/u.test(part.value)) names.add(part.value);
    }
  }
  return names;
}

/** Made once each: a formatter costs far more to make than to use, and a page may ask about every zone. */
const zoneNameFormats = new Map<string, Intl.DateTimeFormat | undefined>();

function zoneNameFormat(locale: string, zone: string, timeZoneName: 'short' | 'shortGeneric'): Intl.DateTimeFormat | undefined {
  const key = `${locale} ${zone} ${timeZoneName}`;
  if (!zoneNameFormats.has(key)) {
    let format: Intl.DateTimeFormat | undefined;
    try {
      format = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName });
    } catch {
      // a language tag Intl does not take
    }
    zoneNameFormats.set(key, format);
  }
  return zoneNameFormats.get(key);
}

const offsetAt = (zone: string, instant: number) => -new TZDate(instant, zone).getTimezoneOffset();

const DAY_MS = 86_400_000;

/** Every zone's offsets at the start and end of a UTC day, as zonesOfDay reads them. */
interface DayOffsets {
  /** The zones at one offset when the day starts or ends. */
  byOffset: Map<number, string[]>;
  /** The zones whose offset changes during the day. */
  changing: string[];
}

/** dayOffsets' answers, by the UTC day's first instant. */
const dayOffsetsCache = new Map<number, DayOffsets>();

function dayOffsets(start: number): DayOffsets {
  let day = dayOffsetsCache.get(start);
  if (day === undefined) {
    day = { byOffset: new Map(), changing: [] };
    for (const name of Intl.supportedValuesOf('timeZone')) {
      const first = offsetAt(name, start);
      const last = offsetAt(name, start + DAY_MS);
      if (first !== last) day.changing.push(name);
      for (const offset of new Set([first, last])) {
        const zones = day.byOffset.get(offset) ?? [];
        zones.push(name);
        day.byOffset.set(offset, zones);
      }
    }
    dayOffsetsCache.set(start, day);
  }
  return day;
}

/**
 * The zones that may be `minutes` east of UTC at some time of the UTC day holding `instant`:
 * those at that offset when the day starts or ends, and those whose offset changes during it.
 * Pages saved on one day share the scan of every zone, which costs tens of milliseconds. A zone
 * that left an offset and came back to it within one day would be missed.
 */
function zonesOfDay(instant: number, minutes: number): Set<string> {
  const day = dayOffsets(Math.floor(instant / DAY_MS) * DAY_MS);
  return new Set([...(day.byOffset.get(minutes) ?? []), ...day.changing]);
}

/**
 * Whether a printed zone can mean `minutes` east of UTC at `instant`: an offset is itself; a zone
 * (`(Paris)`) has its offset then; letters mean the offset of a zone called so then (`BST`: 60 in
 * summer; `IST`: 330, 60 or 120), as zoneNames knows them. Only the zones at that offset are
 * named, and the time zone database's letters are looked at first: they need none of the Intl
 * formatters that make a process's first such question cost up to a second.
 */
export function meansOffset(zone: PrintedZone, instant: number, minutes: number, languages: readonly string[]): boolean {
  if (typeof zone === 'number') return zone === minutes;
  if (typeof zone === 'string') return offsetAt(zone, instant) === minutes;
  const zones = [...zonesOfDay(instant, minutes)].filter((name) => offsetAt(name, instant) === minutes);
  return zones.some((name) => tzdataAbbreviations(name, instant).includes(zone.abbreviation)) || zones.some((name) => zoneNames(name, instant, languages).has(zone.abbreviation));
}

/**
 * The zone printed letters stand for. The paper's, when that is what its zone is called at the printed time; else
 * --time-zone's, when that zone is called so, or has no letters of its own. Letters the paper's zone is called in the
 * other season (`EST` in a New York paper in May) contradict the date: refused. Else what the time zone database
 * gives them wherever the paper is (zone-letters facts: `EST` in a Madrid paper is UTC-5, never Madrid time), when
 * they stand for one offset and some zone is called so on that date. Only letters the database calls no zone may be
 * the paper's country's letters and T (`PHT`, country-time.ts). Anything else is refused, naming --time-zone.
 */
function abbreviatedZone(printed: PrintedDate & { year: number; zone: { abbreviation: string } }, text: string, context: DateContext): string {
  const { abbreviation } = printed.zone;
  const { hour, minute, second } = printed.time ?? { hour: 0, minute: 0, second: 0 };
  const languages = context.languages ?? [];
  const namesAt = (zone: string) => zoneNames(zone, new TZDate(printed.year, printed.month - 1, printed.day, hour, minute, second, zone).getTime(), languages);
  const paperNames = namesAt(context.timeZone);
  if (paperNames.has(abbreviation)) return context.timeZone;
  const given = context.abbreviationZone;
  // --time-zone beside --source says what letters stand for; beside --new-source it is the paper's own zone, asked above.
  if (given !== undefined && !sameZone(given, context.timeZone)) {
    const names = namesAt(given);
    if (names.has(abbreviation) || countryTimeName(given) === abbreviation || names.size === 0) return given;
    throw new DateError(
      `"${text}": ${abbreviation} is not what --time-zone ${given} is called on that date (${[...names].join(', ')})`,
      `pass --time-zone with the IANA zone ${abbreviation} stands for`,
    );
  }
  const called = paperNames.size > 0 ? `is called ${[...paperNames].join(' or ')}` : 'has no letter abbreviation';
  const unknown = (why: string) =>
    new DateError(
      `"${text}" prints the time zone ${abbreviation}, but the paper's zone ${context.timeZone} ${called} on that date, ${why}`,
      `pass --time-zone ZONE with the IANA zone ${abbreviation} stands for (e.g. --time-zone Europe/Moscow for MSK)`,
    );
  if (zoneLetters(context.timeZone).includes(abbreviation)) throw unknown(`so ${abbreviation}, its name in the other season, is a misprint or another zone's`);
  const offsets = [...offsetsCalled(abbreviation)];
  if (offsets.length > 1) throw unknown(`and ${abbreviation} stands for zones at several offsets (${offsets.map((minutes) => `UTC${offsetZone(minutes)}`).join(', ')})`);
  if (offsets.length === 1) {
    const minutes = offsets[0]!;
    const instant = Date.UTC(printed.year, printed.month - 1, printed.day, hour, minute, second) - minutes * 60_000;
    if (meansOffset(printed.zone, instant, minutes, languages)) return offsetZone(minutes);
    throw unknown(`and no zone is called ${abbreviation} (UTC${offsetZone(minutes)}) on that date`);
  }
  // The paper's country's letters, which the database calls no zone; --new-source's --time-zone, with no letters of its own.
  if (countryTimeName(context.timeZone) === abbreviation || (given !== undefined && paperNames.size === 0)) return context.timeZone;
  throw unknown(`so which zone ${abbreviation} means is not known`);
}
