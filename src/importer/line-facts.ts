import { readAgencyAndPlace } from './agency-and-place.ts';
import { AGENCY_INITIALS, BY, FOLLOW_AFTER_NAMES, isAuthorLabel, LABELLED_AUTHOR, readByline, readNames, slashedRoleByline, WITH_AGENCY } from './byline-lines.ts';
import { isChrome } from './chrome-lines.ts';
import { epaperLine } from './epaper-line.ts';
import { feedEntryAuthors, printedByFeedReader } from './feed-entry-line.ts';
import { cjkFactLine, updateInBrackets } from './cjk-lines.ts';
import { AmbiguousName, isGregorianEraMark, weekdayNamed } from './date-names.ts';
import { isHostLine } from './host-line.ts';
import { agencyForm } from './news-agencies.ts';
import { opensWithOtherLanguagesPhrase } from './own-language-phrases.ts';
import { paperDateline } from './paper-dateline.ts';
import { paperInitials } from './paper-desk.ts';
import { otherScriptSpelling, spellsMasthead } from './paper-spelling.ts';
import { namesPaperAtAddress } from './paper-web-address.ts';
import { afterPhotoLabel, AGENCIES_FIRST_CREDIT, creditWithItsOwner, isCaptionThenPhotoKind, isPhotoKind, LABEL_FIRST_CAPTION, LABELLED_CAPTION, LABELLED_CREDIT, labelledCreditAlone, matchCaptionForm, PHOTO_AGENCY, PHOTO_COPYRIGHT } from './photo-credit-lines.ts';
import { LABEL_MARK, phrasesOf } from './printed-phrases.ts';
import { DateError, findDate, OtherCalendarDate, readDateAt, type ReadingOptions, WORD_START } from './read-date.ts';
import { caselessNames, inCapitals, isIndianScriptPlace } from './caseless-script.ts';

/**
 * What one line of a clipping's header or trailer says, read the same way for every paper:
 * a byline, a date (with its label, time and place), a photo caption and credit, or page chrome
 * (reading times, counters, share buttons, footers) that belongs to the web page, not the article.
 * A line that says none of these is article text (or the title), and is left to the caller.
 */

export interface LineFacts {
  authors?: string[];
  /**
   * The date as printed (from its first character to its last), whether it is an update's, and whether its label
   * says it is the first publication's (`First published on`: first-published.ts).
   */
  date?: { text: string; updated: boolean; first?: true; readerClock?: true };
  /** An update's date printed after the publication's on the same line (`- Mis à jour le ...`). */
  update?: string;
  dateline?: string;
  caption?: string;
  credit?: string;
}

/** `Source: Meduza` on Meduza's own page names the paper itself, as a masthead does. */
const SOURCE_LABEL = new RegExp(String.raw`^${phrasesOf('sourceLabel')}\s*${LABEL_MARK}\s*`, 'iu');

/** `SPECIAL TO THE GLOBE AND MAIL`: a freelancer's note before the paper's name. */
const SPECIAL_TO = new RegExp(String.raw`^${phrasesOf('specialTo')}\s+`, 'iu');

/** `RTVE.es / AGENCIAS`: the paper's web address and the agencies in general, its own byline. */
const AND_AGENCIES = new RegExp(String.raw`(?:\.[a-z]{2,3})?\s*[/,]\s*${phrasesOf('agenciesWord')}$`, 'iu');

/**
 * The paper's name on a line of its own, or after a source label, or with an agency it drew on
 * (`franceinfo avec AFP`, `RTVE.es / AGENCIAS`: the paper's own byline, no author); in another
 * script too (`Ведомости` for `Vedomosti`, paper-spelling.ts); its newsroom (`VOA News`).
 */
const isMasthead = (line: string, mastheads: readonly string[]): boolean => {
  // `Par : FRANCE 24 Suivre`: the paper as its own byline, the button to follow it glued after its name.
  const named = line.replace(SOURCE_LABEL, '').replace(SPECIAL_TO, '').replace(BY_WORD, '').replace(FOLLOW_AFTER_NAMES, '').replace(WITH_AGENCY, '').replace(AND_AGENCIES, '');
  const spelling = otherScriptSpelling(named);
  return (
    mastheads.some((masthead) => masthead.toLowerCase() === named.toLowerCase() || spellsMasthead(spelling, masthead) || ownNewsroom(named, masthead) || initialsWithAgency(line, masthead) || namesPaperAtAddress(named, masthead)) ||
    sourceListOfPaper(line, mastheads)
  );
};

