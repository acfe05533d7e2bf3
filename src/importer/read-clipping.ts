import type { Article } from '../lib/article-schema.ts';
import { paperZone, type Source } from '../lib/source-schema.ts';
import type { ContentData } from './content-data.ts';
import { offsetZone, resolvePrintedDate, resolveReadDate, resolveSuppliedDate, type DateContext, type ResolvedDate } from './dates.ts';
import { DateError, readPrintedDate } from './read-date.ts';
import { bodyParagraphs } from './body-tables.ts';
import { findEntities } from './entities.ts';
import { ImportError } from './errors.ts';
import { readRelativeDate } from './line-facts.ts';
import { lineCount, type Header } from './parse-header.ts';
import { setZoneCommand } from './set-source-zone.ts';
import { NEW_PAPER_ZONE_FIX } from './page-source.ts';
import { phrasesOf } from './printed-phrases.ts';
import { profileClipping, type DateReading } from './profiles.ts';
import { recordedUpdate } from './update-date.ts';
import { unreadLanguageNotes } from './unread-language-note.ts';

/**
 * A clipping's text to the facts of an article: header and trailer lines become fields, the body's
 * lines are its paragraphs, one per line, word for word.
 */

export interface ClippingOptions {
  sourceId?: string;
  /**
   * --time-zone: the zone of a paper new to the archive, and the zone a printed abbreviation
   * (`MSK`) stands for when it is not what the paper's zone is called.
   */
  timeZone?: string;
  /** --reader-time-zone: the zone of the browser a feed reader or a webmail printed its time in (Inoreader's line, Gmail's date). */
  readerTimeZone?: string;
  /** The line of a newsletter's moment of sending, when the mail is the article (mail-copy.ts): its client printed it on the reader's clock. */
  mailSentLine?: number;
  /** --language: the language of a paper a saved page adds (the page's publisher), when neither the page nor its text tells it. */
  language?: string;
  year?: number;
  date?: string;
  now?: Date;
  /** The page a paper new to the archive is being made from (`Imereti Herald (imeretiherald.example)`): no file holds its zone yet. */
  newPaperFrom?: string;
}

/** Everything about the article except where it is filed (slug) and where it came from (original). */
export type ArticleFacts = Omit<Article, 'slug' | 'original' | 'aliases' | 'revisions'>;

export interface Clipping {
  facts: ArticleFacts;
  paragraphs: string[];
  /** What the archivist should know about how a fact was read. */
  notes: string[];
}

/** A body line as a paragraph: tabs and runs of spaces are one space; NBSP and every other character stay. Rows of a table keep their tabs (body-tables.ts). */
function paragraphOf(line: string): string {
  return line.replace(/[ \t]+/g, ' ').trim();
}

const dateContext = (dates: DateReading, timeZone: string, options: ClippingOptions): DateContext => ({
  timeZone,
  ...dates,
  year: options.year,
  date: options.date,
  now: options.now,
  abbreviationZone: options.timeZone,
});

/** The zone a printed date names (`GMT+4`, `(Paris)`, `Asia/Tbilisi`; not `EDT`, which only a paper's zone confirms). */
function printedZone(header: Header, dates: DateReading): string | undefined {
  if (!header.date) return undefined;
  try {
    const { zone } = readPrintedDate(header.date.text, dates);
    return typeof zone === 'number' ? offsetZone(zone) : typeof zone === 'string' ? zone : undefined;
  } catch (error) {
    if (error instanceof DateError) return undefined;
    throw error;
  }
}

/**
 * The zone the clipping's times are read in: the paper's, else --time-zone's, else the one its date
 * prints. A paper whose zone is not known (added from a saved page) gets no guess: a clipping that
 * prints no zone is refused, since a fixed offset would read it an hour off in the other season.
 */
