import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns/formatISO';
import type { Article } from '../lib/article-schema.ts';
import { foldName } from '../lib/fold-name.ts';
import { outletOfDesk } from './arabic-dateline.ts';
import { readDateline } from './body-facts.ts';
import { bracketedSignature } from './bracketed-signature.ts';
import { dateOrderOf } from './date-names.ts';
import { meansOffset, offsetZone } from './dates.ts';
import { recordedUpdate } from './update-date.ts';
import { bylineNames } from './byline-names.ts';
import { agencyForm, agencyNamedTwice } from './news-agencies.ts';
import { readFactLine } from './line-facts.ts';
import { nameCase, readByline, readNames } from './byline-lines.ts';
import { afterPhotoLabel, labelledCreditAlone } from './photo-credit-lines.ts';
import { isChrome } from './chrome-lines.ts';
import type { ContentData } from './content-data.ts';
import { findEntities, placeNames } from './entities.ts';
import { inDerivedText } from './errors.ts';
import { refuseNoArticle, uncreditedLeadPhoto, type Block, type ParsedPage } from './html-input.ts';
import { withoutLabelOverText } from './page-label-block.ts';
import { refuseListing } from './page-listing.ts';
import type { Paywall } from './page-paywall.ts';
import { photoOf, piecesText, type Photo } from './page-photo.ts';
import { sourceForPage, type NewSources, type PageSource } from './page-source.ts';
import { readPageText } from './page-text-article.ts';
import { isTagShaped, namesTopicOf, wordsOf } from './topic-tags.ts';
import { readClipping, type ArticleFacts, type ClippingOptions } from './read-clipping.ts';
import { DateError, findDate, type PrintedDate, type ReadingOptions } from './read-date.ts';

/**
 * A parsed web page to the facts of an article. When the page's own metadata gives a title and a
 * publication date, the article is built from the metadata and Readability's blocks directly; the
 * text header reader never sees it. Any other page is read as the clipping it would be if copied.
 */

export interface PageArticle {
  facts: ArticleFacts;
  paragraphs: string[];
  /** The page's canonical address, or the address it was captured from. */
  url?: string;
  /** The paper the page creates, when it is new to the archive. */
  newSource?: PageSource;
  notes: string[];
}

/** ISO 8601 as pages write it: date, optional time with optional seconds, fraction and offset. */
const METADATA_DATE = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

interface MetadataDate {
  printed: string;
  date: [number, number, number];
  time?: [number, number, number];
  /** `Z` or `+HH:MM`, when the page gives an offset. */
  offset?: string;
}