/** `HT News Desk` too: initials and up to two words name the paper's own newsroom only when the initials are the paper's. */
const OWN_NEWSROOM = /^(?<initials>\p{Lu}{2,})(?:\s\p{Lu}\p{Ll}+){1,2}$/u;

/** `By VOA News` on Voice of America's page, `By HT News Desk` on the Hindustan Times': the paper's initials (every word's, `VOA`) with a word or two after them is its own newsroom, no author. */
const ownNewsroom = (named: string, masthead: string): boolean => {
  const words = masthead.split(/\s+/u);
  return words.length >= 2 && OWN_NEWSROOM.exec(named)?.groups?.initials === words.map((word) => word[0]!.toUpperCase()).join('');
};

/** `DN/Lusa` on the Diário de Notícias' page: the initials of the paper's capitalised words, then an agency it drew on past a slash; no author. */
const initialsWithAgency = (line: string, masthead: string): boolean => {
  const initials = /^(?<initials>\p{Lu}{2,})\s?\/\s?\p{Lu}[\p{L}.-]*$/u.exec(line)?.groups?.initials;
  return initials !== undefined && initials === paperInitials(masthead);
};

/** `Por g1`: the paper named as its own author is its masthead, no author. */
const BY_WORD = new RegExp(String.raw`^${phrasesOf('bylineWord', 'bylineFrom')}\s*${LABEL_MARK}?\s+`, 'iu');

/** `Quelle: ZEIT ONLINE, dpa, AFP`: the paper, then the agencies it drew on, under a source label: the page's, as the masthead is. */
const sourceListOfPaper = (line: string, mastheads: readonly string[]): boolean => {
  const list = SOURCE_LABEL.test(line) ? line.replace(SOURCE_LABEL, '').toLowerCase() : undefined;
  return list !== undefined && mastheads.some((masthead) => list.startsWith(`${masthead.toLowerCase()},`));
};

/** The label before a date: `Published:`, `Publié le`, `Обновлено`; an update's date is not the publication's. */
/** `on` closing a byline before its date: `Submitted by Name on 05/28/2015`. */
const DAY_WORD_AT_END = new RegExp(String.raw`\s+${phrasesOf('dayWord')}$`, 'iu');

const DATE_LABEL = new RegExp(String.raw`^(?:(?<update>${phrasesOf('updateLabel')})|(?<first>${phrasesOf('firstPublishedLabel')})|${phrasesOf('publishedLabel')})\s*${LABEL_MARK}?$`, 'iu');
/** A date's label alone, the date on the line under it (El Español: `Publicada`, then `28 mayo 2024 16:42h`). */
export const isDateLabel = (text: string): boolean => DATE_LABEL.test(text);

/**
 * An update's time alone, on the publication's day: `aggiornato alle 18:05` (La Stampa, under the date). Only the
 * time is its printed date; the day is the publication's (read-clipping.ts, resolveUpdate).
 */
const UPDATE_TIME = new RegExp(String.raw`^${phrasesOf('updateLabel')}\s*${LABEL_MARK}?\s+(?:${phrasesOf('timeWord')}\s+)?(?<time>\d{1,2}[:.h]\d{2}(?:\s(?<zone>\S{2,5}))?)$`, 'iu');
/** A zone's abbreviation after an update's time, `Last updated at 13:42 BST` (the BBC in 2015): capitals (UPDATE_TIME's `i` takes any letters). */
const ZONE_LETTERS = /^\p{Lu}{2,5}$/u;

/**
 * `, first published at 2.15am` after an update's date (the Sydney Morning Herald): the publication's time alone, on
 * the update's day (read-clipping.ts, resolveDate).
 */
const FIRST_PUBLISHED_TIME = new RegExp(String.raw`^(?:first\s+)?${phrasesOf('publishedLabel')}(?:\s+${phrasesOf('timeWord')})?\s+(?<time>\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?)$`, 'iu');

/** A byline in the clipping's languages: `Door Closes On Georgian Bid` in English opens with no byline word (own-language-phrases.ts). */
const bylineIn = (line: string, options: ReadingOptions) => (opensWithOtherLanguagesPhrase('bylineWord', line, options.languages ?? []) ? undefined : readByline(line));

/** `Tbilisi,Georgia`, `TBILISI`: a place as a dateline prints it (a few capitalised words). */
const PLACE = /^[\p{Lu}\p{Lo}\p{Script=Georgian}][\p{L}.'’-]*(?:(?:,\s*|\s)[\p{Lu}\p{Lo}\p{Script=Georgian}][\p{L}.'’-]*){0,3}$/u;