function readingZone(sourceId: string, source: Source, header: Header, dates: DateReading, options: ClippingOptions): string {
  const zone = paperZone(source) ?? options.timeZone ?? printedZone(header, dates);
  if (zone) return zone;
  if (options.newPaperFrom !== undefined) {
    const paper = `the page is from ${options.newPaperFrom}, a paper new to the archive`;
    if (header.date) {
      throw new ImportError(`${paper}, and neither its metadata nor its printed date "${header.date.text}" gives a UTC offset, so its time zone is unknown`, NEW_PAPER_ZONE_FIX, header.date.line);
    }
    // Asking for the zone alone would hide that the date is missing too.
    throw new ImportError(`${paper}, and neither its metadata nor its text gives its date or time zone`, `${NEW_PAPER_ZONE_FIX}, and --date YYYY-MM-DD with the date the paper published it`, header.titleLine);
  }
  const file = `content/sources/${sourceId}.yaml`;
  const why = source.timeZone === undefined ? `${file} names none` : `${file} gives only the UTC offset ${source.timeZone}, which is its clocks in one season only`;
  throw new ImportError(
    `the time zone of ${source.name} is not known (${why}), and this clipping's date prints no zone of its own, so its time cannot be read`,
    `pass --time-zone ZONE with the paper's IANA zone (e.g. --time-zone America/New_York), or set it for good with ${setZoneCommand(sourceId)}`,
    header.date?.line ?? header.titleLine,
  );
}

/**
 * The zone of a time a feed reader or a mail client printed on its own clock (Inoreader's line, Gmail's date of
 * sending): --reader-time-zone's, the browser's. The paper's zone would read it hours off, on another day too, so
 * without the option the clipping is refused.
 */
function readerClockZone(date: { text: string; line: number }, clock: string, options: ClippingOptions): string {
  if (options.readerTimeZone !== undefined) return options.readerTimeZone;
  throw new ImportError(
    `"${date.text}" is ${clock}, on the reader's own clock in the zone of the browser or device that showed it, which the copy does not name, so when the paper published it cannot be read`,
    'pass --reader-time-zone ZONE with the IANA zone of that browser or device (e.g. --reader-time-zone Europe/Paris)',
    date.line,
  );
}

/**
 * Whose clock the header's date is on, when it is the reader's: a feed reader's line, or the moment a mail client
 * says a newsletter that is the article was sent, printed without a zone (Gmail's `Tue, May 28, 2024, 9:14 PM`; a
 * mail's raw `Date: … +0400` names its offset and is read in it).
 */
function readerClock(header: Header, dates: DateReading, options: ClippingOptions): string | undefined {
  if (header.date?.readerClock) return "the feed reader's time";
  if (header.date === undefined || header.date.line !== options.mailSentLine) return undefined;
  try {
    return readPrintedDate(header.date.text, dates).zone === undefined ? "the mail client's time of sending" : undefined;
  } catch (error) {
    if (error instanceof DateError) return undefined; // not a date this reads: resolving it refuses it, naming its line
    throw error;
  }
}

/**
 * When the clipping prints its date, that date (checked against --year/--date); else the archivist's --date. A
 * publication's time alone beside the update's date (`Updated May 29, 2024 — 5.42am, first published at 2.15am`)
 * is on the update's day.
 */
function resolveDate(header: Header, context: DateContext): ResolvedDate {
  const relative = header.date && readRelativeDate(header.date.text);
  if (relative) return relativeDate(relative, header.date!.line, context, header.updated?.text);
  try {
    if (header.date && header.updated && TIME_ALONE.test(header.date.text)) {
      const day = resolvePrintedDate(header.updated.text, { ...context, date: undefined }).published.slice(0, 10);
      return resolvePrintedDate(`${day} ${header.date.text}`, context);
    }
    return header.date ? resolvePrintedDate(header.date.text, context) : resolveSuppliedDate(context, header.updated?.text);
  } catch (error) {
    if (error instanceof DateError) throw new ImportError(error.reason, error.fix, (header.date ?? header.updated)?.line ?? header.titleLine);
    throw error;
  }
}

/**
 * A time on a day named relative to the reading (`Сегодня, 13:18`): the day is --date's, never guessed from today's
 * date; the printed time is kept unless --date gives one.
 */