function readMetadataDate(printed: string): MetadataDate | undefined {
  const match = METADATA_DATE.exec(printed.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s, offset] = match;
  return {
    printed: printed.trim(),
    date: [Number(y), Number(mo), Number(d)],
    time: h === undefined ? undefined : [Number(h), Number(mi), Number(s ?? 0)],
    offset: offset === undefined || offset === 'Z' ? offset : offset.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2'),
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A zero offset written the way the archive writes every other: +00:00, not Z. */
const withNumericOffset = (iso: string) => iso.replace(/Z$/, '+00:00');

/**
 * The published instant. A page's own offset is kept (2019-08-22T12:55:00+04:00 stays +04:00),
 * except a UTC one (Z or +00:00), which most sites write for every article whatever their zone: it
 * is converted into the zone the page is read in (the paper's), or stays +00:00 when there is none.
 * A date without offset is read in the paper's zone, and a date without time is that day.
 */
function publishedInstant(printed: MetadataDate, zone: string): { published: string; certainty: Article['dateCertainty'] } {
  const [year, month, day] = printed.date;
  const [hour, minute, second] = printed.time ?? [0, 0, 0];
  const certainty = printed.time ? 'exact' : 'day';
  const wall = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
  if (printed.offset && !isUtc(printed.offset)) {
    return { published: `${wall}${printed.offset}`, certainty };
  }
  const instant = printed.offset ? Date.parse(`${wall}Z`) : new TZDate(year, month - 1, day, hour, minute, second, zone).getTime();
  return { published: withNumericOffset(formatISO(new TZDate(instant, zone))), certainty };
}

/**
 * The date a text of the page prints, `'unreadable'` for one that cannot be read right (`03.01.2020`
 * when neither the paper nor the page says day-first or month-first): a page's other texts are
 * searched for the printed date, and one that cannot be read is not it, nor a reason to refuse the page.
 */
function dateIn(text: string, options: ReadingOptions): ReturnType<typeof findDate> | 'unreadable' {
  try {
    return findDate(text, options);
  } catch (error) {
    if (error instanceof DateError) return 'unreadable';
    throw error;
  }
}

const readableDateIn = (text: string, options: ReadingOptions) => {
  const found = dateIn(text, options);
  return found === 'unreadable' ? undefined : found;
};

/** A block that only says who wrote the article or when: the header, not article text. */
function isHeaderBlock(block: Block, title: string, authors: readonly string[], printedDate: string, options: ReadingOptions): boolean {
  if (block.text === title || block.text === printedDate) return true;
  // The headline with the kicker printed inside it (`Georgien` + title; Readability makes the <h1> an <h2>).
  if (/^h[1-6]$/.test(block.tag) && block.text.endsWith(title)) return true;
  const short = block.text.length < 100 && !/[.!?»”"]$/.test(block.text);
  const names = bylineNames([block.text]).map(nameCase);
  if (authors.length > 0 && names.length > 0 && names.every((name) => authors.includes(name))) return true;
  // `Von Jana Weiler, ARD-Studio Moskau`: the author, then where they work.
  if (short && authors.includes(names[0] ?? '') && names.length <= 2) return true;
  if (!short) return false;
  // "Published 22 August 2019, 12:55 | Updated ...": short, no sentence, carried by a <time>, printing a date
  // (a live blog entry's `17.00 BST` is the entry's, and stays in the text); or a date and its label alone (`Stand: 28.05.2024 18:42 Uhr`).
  // A date glued to a word of another touching element (Medium: `4 min read` and `Jun 11, 2024`, `4 min readJun 11, 2024`)
  // is read from the elements' texts apart.
  const glued = dateIn(block.text, options) === undefined;
  const text = glued ? piecesText(block.element).replace(/\s+/g, ' ').trim() : block.text;
  const found = glued ? dateIn(text, options) : dateIn(block.text, options);
  if (found === undefined) return false;
  if (block.element.querySelector('time') !== null) return true;
  // The date and the update's time in touching elements of their own, as a clipping's date line reads (TASS: `4 JUN,
  // 13:18` and `Updated at 15:02` in two <span>s, glued: `4 JUN, 13:18Updated at 15:02`).
  const facts = found === 'unreadable' ? undefined : readFactLine(text, [], options);
  // With the byline before it (Ukrainska Pravda: `Name — Tuesday, 11 June 2024, 08:42`), when it names the credited authors.
  const credited = (fact: string) => fact === 'authors' && facts?.authors?.every((name) => authors.includes(name)) === true;
  const read = Object.entries(facts ?? {}).filter(([, value]) => value !== undefined).map(([fact]) => fact);
  if (facts?.date && read.every((fact) => fact === 'date' || fact === 'update' || credited(fact))) return true;
  if (found === 'unreadable') return false;
  // Beside it, a label, or a chrome line of the page (a reading time).
  const beside = `${text.slice(0, found.start)}${text.slice(found.start + found.text.length)}`.trim();
  return DATE_LABEL.test(beside) || isChrome(beside);
}

/** What may stand beside a date on a line of its own: a label of up to three words (`Stand:`, `Publié le :`, `Updated`), or nothing. */
const DATE_LABEL = /^(?:[\p{L}.]+\s*){0,3}:?$/u;

/**
 * A block of the article's own text: not its header, not a photo's caption or credit, not a
 * byline's other parts (`BBC News, Tbilisi`), not a chrome line (`2 min read`, a counter).
 */
function isArticleText(block: Block, page: ParsedPage, title: string, authors: readonly string[], printedDate: string, options: ReadingOptions): boolean {
  if (block.tag === 'figcaption' || block.element.closest('figure') || isChrome(block.text) || isPhotoText(block.text, photoIn(page))) return false;
  if (page.bylineTexts.some((byline) => byline.includes(block.text))) return false;
  return !isHeaderBlock(block, title, authors, printedDate, options);
}

/** A heading that no text follows heads a list the page left out (`More from the BBC`), not the article. */
function withoutTrailingHeadings(blocks: Block[]): Block[] {
  let end = blocks.length;
  while (end > 0 && /^h[1-6]$/.test(blocks[end - 1]!.tag)) end -= 1;
  return blocks.slice(0, end);
}

/** A list item that is one link and no more, shaped as a topic's tag (`<li><a href="/international/georgia/">Georgia</a></li>`). */
const isLinkedTag = (block: Block) =>
  block.tag === 'li' && isTagShaped(block.text) && [...block.element.querySelectorAll('a')].some((link) => link.textContent?.trim() === block.text);

/** A link into the site's folder of tags (`/tags/urban-planning`, `/tag/batumi/`). */
const TAG_FOLDER = /(?:^|\/)tags?\/[^/?#]+\/?(?:[?#]|$)/i;
const linksToTagFolder = (block: Block) => [...block.element.querySelectorAll('a')].some((link) => TAG_FOLDER.test(link.getAttribute('href') ?? ''));

/**
 * The topic tags a page lists under the text in no element its name tells (El País's `<div class="a_tp">`): two or
 * more list items that are each a link, each naming a topic the text names or linking into the site's tags (Hugo's
 * `/tags/urban-planning`, a topic the text need not name), after its last paragraph. The page's links, kept in the
 * original.
 */
function withoutTopicTags(blocks: Block[]): Block[] {
  let start = blocks.length;
  while (start > 0 && isLinkedTag(blocks[start - 1]!)) start -= 1;
  if (blocks.length - start < 2) return blocks;
  const textWords = wordsOf(blocks.slice(0, start).map((block) => block.text));
  return blocks.slice(start).every((tag) => namesTopicOf(tag.text, textWords) || linksToTagFolder(tag)) ? blocks.slice(0, start) : blocks;
}

const isUtc = (offset: string | undefined) => offset === 'Z' || offset === '+00:00' || offset === '-00:00';

/** The instant of a date with time and offset; undefined for one without. */
function instantOf({ date, time, offset }: MetadataDate): number | undefined {
  if (!time || !offset) return undefined;
  const [year, month, day] = date;
  return Date.parse(`${year}-${pad(month)}-${pad(day)}T${time.map(pad).join(':')}${offset}`);
}

/** The same instant when both give an offset (14:20Z is 18:20+04:00); else the same day and time of day. */
function sameMoment(a: MetadataDate, b: MetadataDate): boolean {
  const [instantA, instantB] = [instantOf(a), instantOf(b)];
  if (instantA !== undefined && instantB !== undefined) return instantA === instantB;
  return a.date.join() === b.date.join() && a.time?.join() === b.time?.join() && (!a.offset || !b.offset || a.offset === b.offset);
}

/**
 * Metadata in UTC, as many sites write it, with the page's own <time> for that instant in the
 * paper's offset (`2024-05-14T14:20:00+00:00` and `<time datetime="2024-05-14T18:20:00+04:00">`),
 * or its printed time with its zone (`Tue 14 May 2024 15.20 BST`): the page's offset is the one
 * the paper printed.
 */
function withPageOffset(page: ParsedPage, metadataDate: MetadataDate): MetadataDate {
  if (!isUtc(metadataDate.offset)) return metadataDate;
  const local = page.times
    .map((time) => readMetadataDate(time.datetime))
    .find((date) => date !== undefined && !isUtc(date.offset) && sameMoment(date, metadataDate));
  if (local) return local;
  const instant = instantOf(metadataDate);
  const minutes = instant === undefined ? undefined : printedOffsetMinutes(page, instant);
  if (minutes === undefined) return metadataDate;
  const wall = new Date(instant! + minutes * 60_000);
  return {
    printed: metadataDate.printed,
    date: [wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate()],
    time: [wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds()],
    offset: offsetZone(minutes),
  };
}

/** UTC offsets run from -12:00 to +14:00, in quarter hours. */
const isOffsetMinutes = (minutes: number) => minutes % 15 === 0 && minutes >= -12 * 60 && minutes <= 14 * 60;

/**
 * The UTC offset, in minutes, at which a short text of the page prints the instant's time of day
 * with a zone (`15.20 BST` for 14:20Z: 60), when that zone means that offset then (a sidebar's
 * `17.20 BST` is another story's time, not 14:20Z at +03:00). Only a time printed with its zone is
 * read so, never an update's (`Last modified on …`).
 */
function printedOffsetMinutes(page: ParsedPage, instant: number): number | undefined {
  const language = page.metadata.language;
  const options: ReadingOptions = { languages: language ? [language] : [], dateOrder: dateOrderOf(language) };
  // A <time>'s text first: Reuters prints the day and the time with its zone in spans of their own inside it.
  for (const text of [...page.times.map((time) => time.text), ...page.shortTexts]) {
    const printed = printedTimeIn(text, options);
    if (printed?.zone === undefined) continue;
    const minutes = minutesAhead(printed, instant);
    if (minutes !== 0 && isOffsetMinutes(minutes) && meansOffset(printed.zone, instant, minutes, options.languages ?? [])) return minutes;
  }
  // The article's own <time>, the first in the <article> that holds its headline, else the element the page names as
  // its date, printed on the paper's clock without a zone (Meduza's `14:48, 11 июня 2024` for 11:48Z; Novaya Gazeta
  // Europe's `<span class="Article-module--date--…">11 June 2024, 20:05</span>` for 17:05Z): the page's offset.
  const ownText = page.articleTime ?? page.dateTexts[0];
  const own = ownText === undefined ? undefined : printedTimeIn(ownText, options);
  const minutes = own && own.zone === undefined ? minutesAhead(own, instant) : undefined;
  return minutes !== undefined && minutes !== 0 && isOffsetMinutes(minutes) ? minutes : undefined;
}

/** A date with its year and time of day that a text prints, never an update's (`Last modified on …`). */
function printedTimeIn(text: string, options: ReadingOptions): (PrintedDate & { year: number; time: NonNullable<PrintedDate['time']> }) | undefined {
  const printed = readableDateIn(text, options)?.printed;
  if (!printed?.time || printed.year === undefined || readFactLine(text, [], options)?.date?.updated) return undefined;
  return { ...printed, year: printed.year, time: printed.time };
}

/** How many minutes the printed wall time is ahead of the instant (its minute). */
function minutesAhead(printed: { year: number; month: number; day: number; time: { hour: number; minute: number } }, instant: number): number {
  const wall = Date.UTC(printed.year, printed.month - 1, printed.day, printed.time.hour, printed.time.minute);
  return (wall - (instant - (instant % 60_000))) / 60_000;
}

/**
 * The printed form of the date: the date in the text of a <time> of the page for that moment, else a short text of
 * the page that is that date as the paper printed it (its day, and its time of day when it prints
 * one), else the metadata's value.
 */
function printedForm(page: ParsedPage, metadataDate: MetadataDate, timeZone: string, options: ReadingOptions): string {
  const local = localTo(metadataDate, timeZone);
  for (const time of page.times) {
    const date = readMetadataDate(time.datetime);
    if (date === undefined || !sameMoment(date, metadataDate)) continue;
    // A <time> may hold more than its date (`<span>May 28, 2024</span><span>Updated 9:12 p.m. ET</span>`),
    // or only the time of day of a live blog's entry (`06.31 BST`), which is not the printed date.
    const found = readableDateIn(time.text, options);
    if (found) return printsSameDate(found.printed, local) ? found.text : time.text;
  }
  // A text with the time of day first: a day alone may be the site's date of today (`Tuesday, 11 June 2024` in its top bar).
  // The element the page names as its date first (Le Monde's `meta__date`), whatever else it prints.
  const found = [...page.dateTexts, ...page.shortTexts].map((text) => sameDateIn(text, local, options)).filter((date) => date !== undefined);
  return (found.find((date) => date.printed.time) ?? found[0])?.text ?? metadataDate.printed;
}

/**
 * The metadata's date printed in a text, numeric in either order (`11.06.2024`): a page's language
 * may not tell the order (Georgia Today's WordPress declares en-US and prints day first), but the
 * metadata's day does.
 */
function sameDateIn(text: string, local: Pick<MetadataDate, 'date' | 'time'>, options: ReadingOptions) {
  for (const dateOrder of [options.dateOrder, 'DMY', 'MDY'] as const) {
    const found = readableDateIn(text, { ...options, dateOrder });
    if (found && printsSameDate(found.printed, local)) return found;
  }
  return undefined;
}

/** The metadata's day and time of day as the paper's clock showed them (UTC metadata moved to its zone). */
function localTo(metadataDate: MetadataDate, timeZone: string): Pick<MetadataDate, 'date' | 'time'> {
  const instant = instantOf(metadataDate);
  if (instant === undefined) return metadataDate;
  const local = new TZDate(instant, timeZone);
  return {
    date: [local.getFullYear(), local.getMonth() + 1, local.getDate()],
    time: [local.getHours(), local.getMinutes(), local.getSeconds()],
  };
}

/**
 * Does the page print this date? A date printed without its year (`4 июня, 10:15`, as agencies print
 * the current year's) is it only with the same time of day: a day alone may be another story's.
 */
function printsSameDate(printed: PrintedDate, { date, time }: Pick<MetadataDate, 'date' | 'time'>): boolean {
  const [year, month, day] = date;
  if ((printed.year ?? year) !== year || printed.month !== month || printed.day !== day) return false;
  if (!printed.time) return printed.year !== undefined;
  return time !== undefined && printed.time.hour === time[0] && printed.time.minute === time[1];
}

/**
 * The publication date printed under the headline, or in the element the page names as its date, when it is not the
 * metadata's day (WordPress prints its post date on the site's clock while its metadata carries another offset), or, in
 * that element, not its time of day (Le Monde's `Published on October 18, 2024, at 5:45 pm (Paris)`): neither is taken
 * over the other in silence.
 */
function otherDateUnderHeadline(page: ParsedPage, metadataDate: MetadataDate, timeZone: string, options: ReadingOptions): { text: string; other: 'day' | 'time of day' } | undefined {
  const local = localTo(metadataDate, timeZone);
  const named = new Set(page.dateTexts);
  for (const line of [...page.dateTexts, ...page.headerLines]) {
    const found = readableDateIn(line, options);
    if (!found || readFactLine(line, [], options)?.date?.updated) continue;
    const [year, month, day] = local.date;
    const sameDay = (found.printed.year ?? year) === year && found.printed.month === month && found.printed.day === day;
    const time = named.has(line) ? found.printed.time : undefined;
    const sameTime = time === undefined || (local.time !== undefined && time.hour === local.time[0] && time.minute === local.time[1]);
    return sameDay && sameTime ? undefined : { text: found.text, other: sameDay ? 'time of day' : 'day' };
  }
  return undefined;
}

/**
 * The photo: the first figure caption of the article Readability found, as the page printed it
 * (Readability drops parts it deems hidden, such as a credit marked aria-hidden); else the first
 * of the <article> that holds the headline, when Readability kept only the text beside it.
 */
function photoIn(page: ParsedPage): Photo | undefined {
  const figcaption = page.blocks.find((block) => block.tag === 'figcaption');
  if (!figcaption) return page.headlinePhoto;
  // Without brackets: the credit read from the page has lost those its element printed round it (page-photo.ts).
  const bare = (text: string) => squeezed(text).replace(/[()（）]/gu, '');
  return page.photos.find((photo) => bare(`${photo.caption}${photo.credit ?? ''}`).startsWith(bare(figcaption.text))) ?? photoOf(figcaption.element);
}

/** Compared without spaces: Readability's text glues a caption to a credit in an element of its own (`…2024AP Photo/…`). */
const squeezed = (text: string) => text.replace(/\s+/g, '');

/**
 * The lead photo's caption and credit printed outside any <figure> (TASS: `<div class="Media_caption">` with a
 * `©` credit in a <span>; NPR: the caption's <p> and the credit's <span> apart), which Readability keeps among
 * the text: the photo's, not the article's.
 */
function isPhotoText(text: string, photo: Photo | undefined): boolean {
  if (photo?.credit === undefined) return false;
  const printed = squeezed(text).replace(/©/gu, '');
  if ([`${photo.caption ?? ''}${photo.credit}`, ...(photo.caption === undefined ? [] : [photo.caption, photo.credit])].some((part) => printed === squeezed(part))) return true;
  // The caption, the credit's label and the credit in one element Readability took out of its <figure> (the AMP plugin's
  // `<p class="wp-caption-text">… Photo: Name</p>` beside an <amp-img>).
  return photo.caption !== undefined && text.startsWith(photo.caption) && afterPhotoLabel(text.slice(photo.caption.length).trim()) === photo.credit;
}

/** The blocks a page's header holds before its text: a byline, a date, a photo's credit. */
const HEADER_BLOCKS = 6;

/**
 * A photo's credit printed alone on its line over the text, with no caption and in no <figure> (Ukrainska Pravda's
 * `<div class="post_photo_news_title">Stock photo: Getty Images</div>` beside the picture): the photo's, as a copied
 * clipping's labelled credit alone is.
 */
function creditAloneIn(blocks: readonly Block[]): { block: Block; credit: string } | undefined {
  for (const block of blocks.slice(0, HEADER_BLOCKS)) {
    if (block.text.length > BYLINE_LENGTH) return undefined;
    const credit = labelledCreditAlone(block.text);
    if (credit !== undefined) return { block, credit };
  }
  return undefined;
}

/**
 * The outlet named as its own author is no byline: by its publisher name (`"author": {"@type":
 * "Organization", "name": "Agenda.ge"}`, `FRANCE 24`), alone or with the agency it drew on, or by
 * its web address (`Hürriyet.com.tr`), or as its desk in a place (`عمان- «القدس العربي»`).
 */
function isOutlet(name: string, publisher: string | undefined, homepage: string | undefined): boolean {
  const folded = foldName(name);
  const host = homepage === undefined ? undefined : new URL(homepage).hostname.replace(/^www\d*\./, '');
  const outlet = publisher === undefined ? undefined : foldName(publisher);
  // `Euronews with AP`, `FRANCE 24 avec AFP`: the outlet and the agency it drew on.
  if (folded === outlet || folded === host || (outlet !== undefined && folded.startsWith(`${outlet} `))) return true;
  const desk = outletOfDesk(name);
  return desk !== undefined && foldName(desk) === outlet;
}

/**
 * The names the page credits, written as the clipping reader writes them (`SOPHIKO MEGRELIDZE` is Sophiko Megrelidze),
 * a news agency's as the agency prints it (`EFE`, never `Efe`; `AFP - Agence France Presse` is `AFP`), the outlet's among them.
 */
const creditedNames = (page: ParsedPage) =>
  [...new Set(bylineNames(page.metadata.authors.length > 0 ? page.metadata.authors : page.byline ? [page.byline] : page.authorLinks).map((name) => agencyForm(name) ?? agencyNamedTwice(name) ?? nameCase(name)))];

/** A byline is a short line: the text's first long block ends the search for one. */
const BYLINE_LENGTH = 100;

/**
 * The byline the page prints where its metadata credits only the outlet (the BBC's services: `"author": {"@type":
 * "NewsMediaOrganization", …}`, and `Автор, Анна Келлер` under `Информация о статье`), read as a clipping's line is.
 */
function printedByline(page: ParsedPage, reading: ReadingOptions): { block: Block; authors: string[] } | undefined {
  for (const block of page.blocks) {
    if (block.text.length > BYLINE_LENGTH) return undefined;
    const authors = readFactLine(block.text, [], reading)?.authors;
    if (authors !== undefined && authors.length > 0) return { block, authors };
  }
  return undefined;
}

/**
 * The names an element the page names its author prints, where the metadata credits only the outlet and no block of
 * the text is a byline (the element sits outside what Readability kept), read as a clipping's line is.
 */
function namedAuthors(page: ParsedPage, reading: ReadingOptions, isOwn: (name: string) => boolean): string[] | undefined {
  for (const text of page.authorTexts) {
    const names = ((readFactLine(text, [], reading) ?? readByline(text) ?? readNames(text))?.authors ?? []).filter((name) => !isOwn(name));
    if (names.length > 0) return names;
  }
  return undefined;
}

/**
 * The byline among the lines printed under the headline, outside what Readability kept (Hugo's Ananke theme: `<p>By
 * <strong>Name</strong></p>` in the article's <header>), where nothing else names the author: worded as a byline
 * (`By Name`), so a line of the header that is no byline gives no name.
 */
const headerByline = (page: ParsedPage, isOwn: (name: string) => boolean) =>
  page.headerLines.map((line) => (readByline(line)?.authors ?? []).filter((name) => !isOwn(name))).find((names) => names.length > 0);

/**
 * Where the byline says the reporter filed from or was sent to: `Par Marie Dupont (Poti (Géorgie), envoyée spéciale)`
 * (Le Monde), in Readability's byline or, when that is the metadata's name alone, in the line the page prints it on
 * (`Von Jonas Albrecht und Eva Krug, Tiflis`).
 */
const bylinePlace = (page: ParsedPage): string | undefined =>
  [page.byline, page.bylineLine].map((line) => line && (readByline(line) ?? readNames(line))?.dateline).find(Boolean);

/** The place printed on the published date's line, as a clipping's date line prints it: `Tiflis - 28 may 2024 - 18:42 CEST` (El País). */
function placeOnDateLine(page: ParsedPage, printed: MetadataDate, reading: ReadingOptions): string | undefined {
  for (const time of page.times) {
    const date = readMetadataDate(time.datetime);
    if (time.line === undefined || date === undefined || !sameMoment(date, printed)) continue;
    const facts = readFactLine(time.line, [], reading);
    if (facts?.date && !facts.date.updated && facts.dateline) return facts.dateline;
  }
  return undefined;
}

function fromMetadata(page: ParsedPage, title: string, printed: MetadataDate, source: PageSource, data: ContentData): Omit<PageArticle, 'url'> {
  const zone = source.readingZone;
  const { published, certainty } = publishedInstant(printed, zone);
  // The update as precisely as the page declares it, by the clippings' rule (recordedUpdate).
  const modified = page.metadata.modified === undefined ? undefined : readMetadataDate(page.metadata.modified);
  const update = modified && recordedUpdate(publishedInstant(modified, zone), { published, certainty });
  const dateModified = update && 'dateModified' in update ? update.dateModified : undefined;
  const notes = update && 'before' in update ? [`the page's dateModified "${modified!.printed}" is before its datePublished, so no dateModified is recorded`] : [];
  const credited = creditedNames(page);
  const authors = credited.filter((name) => !isOutlet(name, page.metadata.publisher, source.source.homepage));
  const languages = [source.source.language, page.metadata.language].filter((tag) => tag !== undefined);
  const reading: ReadingOptions = { languages, dateOrder: dateOrderOf(languages[0]) };
  const printedDate = printedForm(page, printed, zone, reading);
  const otherDate = printedDate === printed.printed ? otherDateUnderHeadline(page, printed, zone, reading) : undefined;
  if (otherDate) notes.push(`the page prints "${otherDate.text}" under its headline, another ${otherDate.other} than its metadata's datePublished ${printed.printed}: the metadata's date was recorded; check which one is right`);
  const byline = authors.length === 0 ? printedByline(page, reading) : undefined;
  const isOwn = (name: string) => isOutlet(name, page.metadata.publisher, source.source.homepage);
  const authorsNamed = authors.length === 0 && !byline ? (namedAuthors(page, reading, isOwn) ?? headerByline(page, isOwn)) : undefined;
  const creditAlone = photoIn(page) === undefined ? creditAloneIn(page.blocks) : undefined;
  // The byline is no text, also when it credits the outlet (`By Euronews with AP`).
  const paragraphs = withoutLabelOverText(withoutTopicTags(withoutTrailingHeadings(page.blocks.filter((block) => block !== byline?.block && block !== creditAlone?.block && isArticleText(block, page, title, credited, printedDate, reading))))).map((block) => block.text);
  if (paragraphs.length === 0) refuseNoArticle();
  // `TBILISI, May 23 (Reuters) -` opening the text (after its standfirst): the place it was filed from, kept in the text.
  const first = paragraphs.find((paragraph) => paragraph !== page.standfirst);
  const opening = first === undefined ? undefined : readDateline(first, { languages, places: placeNames(data.gazetteer) });
  // Else the place a `Reporting from Tbilisi, Georgia` line prints; else the metadata's (`"dateline": "TBILISI, Georgia"`), its place alone when it is written as printed (`BERLIN, May 14 (Reuters) -`).
  const declared = page.metadata.dateline && (readDateline(`${page.metadata.dateline} `, { languages })?.place ?? page.metadata.dateline.replace(/[\s,.:;–—-]+$/u, ''));
  const photo = photoIn(page) ?? (creditAlone && { credit: creditAlone.credit });
  const named = [title, photo?.caption, ...paragraphs].filter(Boolean).join('\n');
  return {
    facts: {
      title,
      source: source.id,
      authors: byline?.authors ?? authorsNamed ?? (authors.length > 0 ? authors : bracketedSignature(paragraphs.at(-1)!)),
      dateline: opening?.place ?? page.reportingFrom ?? page.namedDateline ?? bylinePlace(page) ?? placeOnDateLine(page, printed, reading) ?? (declared || undefined),
      published,
      dateModified,
      printedDate,
      dateCertainty: certainty,
      photo,
      ...findEntities(named, data.gazetteer),
    },
    paragraphs,
    notes,
    ...(source.created ? { newSource: source } : {}),
  };
}

/** The text of a page's blocks, a line each: what tells its language when the page declares none. */
export const pageText = (page: ParsedPage): string => page.blocks.map((block) => block.text).join('\n');

/**
 * The article a page holds. `pageUrl` is the address a WARC record was captured from;
 * `newSources` holds the papers this run has created so far.
 */
export function readPageArticle(page: ParsedPage, data: ContentData, newSources: NewSources, options: ClippingOptions, pageUrl?: string): PageArticle {
  const { metadata } = page;
  if (page.listing !== undefined) refuseListing(page.listing);
  const url = metadata.url ?? pageUrl;
  const notes = [...metadata.notes];
  const title = metadata.title ?? page.title;
  const metadataDate = metadata.published === undefined ? undefined : readMetadataDate(metadata.published);
  const printed = metadataDate && withPageOffset(page, metadataDate);
  if (metadata.published !== undefined && !printed) notes.push(`the page's metadata date "${metadata.published}" is not an ISO 8601 date; the date was read from the page's text`);
  if (page.blocks.length === 0) refuseNoArticle(page.scriptData);

  const sourceInput = { url, publisher: metadata.publisher, language: metadata.language, offset: printed?.offset, text: pageText(page) };
  if (title && printed) {
    const source = sourceForPage(sourceInput, data, newSources, options);
    if (source.note) notes.push(source.note);
    const article = fromMetadata(page, title, printed, source, data);
    return withPaywall(page, { ...article, url, notes: [...notes, ...article.notes] });
  }
  // No usable metadata: the page's text, read like a copied clipping, in the paper its address or masthead names, or a new one.
  const { clipping, newSource } = readPageText(page, sourceInput, data, newSources, options);
  const { paragraphs } = clipping;
  const photo = clipping.facts.photo ?? uncreditedLeadPhoto(page);
  const facts = photo === undefined ? clipping.facts : { ...clipping.facts, photo };
  return withPaywall(page, { facts, paragraphs, url, notes: [...notes, ...(newSource?.note === undefined ? [] : [newSource.note]), ...clipping.notes], ...(newSource ? { newSource } : {}) });
}

/** Where a paywalled page's text stops, as its note says it. */
const STOPS: Record<Paywall, string> = {
  box: "its text stops at a paywall's subscription box",
  'gated part missing': 'the part its metadata marks for subscribers (hasPart.cssSelector) is not in the saved page',
  'text shorter than declared': "it holds a paywall's subscription box and fewer than half the words its metadata says the article has (wordCount)",
};

/** A page cut short by a paywall: imported with what it holds, marked so, and said so in the summary. */
function withPaywall(page: ParsedPage, article: PageArticle): PageArticle {
  if (!page.paywalled) return article;
  const count = article.paragraphs.length;
  const marked = page.metadata.forSubscribers ? " (the page's metadata marks the article for subscribers only)" : '';
  return {
    ...article,
    facts: { ...article.facts, paywalled: true },
    notes: [
      ...article.notes,
      `the page holds only the start of the article: ${STOPS[page.paywalled]}${marked}; imported with the ${count} paragraph${count === 1 ? '' : 's'} it holds, marked paywalled: true. For the whole article, save the page again while signed in as a subscriber and import it with --update`,
    ],
  };
}

/**
 * The clipping reader over a text made from a file (a page's text read from its HTML, a clipper's
 * note): its line numbers count lines of that text, not of the file, and the reason says so.
 */
export function readDerivedText(text: string, data: ContentData, options: ClippingOptions, madeFrom: string): ReturnType<typeof readClipping> {
  try {
    return readClipping(text, data, options);
  } catch (error) {
    throw inDerivedText(error, madeFrom);
  }
}