/**
 * `ROMA`, `TBILISI, GEORGIA`: a place in capitals on a line of its own, as some outlets print it beside
 * the date. Two or three capitals alone (`AFP`, `EFE`) are an agency's initials, as on the date's
 * own line (besideDate), no place. India's scripts have no capitals: one word in them is the place (isIndianScriptPlace).
 */
export function readPlaceLine(text: string): string | undefined {
  if (isIndianScriptPlace(text)) return text;
  return inCapitals(text) && PLACE.test(text) && text.split(/[\s,]+/).length <= 3 && !AGENCY_INITIALS.test(text) ? text : undefined;
}

/**
 * Names glued to the date after them, without a separator: `Anna Keller May 14, 2024` (Eurasianet).
 * Only a date with its year that ends the line counts, and the caller asks only below the title:
 * a headline in title case may end in a date too.
 */
export function readNamesBeforeDate(line: string, options: ReadingOptions): LineFacts | undefined {
  let date: ReturnType<typeof findDate>;
  try {
    date = findDate(line, options);
  } catch (error) {
    if (error instanceof DateError) return undefined;
    throw error;
  }
  if (!date || date.start === 0 || date.start + date.text.length !== line.length || date.printed.year === undefined) return undefined;
  const names = readNames(line.slice(0, date.start).trim());
  return names && { authors: names.authors, date: { text: date.text, updated: false } };
}

/** A date and the time printed on the line below it (`14 მაისი, 2024` then `18:20`), as one date; undefined when the line is no time of it. */
export function dateWithTimeBelow(date: string, line: string, options: ReadingOptions): string | undefined {
  const joined = `${date} ${line}`;
  try {
    const read = readDateAt(joined, options);
    return read?.length === joined.length && read.printed.time && !readDateAt(date, options)?.printed.time ? joined : undefined;
  } catch (error) {
    if (error instanceof DateError) return undefined;
    throw error;
  }
}

/** `Reporting from Tbilisi, Georgia`: where the reporter filed from, on a line of its own. */
const REPORTING_FROM = new RegExp(String.raw`^${phrasesOf('reportingFrom')}\s+(?<place>\p{Lu}[^.!?]*)$`, 'iu');

/** The place of a `Reporting from Tbilisi, Georgia` line, when the line is only that. */
export const reportingFrom = (line: string) => REPORTING_FROM.exec(line)?.groups?.place;

/** Separators between facts on one line: `|`, `/`, `·`, `•`, `●` (the Jakarta Post), dashes, commas; a point closing a fact (Le Temps: `… à 16:42. / Modifié …`). */
const trimSeparators = (text: string) => text.replace(/^[\s|/·•●,–—-]+|[\s|/·•●,–—.-]+$/gu, '');

/** A weekday and a separator before a date: `الثلاثاء - `. */
const WEEKDAY_BEFORE = /^(?<name>\p{L}+)\s*[,،–—-]\s*/u;

/** The whole text is a date in another calendar than the Gregorian, read or not, its weekday perhaps before it. */
function isOtherCalendarDate(text: string, options: ReadingOptions): boolean {
  const weekday = WEEKDAY_BEFORE.exec(text);
  const date = weekday && namesWeekday(weekday.groups!.name!, options) ? text.slice(weekday[0].length) : text;
  try {
    const read = readDateAt(date, options);
    return read?.printed.calendar !== undefined && read.length === date.length;
  } catch (error) {
    return error instanceof OtherCalendarDate && error.printed.length === date.length;
  }
}

/** A word that names one weekday; one that names different ones in two languages names none here. */
function namesWeekday(word: string, options: ReadingOptions): boolean {
  try {
    return weekdayNamed(word, options.languages) !== undefined;
  } catch (error) {
    if (error instanceof AmbiguousName) return false;
    throw error;
  }
}

/**
 * `Сегодня, 13:18`, `Yesterday at 9:05`, `Publié aujourd’hui à 13h18, modifié à 15h02` (Le Monde, the update's time
 * on the same day): a time on a day named relative to the day the page was read, which the clipping does not print
 * (read-clipping.ts asks --date for it). Only with a time: a menu's `Today` is no date. An update so printed
 * (`Publié le 5 décembre 2026 à 14:32, mis à jour hier à 18:01`, Le Figaro) is an update's date, which
 * read-clipping.ts leaves unrecorded with a note: the publication's own date does not depend on it.
 */