function relativeDate(relative: { text: string; time: string }, line: number, context: DateContext, updated: string | undefined): ResolvedDate {
  if (context.date === undefined) {
    throw new ImportError(
      `the date is printed relative to the day the page was read ("${relative.text}"), so the day it was published is not printed`,
      `pass --date YYYY-MM-DD with the day the paper published it (the printed time, ${relative.time}, is kept)`,
      line,
    );
  }
  const date = context.date.includes('T') ? context.date : `${context.date}T${relative.time}`;
  try {
    return resolveSuppliedDate({ ...context, date }, updated);
  } catch (error) {
    if (error instanceof DateError) throw new ImportError(error.reason, error.fix, line);
    throw error;
  }
}

/** `18:05`, `2.15am`, `13:42 BST`: a time printed without its day, perhaps with its zone (line-facts.ts, UPDATE_TIME). */
const TIME_ALONE = /^\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,5})?$/iu;

/**
 * The printed "Updated ..." line as `dateModified`: its date and time, or its day alone when no time
 * is printed (`Last Updated: May 28, 2024`); one that cannot be read, or that is before the
 * publication, is left out with a note, since the article's own date does not depend on it.
 */
function resolveUpdate(header: Header, context: DateContext, published: ResolvedDate): { dateModified?: string; notes: string[] } {
  if (!header.updated) return { notes: [] };
  // `mis à jour hier à 18:01` (Le Figaro): a day named relative to the day the page was read, which the clipping does not print.
  if (readRelativeDate(header.updated.text)) {
    return { notes: [`the update's date "${header.updated.text}" (line ${header.updated.line}) is printed relative to the day the page was read, which the clipping does not print, so no dateModified is recorded`] };
  }
  try {
    // An update's time alone (`aggiornato alle 18:05`) is on the publication's day, in the paper's zone.
    const timeOnly = TIME_ALONE.test(header.updated.text);
    // Its day is the publication's as printed, even when --year gives the year (TASS: `7 JUN, 19:30`, `Updated at 20:05`);
    // a day --date supplies is the archivist's, which dates no time printed on the page.
    // An update's time after a publication on a day named relative to the reading (`Hoje às 16:42, atualizado às 17:10`, JN)
    // is on that same day, which --date names.
    const onRelativeDay = header.date !== undefined && readRelativeDate(header.date.text) !== undefined;
    if (timeOnly && published.certainty === 'supplied' && (!header.date || context.date !== undefined) && !onRelativeDay) return { notes: [] };
    const text = timeOnly ? `${published.published.slice(0, 10)} ${header.updated.text}` : header.updated.text;
    const printed = readPrintedDate(text, context);
    // Whether the time is printed, before resolving it, which gives a date whose year --year supplied no time of its own.
    const timePrinted = printed.time !== undefined;
    // An update printed without its year (`Update (June 6, 14:10): …`) is in the year the article prints, unless --year says.
    const printedYear = published.certainty === 'supplied' ? undefined : Number(published.published.slice(0, 4));
    const update = resolveReadDate(printed, text, { ...context, year: context.year ?? printedYear, date: undefined });
    if (timeOnly && update.published < published.published) {
      return { notes: [`the update's time "${header.updated.text}" (line ${header.updated.line}) is before the publication's on its day, so no dateModified is recorded`] };
    }
    // An update printed without its year (`Обновлено 4 июня, 15:02`, TASS) takes --year, as the publication's date does.
    const recorded = recordedUpdate(update, published, timePrinted);
    if (recorded && 'before' in recorded) {
      return { notes: [`the update's date "${header.updated.text}" (line ${header.updated.line}) is before the publication's, so no dateModified is recorded`] };
    }
    return { dateModified: recorded?.dateModified, notes: [] };
  } catch (error) {
    if (!(error instanceof DateError)) throw error;
    return { notes: [`the update's date "${header.updated.text}" (line ${header.updated.line}) was not read (${error.reason}), so no dateModified is recorded`] };
  }
}