const RELATIVE_DATE = new RegExp(
  String.raw`^(?:(?:(?<updated>${phrasesOf('updateLabel')})|${phrasesOf('publishedLabel')})\s*:?\s+)?(?<date>${phrasesOf('relativeDay')},?\s+(?:${phrasesOf('timeWord')}\s+)?(?<time>\d{1,2}[:.h]\d{2}))` +
    String.raw`(?:,?\s+${phrasesOf('updateLabel')}\s+(?:${phrasesOf('timeWord')}\s+)?(?<update>\d{1,2}[:.h]\d{2}))?$`,
  'iu',
);

/**
 * The printed relative date, its time as `HH:MM`, whether it is an update's, and the update's time printed after it,
 * or undefined when the text is none.
 */
export function readRelativeDate(text: string): { text: string; time: string; updated: boolean; update?: string } | undefined {
  const groups = RELATIVE_DATE.exec(text.trim())?.groups;
  if (!groups) return undefined;
  const [hour, minute] = groups.time!.split(/[:.h]/u);
  return { text: groups.date!, time: `${hour!.padStart(2, '0')}:${minute}`, updated: groups.updated !== undefined, update: groups.update };
}

/** Does a date start here? A date form that is wrong (ambiguous, impossible hour) still counts: it is refused later. */
function dateAt(text: string, options: ReadingOptions): number | undefined {
  try {
    return readDateAt(text, options)?.length;
  } catch (error) {
    if (error instanceof DateError) return text.length;
    throw error;
  }
}

function locateDate(line: string, options: ReadingOptions): { start: number; text: string } | undefined {
  try {
    return findDate(line, options);
  } catch (error) {
    if (!(error instanceof DateError)) throw error;
    // The date is malformed; which words it spans is found again when it is read for real.
    for (const word of line.matchAll(WORD_START)) {
      const length = dateAt(line.slice(word.index), options);
      if (length !== undefined) {
        const end = word.index + /^[^|]*/u.exec(line.slice(word.index))![0].trimEnd().length;
        return { start: word.index, text: line.slice(word.index, end) };
      }
    }
    return undefined;
  }
}

/** A short date's year glued to what follows it: where a date printed twice was joined by the copy. */
const GLUED_YEAR = /^(?<short>\S{4,}?\d{4})(?=[\p{L}\d])/u;

/**
 * One day printed twice, short and long (DW: one form for small screens, one for large), which a
 * copy glues together: `29.11.202429. November 2024`. The long form is taken as the printed date;
 * undefined when the line is not that.
 */
function datePrintedTwice(line: string, options: ReadingOptions): string | undefined {
  const short = GLUED_YEAR.exec(line)?.groups?.short;
  if (!short) return undefined;
  const long = line.slice(short.length);
  try {
    const [first, second] = [readDateAt(short, options), readDateAt(long, options)];
    const sameDay = first && second && (['year', 'month', 'day'] as const).every((part) => first.printed[part] === second.printed[part]);
    return sameDay && first.length === short.length && second.length === long.length ? long : undefined;
  } catch (error) {
    if (error instanceof DateError) return undefined;
    throw error;
  }
}

/** A section's name: a word or three in sentence case (`Mondo`, `Cronaca nera`). */
const SECTION_WORDS = /^\p{Lu}\p{Ll}+(?: \p{L}+){0,2}$/u;
/** ` 4 News` after the paper's name: its programme (SRF), a few words and no sentence. */
const PROGRAMME = /^\s+[\p{L}\d]+(?:\s+[\p{L}\d]+){0,2}$/u;
/** `; sda/dpa/heis` after the date (SRF): the agencies and the author's initials it drew on, short codes between slashes. */
const SOURCE_CODES = /^;?\s*\p{L}{2,6}(?:\/\p{L}{2,6}){1,5}$/u;

/**
 * ` - World` after the date (Axios), or past a bar with more sections after commas, ` | World, All` (Kyodo
 * News), or past a blank (UN News: `28 May 2024 Human Rights`): the section the story is filed under, not
 * where it was written.
 */
const SECTION_AFTER_DATE = new RegExp(String.raw`^\s*(?:[–—-]\s*${phrasesOf('sectionName')}|\|\s*${phrasesOf('sectionName')}(?:,\s*\p{L}+)*|\s+${phrasesOf('sectionName')})$`, 'iu');

/**
 * ` - 4 - 2,318` after the date (the Daily Mirror, Sri Lanka): the page's comment and view counters, numbers alone past
 * dashes, two or more, which no place or byline is.
 */
const COUNTERS = /^\d[\d,.]*(?:\s+[–—-]\s+\d[\d,.]*)+$/u;

/** A date printed after its time: `18:42 28. května 2024`. */
const TIME_FIRST = /^\d{1,2}[:.h]\d{2}\s/u;

/** `page 7` after the date: the print edition's page the article ran on, no place (the Taipei Times). */
const PRINT_PAGE = new RegExp(String.raw`^${phrasesOf('printPage')}\s*\d{1,3}$`, 'iu');

/** A date in figures alone, with its year: `21/11/2025`, `21.11.2025`. */
const NUMERIC_DATE = /^\d{1,2}[./-]\d{1,2}[./-]\d{4}$/u;

/** The publication's label alone over its date on the next line (GOV.UK: `Published`, then `12 March 2025`): the page's word, not text. */
const DATE_LABEL_ALONE = new RegExp(String.raw`^${phrasesOf('publishedLabel')}\s*${LABEL_MARK}?$`, 'iu');

/** Universal time's names, alone. */
const UTC_NAME = /^(?:GMT|UTC)$/u;