/** `Messenger Staff`: the paper's staff after its name, which reads as a person's name. */
const STAFF_AFTER_NAME = new RegExp(String.raw`\s+${phrasesOf('staffWord')}$`, 'iu');

/**
 * `Par Le Point.fr (avec AFP)`: the paper named as its own author (its web address's ending aside) is no byline;
 * nor is its staff, named without the paper's `The` (`By Messenger Staff` on The Messenger's page).
 */
function namesPaper(name: string, source: Source): boolean {
  const bare = name.replace(STAFF_AFTER_NAME, '').replace(/\.[a-z]{2,3}$/u, '').toLowerCase();
  return [source.name, ...(source.mastheads ?? [])].some((paper) => [paper.toLowerCase(), paper.toLowerCase().replace(/^the\s+/u, '')].includes(bare));
}

export function readClipping(text: string, data: ContentData, options: ClippingOptions): Clipping {
  const lines = text.split('\n');
  const { sourceId, source, header, dates } = profileClipping(lines, data, options.sourceId);
  const clock = readerClock(header, dates, options);
  const zone = clock ? readerClockZone(header.date!, clock, options) : readingZone(sourceId, source, header, dates, options);
  const context = dateContext(dates, zone, options);
  const resolved = resolveDate(header, context);
  const update = resolveUpdate(header, context, resolved);
  const paragraphs = bodyParagraphs(header.body, paragraphOf);
  if (paragraphs.length === 0) {
    throw new ImportError('the clipping has a header but no article text', 'copy the article text below the header lines', lineCount(lines));
  }
  const named = [header.title, header.dateline, header.caption, ...paragraphs].filter(Boolean).join('\n');
  return {
    facts: {
      title: header.title,
      source: sourceId,
      authors: header.authors.filter((name) => !namesPaper(name, source)),
      dateline: header.dateline,
      published: resolved.published,
      dateModified: update.dateModified,
      printedDate: header.date?.text,
      dateCertainty: resolved.certainty,
      photo: header.caption || header.credit ? { caption: header.caption, credit: header.credit } : undefined,
      ...findEntities(named, data.gazetteer),
    },
    paragraphs,
    notes: [...(resolved.note === undefined ? [] : [resolved.note]), ...update.notes, ...captionNotes(header), ...closingBylineNotes(header), ...readerClockNotes(header, clock, zone, source), ...unreadLanguageNotes(dates.languages)],
  };
}

/** A time read on the reader's clock, when that zone is not the paper's, keeps that zone's offset: the import says so. */
function readerClockNotes(header: Header, clock: string | undefined, zone: string, source: Source): string[] {
  if (clock === undefined || zone === paperZone(source)) return [];
  return [`line ${header.date!.line}: ${clock} "${header.date!.text}" was read in ${zone} (--reader-time-zone), the reader's zone, and keeps its offset`];
}

/** A name alone under the text read as the byline, where the paper prints none above: the import says what it read. */
function closingBylineNotes(header: Header): string[] {
  if (header.closingByline === undefined) return [];
  const { line, creditLine } = header.closingByline;
  const credit = creditLine === undefined ? '' : `; line ${creditLine}, a photo's credit over it, was left out of the text as the page's (a credit under the text is no main photo's)`;
  return [
    `line ${line}, the name alone under the text, was read as the byline, the paper printing none above the text; if it is the text's last line, move it from authors back to the text${credit}`,
  ];
}

/** Where the reader could not tell the photo's caption from the standfirst, the import says which it took. */
function captionNotes(header: Header): string[] {
  const [line, where] = header.captionOrStandfirstLine !== undefined ? [header.captionOrStandfirstLine, 'the sentence under the title over the photo\'s credit'] : [header.uncreditedCaptionLine, 'the line under the date over the text, which ends no sentence'];
  if (line === undefined) return [];
  return [
    `line ${line}, ${where}, was read as the photo's caption; papers print their standfirst there too: if it is this article's, move it from photo.caption to the text's first paragraph, and if the paper prints its photos with no caption, add \`standfirstOverPhoto: true\` to its content/sources file`,
  ];
}