/** What text around a date on one line can be: nothing, a label, a byline, a masthead, chrome or a place. */
function besideDate(text: string, mastheads: readonly string[], facts: LineFacts, where: 'before' | 'after', options: ReadingOptions): boolean {
  const part = trimSeparators(text);
  // The paper's name beside its date, as its web site brands it too (`Le Monde.fr`) or as its own byline (`par Le Monde avec AFP`).
  if (part === '' || isChrome(part) || isMasthead(part, mastheads)) return true;
  // The paper's web site standing for its name before the date, as its own byline, with an agency it drew on too (no
  // author): `guardian.co.uk, Tuesday 6 November 2012 18.42 GMT`, `LEMONDE.FR avec AFP | 06.11.2012 à 18h42`.
  if (where === 'before' && isHostLine(part.replace(WITH_AGENCY, ''))) return true;
  // `AFP / Updated:` (the Times of India): pieces between slashes or bars, each one of these; an
  // agency's initials (two or three capitals) there are its byline.
  // `Madrid / Tiflis - 28 may 2024` (El País): the places its reporters wrote from, slashed, past a dash: one dateline.
  const places = part.split(/\s*\/\s*/u);
  if (where === 'before' && places.length > 1 && /[–—-]\s*$/u.test(text) && places.every((place) => PLACE.test(place) && !isHostLine(place) && !isChrome(place))) {
    facts.dateline = part;
    return true;
  }
  // `ELPAÍS.com / AGENCIAS - Madrid / Moscú - 26/08/2008` (El País in 2008): who wrote it, then where from, each past a
  // spaced dash; read on a copy, so a line that is no such header leaves no fact behind.
  const dashed = where === 'before' ? part.split(/\s+[–—-]\s+/u) : [];
  const trial: LineFacts = { ...facts };
  if (dashed.length > 1 && dashed.every((piece) => besideDate(`${piece} -`, mastheads, trial, where, options))) {
    Object.assign(facts, trial);
    return true;
  }
  // Inoreader's dots between the feed, the byline and the date: `Le Monde.fr · par Le Monde avec AFP · 22 août 2024 16:35`.
  const pieces = where === 'before' ? part.split(/\s+[|/·]\s+/u) : [part];
  // `World News | Reuters | Updated:` (NDTV): an agency by its name too.
  const isAgency = (piece: string) => AGENCY_INITIALS.test(piece) || agencyForm(piece) !== undefined;
  const agencyByline = (piece: string) => {
    if (!isAgency(piece)) return false;
    facts.authors = [agencyForm(piece) ?? piece];
    return true;
  };
  // `Mondo | Di Luca Marchetti | 28 Maggio 2024` (il Fatto Quotidiano): the section the page files it under, before a labelled byline or an agency.
  const section = (piece: string, i: number) => i === 0 && (BY.test(pieces[1] ?? '') || isAgency(pieces[1] ?? '')) && SECTION_WORDS.test(piece);
  if (pieces.length > 1) return pieces.every((piece, i) => section(piece, i) || agencyByline(piece) || besideDate(piece, mastheads, facts, where, options));
  // The same day in another calendar, which is not read (`۲۸ مه ۲۰۲۴ - ۸ خرداد ۱۴۰۳`, BBC Persian), and the
  // Gregorian era's mark after the year (`الثلاثاء - 20 ذو القعدة 1445 هـ - 28 مايو 2024 مـ`, Asharq Al-Awsat).
  if (isOtherCalendarDate(part, options) || (where === 'after' && isGregorianEraMark(part))) return true;
  const label = DATE_LABEL.exec(part);
  if (label && where === 'before') {
    if (label.groups?.update) facts.date!.updated = true;
    if (label.groups?.first) facts.date!.first = true;
    return true;
  }
  // `- Mis à jour le 23 mai 2019 à 15h10`, `(modifica il 14 maggio 2024 | 18:20)`: the update's
  // date, which is not the publication's.
  const update = where === 'after' ? readFactLine(part.replace(/^[(（](.*)[)）]$/u, '$1'), [], options)?.date : undefined;
  if (update?.updated) {
    facts.update = update.text;
    return true;
  }
  const bracketedUpdate = where === 'after' ? updateInBrackets(part) : undefined;
  if (bracketedUpdate) {
    facts.update = bracketedUpdate;
    return true;
  }
  // `来源：新华网` after the date (Xinhua): the page the story was taken from, the paper's own or one it reprints; no byline, no place.
  if (where === 'after' && SOURCE_LABEL.test(part) && !/\s/u.test(part.replace(SOURCE_LABEL, ''))) return true;
  // `Submitted by Name on Thu, 05/28/2015 - 15:42` (Drupal): the byline, then the word that brings in the day.
  const byline = bylineIn(where === 'before' ? part.replace(DAY_WORD_AT_END, '') : part, options);
  if (byline) {
    facts.authors = byline.authors;
    facts.dateline ??= byline.dateline;
    return true;
  }
  // Before a date and past a separator, a place or the names of reporters (`Tiflis - 08 mar 2023`,
  // `Ayşe Demir |08.05.2019`); in capitals, a place (`TBILISI | May 23`); after it, a place past a
  // comma or bar (`13:18, Tbilisi,Georgia`). So a title in title case with a date in it is no date line.
  // `Москва. 26 августа 2011`: a place may end in a full stop before its date.
  if (where === 'after' && SECTION_AFTER_DATE.test(text)) return true;
  const firstPublished = where === 'after' && facts.date!.updated ? FIRST_PUBLISHED_TIME.exec(part)?.groups?.time : undefined;
  if (firstPublished) {
    [facts.update, facts.date] = [facts.date!.text, { text: firstPublished, updated: false }];
    return true;
  }
  if (where === 'after' && SOURCE_CODES.test(part)) return true;
  if (where === 'after' && COUNTERS.test(part)) return true;
  if (where === 'after' && PRINT_PAGE.test(part)) return true;
  // `February 23, 2021 GMT` (AP): the zone the page shows its dates in, after a date with no time, which it does not change.
  if (where === 'after' && UTC_NAME.test(part) && !/\d[:.h]\d{2}/u.test(facts.date!.text)) return true;
  // `16:02, UK` (Sky News): two capitals after the time say which country's time it is, not where the story was written.
  if (where === 'after' && /^\p{Lu}{2}$/u.test(part) && /\d[:.h]\d{2}$/u.test(facts.date!.text)) return true;
  const capitals = inCapitals(part);
  // After it, a dash too when the place is in capitals (`Updated - May 28, 2024 09:52 pm IST - TBILISI`,
  // the Hindu), but never an agency's initials.
  const separated =
    where === 'before' ? /[|,.●–—-]\s*$/u.test(text) : /^\s*[,|]/u.test(text) || (capitals && /^\s*[–—-]\s/u.test(text) && !AGENCY_INITIALS.test(part));
  const names = where === 'before' && separated && !capitals ? readNames(part) : undefined;
  if (names && names.authors.length > 0) {
    facts.authors = names.authors;
    facts.dateline ??= names.dateline;
    return true;
  }
  // `Tbilisi 18:42 28. května 2024` (iROZHLAS): a place glued to a date that opens with its time, which no title
  // ends in; words that read as names may be a byline glued so (readNamesBeforeDate), so only others are a place.
  const beforeTime = where === 'before' && TIME_FIRST.test(facts.date!.text) && readNames(part) === undefined;
  // Before it past a slash, a place alone: Civil Georgia's pages of 2001-2019 print `Tbilisi / 9 Apr.'09 / 21:15` when
  // copied from under its masthead, and so its Russian and Georgian editions. Words that read as names are the paper's
  // (`Civil Georgia, Tbilisi`, below) or a byline's.
  const slashed = where === 'before' && /\/\s*$/u.test(text) && readNames(part) === undefined;
  // `Strasbourg 21/11/2025` (the Council of Europe's newsroom): one capitalised word glued to a numeric date with its year,
  // which no title ends in (a title in title case may end in a date in words: `Tbilisi 28. května 2024`, below).
  const lonePlace = where === 'before' && /^\p{Lu}\p{Ll}+$/u.test(part) && NUMERIC_DATE.test(facts.date!.text) && readNames(part) === undefined;
  if ((separated || slashed || (where === 'before' && capitals) || beforeTime || lonePlace) && PLACE.test(part) && part.split(/[\s,]+/).length <= 3) {
    facts.dateline = part.replace(/(?<=\p{L}{2})\.$/u, '');
    return true;
  }
  // A masthead followed by more facts: `Civil Georgia, Tbilisi`.
  const masthead = mastheads.find((name) => part.toLowerCase().startsWith(name.toLowerCase()));
  if (masthead === undefined) return false;
  // Before the date, the paper's name and a few words is its programme that aired the story (`SRF 4 News, 28.05.2024`).
  const rest = part.slice(masthead.length);
  // `Civil Georgia, Tbilisi / 15 Nov.'17`: past the paper's name and a comma, the place the story was written in.
  const place = where === 'before' ? /^,\s*(?<place>\S.*)$/u.exec(rest)?.groups?.place : undefined;
  if (place !== undefined && PLACE.test(place) && place.split(/[\s,]+/).length <= 3) {
    facts.dateline = place;
    return true;
  }
  return besideDate(rest, [], facts, where, options) || (where === 'before' && PROGRAMME.test(rest));
}

/** A photo's place in the page's gallery before its caption: `[1/3]` (Reuters), `1 of 4 | ` (AP). Not the caption's words. */
const GALLERY_POSITION = new RegExp(String.raw`^(?:\[\d+\/\d+\]\s*|\d+\s${phrasesOf('galleryCountWord')}\s\d+\s*\|\s*)`, 'iu');

/**
 * The facts a header or trailer line states, or undefined when it is text (a title, a paragraph).
 * `chrome: true` marks a line that states nothing but is not article text either.
 */
export function readFactLine(line: string, mastheads: readonly string[], options: ReadingOptions): (LineFacts & { chrome?: true }) | undefined {
  const photoCopyright = PHOTO_COPYRIGHT.exec(line);
  // Its label is no credit's (`© Crédit photo : Name / SUD OUEST`).
  if (photoCopyright) return { credit: afterPhotoLabel(line) ?? photoCopyright.groups!.credit! };
  if (isChrome(line) || isMasthead(line, mastheads) || isAuthorLabel(line) || DATE_LABEL_ALONE.test(line)) return { chrome: true };
  const feedAuthors = feedEntryAuthors(line);
  if (feedAuthors) return feedAuthors.length > 0 ? { authors: feedAuthors } : { chrome: true };
  const epaper = epaperLine(line, options);
  if (epaper) return epaper;
  const filedFrom = paperDateline(line, mastheads);
  if (filedFrom) return filedFrom;
  const eastAsian = cjkFactLine(line);
  if (eastAsian) return eastAsian;
  if (PHOTO_AGENCY.test(line)) return { credit: line };
  const labelled = LABELLED_CAPTION.exec(line) ?? LABELLED_CREDIT.exec(line);
  // A labelled caption may end in its credit: `Legende: <caption>. Reuters/Name` (SRF).
  const captionWithCredit = labelled?.groups?.caption ? AGENCIES_FIRST_CREDIT.exec(labelled.groups.caption) : undefined;
  if (captionWithCredit) return { caption: captionWithCredit.groups!.caption!, credit: captionWithCredit.groups!.credit! };
  if (labelled) return { ...labelled.groups };
  // Names before the brackets are the photographer's, and the brackets their agency's or paper's (`Фото: Віталій Носач (РБК-Україна)`): one credit;
  // but brackets naming the photographer and the outlet past a slash leave the words before them the caption, capitalised as a
  // place's are (`Foto: Stasiun MRT Bundaran HI (Ari Saputra/detikcom)`, Detik).
  const labelFirst = LABEL_FIRST_CAPTION.exec(line)?.groups;
  if (labelFirst && /^\p{Lu}/u.test(labelFirst.credit!)) {
    const photographerAlone = readNames(labelFirst.caption!) && !/^\p{Lu}[^/]*\/\S+$/u.test(labelFirst.credit!);
    return photographerAlone ? { credit: `${labelFirst.caption} (${labelFirst.credit})` } : { caption: labelFirst.caption!, credit: labelFirst.credit! };
  }
  const creditAlone = labelledCreditAlone(line);
  if (creditAlone !== undefined) return { credit: creditAlone };
  if (isCaptionThenPhotoKind(line)) return { caption: line };
  const caption = matchCaptionForm(line);
  // Alone on its line, a name and a reporter's job past a slash is the byline (the Gleaner: `Kimone Thompson/Staff Reporter`).
  const byRole = caption && caption.groups!.caption === undefined && caption.groups!.plain === undefined ? slashedRoleByline(line) : undefined;
  if (byRole) return { authors: byRole.authors };
  if (caption) {
    // A dash or bar between the caption and its label is the page's separator (`… em Tbilisi — Foto: Name`, g1; `… v Tbilisi | Foto: Name`, iROZHLAS).
    const captionText = (caption.groups!.caption ?? caption.groups!.plain)?.replace(/\s+[|—–-]$/u, '').replace(GALLERY_POSITION, '');
    if (captionText !== undefined && isPhotoKind(captionText)) return { caption: line };
    const owned = captionText === undefined ? undefined : creditWithItsOwner(captionText, caption.groups!.credit ?? '', line);
    if (owned) return owned;
    const facts: LineFacts = captionText === undefined ? {} : { caption: captionText };
    let credit = caption.groups!.credit ?? caption.groups!.bracketed ?? caption.groups!.agency!;
    const date = locateDate(credit, options);
    if (date) {
      facts.date = { text: date.text, updated: false };
      const after = trimSeparators(credit.slice(date.start + date.text.length));
      if (after) facts.dateline = after;
      credit = credit.slice(0, date.start);
    }
    // The credit ends the caption's sentence; its full stop (a danda in Bengali: `ছবি: সংগৃহীত।`) is the sentence's, not the credit's.
    credit = trimSeparators(credit).replace(/(?<!\.)[.।]$/u, '');
    if (credit) facts.credit = credit;
    return facts;
  }
  const relative = readRelativeDate(line);
  if (relative) return { date: { text: relative.text, updated: relative.updated }, ...(relative.update === undefined ? {} : { update: relative.update }) };
  const updateTime = UPDATE_TIME.exec(line)?.groups;
  if (updateTime && (updateTime.zone === undefined || ZONE_LETTERS.test(updateTime.zone))) return { date: { text: updateTime.time!, updated: true } };
  const twice = datePrintedTwice(line, options);
  if (twice) return { date: { text: twice, updated: false } };
  const date = locateDate(line, options);
  if (date) {
    const facts: LineFacts = { date: { text: date.text, updated: false, ...(printedByFeedReader(line) ? { readerClock: true as const } : {}) } };
    const before = line.slice(0, date.start);
    const after = line.slice(date.start + date.text.length);
    return besideDate(before, mastheads, facts, 'before', options) && besideDate(after, mastheads, facts, 'after', options) ? facts : undefined;
  }
  const filed = reportingFrom(line);
  if (filed) return { dateline: filed };
  const agencyAndPlace = readAgencyAndPlace(line);
  if (agencyAndPlace) return agencyAndPlace;
  const labelledAuthor = LABELLED_AUTHOR.exec(line);
  const byline = labelledAuthor ? (readNames(labelledAuthor.groups!.names!) ?? caselessNames(labelledAuthor.groups!.names!)) : bylineIn(withoutPaperAfter(line, mastheads), options);
  return byline && { authors: byline.authors, dateline: byline.dateline };
}

/**
 * `By Landon Mion Fox News` (Fox News): the paper's own name right after the byline's last name, which the copy joins to
 * it, or past a comma (`By Anna Keller, Civil Georgia`); past a bar (`By Name | Euractiv.com`) readByline reads it.
 */
function withoutPaperAfter(line: string, mastheads: readonly string[]): string {
  for (const name of mastheads) {
    if (!line.toLowerCase().endsWith(name.toLowerCase())) continue;
    const names = /^(?<names>.*\p{L}),?\s+$/u.exec(line.slice(0, -name.length))?.groups?.names;
    if (names !== undefined) return names;
  }
  return line;
}
