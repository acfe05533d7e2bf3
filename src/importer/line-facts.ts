import { phrasesOf } from './printed-phrases.ts';
import { DateError, findDate, readDateAt, type ReadingOptions } from './read-date.ts';

/**
 * What one line of a clipping's header or trailer says, read the same way for every paper:
 * a byline, a date (with its label, time and place), a photo caption and credit, or page chrome
 * (reading times, counters, share buttons, footers) that belongs to the web page, not the article.
 * A line that says none of these is article text (or the title), and is left to the caller.
 */

export interface LineFacts {
  authors?: string[];
  /** The date as printed (from its first character to its last), and whether it is an update's. */
  date?: { text: string; updated: boolean };
  /** An update's date printed after the publication's on the same line (`- Mis à jour le ...`). */
  update?: string;
  dateline?: string;
  caption?: string;
  credit?: string;
}

/**
 * The page's navigation links, which copying a whole page from a browser glues together on one
 * line (`Skip to contentSkip to site indexSearch & Section Navigation`): never in a headline.
 */
const NAVIGATION = phrasesOf('skipLink');
const NAVIGATION_INSIDE = new RegExp(NAVIGATION, 'iu');

/** The navigation phrase a text holds (so it is no title), or undefined. */
export const navigationIn = (text: string): string | undefined => NAVIGATION_INSIDE.exec(text)?.[0];

/** Lines that are the web page's, not the article's: kept in the original, never in the body. */
const CHROME: RegExp[] = [
  new RegExp(String.raw`^\d+\s*${phrasesOf('readingTimeUnit')}\.?\s*${phrasesOf('readingTimeWord')}?$`, 'iu'),
  // English only: other languages' relative times are not read yet.
  /^[/|·•]?\s*(?:updated|published|posted)?\s*(?:in\s+)?(?:an?|one|\d+)\s+(?:second|minute|hour|day|week|month|year)s?(?:\s+ago)?$/iu,
  // view, comment and like counters: a symbol, a number, or both
  /^[\p{So}\p{Sk}\uFE0F\s]*\d*[\p{So}\p{Sk}\uFE0F\s]*$/u,
  // buttons and labels that are a line of their own
  new RegExp(`^${phrasesOf('shareButton', 'listenButton', 'backToTop', 'bylineBlockHeading', 'captionToggle', 'advertisement', 'newsDesk', 'subscribersOnly', 'outletPromo')}$`, 'iu'),
  // an audio player's position and length: `00:00/03:12`
  /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/u,
  // a short link to the page itself: `https://p.dw.com/p/4fXyZ`
  /^https?:\/\/\S+$/iu,
  // a plugin's note, the print edition's note under a web article (`A version of this article appears in print on
  // May 29, 2024, Section A, Page 9 …`: on a saved page it shares its element with `Order Reprints | Today’s Paper`),
  // an agency's statement of principles (`Our Standards: The Thomson Reuters Trust Principles.`): page furniture
  // that the kept original holds
  new RegExp(`^${phrasesOf('alsoAvailableIn', 'outletNote')}`, 'iu'),
  // One way only to split the blanks between phrases: `\s*[|·•]?\s*` had 2^n and hung on a long line.
  new RegExp(String.raw`^(?:(?:${NAVIGATION})(?:\s*[|·•])?\s*)+$`, 'iu'),
  // the reporter's role in the BBC's byline block (LABELLED_AUTHOR)
  new RegExp(String.raw`^${phrasesOf('bylineRoleLabel')}\s*,\s+\S`, 'iu'),
  /^(?:©|\(c\)\s|copyright\b)|^(?:\S+\s+){1,3}©/iu,
  // the newsroom as a whole, not a reporter: `Redazione ANSA`
  new RegExp(String.raw`^${phrasesOf('newsroomOf')}\s+\S+(?:\s+\S+)?$`, 'iu'),
  // who edited the page (`Editor: Liu Wei`, Xinhua): no author, and no article text
  new RegExp(String.raw`^${phrasesOf('pageEditorLabel')}\s*:\s*\p{Lu}[\p{L}.'’ -]*$`, 'iu'),
  new RegExp(String.raw`^${phrasesOf('rightsReserved')}|${phrasesOf('rightsReserved')}\.?$`, 'iu'),
  new RegExp(String.raw`^${phrasesOf('homeLink')}\s*[/›>»|]`, 'iu'),
  new RegExp(String.raw`^${phrasesOf('readingTimeLabel')}\s*:?\s*\d+\s*min\.?$`, 'iu'),
  new RegExp(String.raw`^${phrasesOf('followCall')}.*$`, 'iu'),
  // `Читайте РБК в Telegram`
  new RegExp(String.raw`^${phrasesOf('readUsOnVerb')}\s.+\s${phrasesOf('readUsOnPreposition')}\s+${phrasesOf('messengerName')}$`, 'iu'),
  new RegExp(String.raw`^${phrasesOf('tagsLabel')}:.*$`, 'iu'),
];

/** Where the page's lists begin after an article: everything from here on is chrome. */
const TRAILER_START = new RegExp(String.raw`^${phrasesOf('relatedHeading')}\s*:?$`, 'iu');

/** A list of the article's topics after its text: `Read more about: Georgia , Foreign agents`. */
const TOPICS_LINE = new RegExp(String.raw`^${phrasesOf('topicsLabel')}\s*:\s*\S`, 'iu');

export const startsTrailer = (line: string): boolean => TRAILER_START.test(line) || TOPICS_LINE.test(line);

export const isChrome = (line: string): boolean => CHROME.some((pattern) => pattern.test(line));

/** `Source: Meduza` on Meduza's own page names the paper itself, as a masthead does. */
const SOURCE_LABEL = new RegExp(String.raw`^${phrasesOf('sourceLabel')}\s*:\s*`, 'iu');

/** The paper's name on a line of its own, or after a source label. */
const isMasthead = (line: string, mastheads: readonly string[]): boolean =>
  mastheads.some((masthead) => masthead.toLowerCase() === line.replace(SOURCE_LABEL, '').toLowerCase()) || sourceListOfPaper(line, mastheads);

/** `Quelle: ZEIT ONLINE, dpa, AFP`: the paper, then the agencies it drew on, under a source label: the page's, as the masthead is. */
const sourceListOfPaper = (line: string, mastheads: readonly string[]): boolean => {
  const list = SOURCE_LABEL.test(line) ? line.replace(SOURCE_LABEL, '').toLowerCase() : undefined;
  return list !== undefined && mastheads.some((masthead) => list.startsWith(`${masthead.toLowerCase()},`));
};

/** The label before a date: `Published:`, `Publié le`, `Обновлено`; an update's date is not the publication's. */
const DATE_LABEL = new RegExp(String.raw`^(?:(?<update>${phrasesOf('updateLabel')})|${phrasesOf('publishedLabel')})\s*:?$`, 'iu');

/** The word for "by" before a byline, in the languages read. Italian `Di` and Russian `Автор` included. */
const BY = new RegExp(String.raw`^${phrasesOf('bylineWord')}\s*:?\s+(?<names>.+)$`, 'iu');
/** `Andrew Roth in Moscow`, `Benoît Vitkine (Moscou, correspondant)`: where the reporter filed from. */
const FILED_FROM = new RegExp(String.raw`\s+${phrasesOf('filedFromPreposition')}\s+(?<place>[\p{Lu}][\p{L}' -]*)$|\s*\((?<note>[^()]*)\)$`, 'u');
const NAME_SEPARATOR = new RegExp(String.raw`\s*(?:,|&|(?<!\p{L})${phrasesOf('nameConjunction')}(?!\p{L}))\s*`, 'u');
/** Particles that may stand lower-case inside a name: `Ursula von der Leyen`, `al-Assad`. */
const PARTICLE = /^(?:de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ter|bin|ibn|al|el|y)$/u;

/** `JOHN SMITH` -> `John Smith`; mixed-case names are kept as printed. */
function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** `ARD-Studio`: an acronym joined to a word is an organisation's name, never a person's (`JEAN-PIERRE` is all capitals). */
const isAcronymCompound = (word: string) => /\p{Lu}{2,}-/u.test(word) && /\p{Ll}/u.test(word);
/** `Von Jonas Albrecht, ARD-Studio Moskau`: the newsroom the reporter works for, after the names; not an author. */
const AFFILIATION = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){1,3}$/u;
/** `CNN`, `AFP`, `RFE/RL`: a newsroom's initials after a byline's names. */
const ACRONYM = /^\p{Lu}{2,6}(?:\/\p{Lu}{2,6})?$/u;

/** `TAMAR KIKNADZE Associated Press`: names in capitals, then the agency they write for in mixed case. */
const CAPITALS_THEN_AGENCY = /^(?<names>\p{Lu}[\p{Lu}'’. -]*\p{Lu})\s+(?:The\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}$/u;

function isName(text: string): boolean {
  const words = text.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    // Georgian is written without capitals: its letters count as capitals here, as in a dateline's place.
    words.every((word) => PARTICLE.test(word) || (/^[\p{Lu}\p{Script=Georgian}][\p{L}.'’-]*$/u.test(word) && !isAcronymCompound(word))) &&
    /^[\p{Lu}\p{Script=Georgian}]/u.test(words.at(-1)!) &&
    // A full stop after a whole word ends a sentence (Georgian has no capitals to tell it by); `Jr.` is a name's.
    !/\p{L}{3,}\.$/u.test(words.at(-1)!)
  );
}

/** Names from a byline's text, and where it was filed from; undefined when the text is not only names. */
export function readNames(text: string): { authors: string[]; dateline?: string } | undefined {
  let rest = text.trim().replace(CAPITALS_THEN_AGENCY, '$<names>');
  let dateline: string | undefined;
  const filed = FILED_FROM.exec(rest);
  if (filed?.groups?.place) {
    dateline = filed.groups.place.trim();
    rest = rest.slice(0, filed.index).trim();
  } else if (filed?.groups?.note !== undefined) {
    rest = rest.slice(0, filed.index).trim();
  }
  const authors: string[] = [];
  const parts = rest.split(NAME_SEPARATOR).filter(Boolean);
  for (const [i, part] of parts.entries()) {
    if (isName(part)) authors.push(nameCase(part));
    // One capitalised word after the names is the place: `Von Christina Hebel, Moskau`; in
    // capitals it is the newsroom's initials, `By Anna Keller, CNN`, and no place.
    else if (authors.length > 0 && dateline === undefined && /^[\p{Lu}][\p{L}-]+$/u.test(part) && !ACRONYM.test(part)) dateline = part;
    else if (!(authors.length > 0 && i === parts.length - 1 && (AFFILIATION.test(part) || ACRONYM.test(part)))) return undefined;
  }
  return authors.length > 0 ? { authors, dateline } : undefined;
}

export function readByline(line: string): { authors: string[]; dateline?: string } | undefined {
  const by = BY.exec(line);
  return by ? readNames(by.groups!.names!) : undefined;
}

/** `Tbilisi,Georgia`, `TBILISI`: a place as a dateline prints it (a few capitalised words). */
const PLACE = /^[\p{Lu}\p{Lo}\p{Script=Georgian}][\p{L}.'’-]*(?:(?:,\s*|\s)[\p{Lu}\p{Lo}\p{Script=Georgian}][\p{L}.'’-]*){0,3}$/u;

/** `ROMA`, `TBILISI, GEORGIA`: a place in capitals on a line of its own, as some outlets print it beside the date. */
export function readPlaceLine(text: string): string | undefined {
  return text === text.toUpperCase() && /\p{Lu}/u.test(text) && PLACE.test(text) && text.split(/[\s,]+/).length <= 3 ? text : undefined;
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

/**
 * `image captionProtesters gathered...`, `Image source, Getty Images`, `Подпись к фото, ...`:
 * captions and credits printed as labelled lines (the BBC's services).
 */
const LABELLED_CAPTION = new RegExp(String.raw`^${phrasesOf('captionLabel')}\s*,?\s*(?<caption>\S.*)$`, 'iu');
const LABELLED_CREDIT = new RegExp(String.raw`^${phrasesOf('creditLabel')}\s*,?\s*(?<credit>\S.*)$`, 'iu');
/**
 * The BBC's services print the byline as labelled lines under `Article information`: `Author, Anna
 * Keller` then `Role, BBC News`. The author is the byline; the role is the page's, as the heading is.
 */
const LABELLED_AUTHOR = new RegExp(String.raw`^${phrasesOf('authorLabel')}\s*,\s+(?<names>\S.*)$`, 'iu');

const PHOTO_LABEL = String.raw`${phrasesOf('photoLabel')}(?:\s+by)?\s*:\s*`;
/** `<caption> Photo: <credit>`, or with the credit in parentheses: `<caption>. (Foto: <credit>)`. */
const CAPTION = new RegExp(String.raw`^(?<caption>.*\S)\s+(?:\(${PHOTO_LABEL}(?<bracketed>[^()]*[^()\s])\)|${PHOTO_LABEL}(?<credit>\S.*))$`, 'iu');
/**
 * A photographer and an agency without a label, `Nino Beridze / Reuters`, `NINO BERIDZE / AFP`,
 * `Nino Beridze (EPA)`, alone or after the caption's sentence.
 */
const AGENCY_CREDIT = /^(?:(?<caption>.*[.!?])\s+)?(?<credit>\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3}\s*(?:\/\s*\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,2}|\(\p{Lu}{2,}(?:[-/]\p{Lu}{2,})*(?:\sPhoto)?\)))$/u;
/**
 * The agency first, in capitals, after the caption's sentence: `... May 13, 2024. REUTERS/Nino Beridze`,
 * `EPA-EFE/Name`; Reuters' pages follow it with a licensing link's text, which is the page's.
 */
/** The photographer and agency in parentheses after the caption, unlabelled: `… mardi. (Nino Beridze/AFP)`. */
const BRACKETED_AGENCY_CREDIT = /^(?<caption>.*[.!?])\s+\((?<credit>\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3}\s*\/\s*\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,2})\)$/u;
const AGENCY_FIRST_CREDIT = /^(?<caption>.*[.!?])\s+(?<credit>\p{Lu}{2,}(?:-\p{Lu}{2,})?\/\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})(?:\s+Purchase Licensing Rights(?:, opens new tab)?)?$/u;
/** An agency's or photographer's name in a credit: up to four capitalised words (`Getty Images`, `AFP`). */
const CREDITED_NAME = String.raw`\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,3}`;
/**
 * `(AFP via Getty Images)`, `(Reuters)`: a photo's credit in brackets on a line of its own, under its caption (The Independent).
 * Without the `i` flag the table's phrases are matched with elsewhere: under it `\p{Lu}` would take
 * any letter, and a credit's names are capitalised.
 */
const BRACKETED_CREDIT_LINE = new RegExp(String.raw`^\((?<credit>${CREDITED_NAME}(?:\s${phrasesOf('creditThrough')}\s${CREDITED_NAME})?)\)$`, 'u');
/** `© РИА Новости / Нино Беридзе`: a photo's agency and photographer (RIA), not the page's copyright footer, which names a year. */
const PHOTO_COPYRIGHT = /^©\s*(?<credit>[^\d/©]*[^\d\s/©]\s*\/\s*[^\d/©]*[^\d\s/©])$/u;
/** The credit after the caption's sentence with the copyright sign: `… en Kakhétie. © Nino Beridze / AFP`. */
const COPYRIGHT_CREDIT = /^(?<caption>.*[.!?])\s+©\s*(?<credit>\p{L}.*)$/u;
/**
 * `<caption>Credit...<credit>` (copying glues it to the caption's last word), `<caption> Credit: <credit>`,
 * or a credit alone. Only capitalised: "tightened credit: loans fell" is a sentence.
 */
const CREDIT = /^(?:(?<caption>.*\S)\s*)?Credit(?:\.{3}|…|:)\s*(?<credit>\S.*)$/u;

/**
 * Who translated the article (`Translation by Name`, `Перевод: Name`): printed text, and no byline,
 * since the article schema has no translator and a translator is not an author. It stays in the body.
 */
const TRANSLATOR_CREDIT = new RegExp(String.raw`^${phrasesOf('translatorCredit')}\s*:?\s+\p{Lu}`, 'iu');

export const isTranslatorCredit = (line: string) => TRANSLATOR_CREDIT.test(line.trim());

/** `Reporting from Tbilisi, Georgia`: where the reporter filed from, on a line of its own. */
const REPORTING_FROM = new RegExp(String.raw`^${phrasesOf('reportingFrom')}\s+(?<place>\p{Lu}[^.!?]*)$`, 'iu');

/** The place of a `Reporting from Tbilisi, Georgia` line, when the line is only that. */
export const reportingFrom = (line: string) => REPORTING_FROM.exec(line)?.groups?.place;

/** Separators between facts on one line: `|`, `/`, `·`, `•`, dashes, commas. */
const trimSeparators = (text: string) => text.replace(/^[\s|/·•,–—-]+|[\s|/·•,–—-]+$/gu, '');

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
    for (const word of line.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)) {
      const length = dateAt(line.slice(word.index), options);
      if (length !== undefined) {
        const end = word.index + /^[^|]*/u.exec(line.slice(word.index))![0].trimEnd().length;
        return { start: word.index, text: line.slice(word.index, end) };
      }
    }
    return undefined;
  }
}

/** What text around a date on one line can be: nothing, a label, a byline, a masthead, chrome or a place. */
function besideDate(text: string, mastheads: readonly string[], facts: LineFacts, where: 'before' | 'after', options: ReadingOptions): boolean {
  const part = trimSeparators(text);
  if (part === '' || isChrome(part) || mastheads.some((masthead) => masthead.toLowerCase() === part.toLowerCase())) return true;
  const label = DATE_LABEL.exec(part);
  if (label && where === 'before') {
    if (label.groups?.update) facts.date!.updated = true;
    return true;
  }
  // `- Mis à jour le 23 mai 2019 à 15h10`, `(modifica il 14 maggio 2024 | 18:20)`: the update's
  // date, which is not the publication's.
  const update = where === 'after' ? readFactLine(part.replace(/^\((.*)\)$/u, '$1'), [], options)?.date : undefined;
  if (update?.updated) {
    facts.update = update.text;
    return true;
  }
  const byline = readByline(part);
  if (byline) {
    facts.authors = byline.authors;
    facts.dateline ??= byline.dateline;
    return true;
  }
  // Before a date and past a separator, a place or the names of reporters (`Tiflis - 08 mar 2023`,
  // `Ayşe Demir |08.05.2019`); in capitals, a place (`TBILISI | May 23`); after it, a place past a
  // comma or bar (`13:18, Tbilisi,Georgia`). So a title in title case with a date in it is no date line.
  // `Москва. 26 августа 2011`: a place may end in a full stop before its date.
  const separated = where === 'before' ? /[|,.–—-]\s*$/u.test(text) : /^\s*[,|]/u.test(text);
  const capitals = part === part.toUpperCase();
  const names = where === 'before' && separated && !capitals ? readNames(part) : undefined;
  if (names && names.authors.length > 0) {
    facts.authors = names.authors;
    facts.dateline ??= names.dateline;
    return true;
  }
  if ((separated || (where === 'before' && capitals)) && PLACE.test(part) && part.split(/[\s,]+/).length <= 3) {
    facts.dateline = part.replace(/(?<=\p{L}{2})\.$/u, '');
    return true;
  }
  // A masthead followed by more facts: `Civil Georgia, Tbilisi`.
  const masthead = mastheads.find((name) => part.toLowerCase().startsWith(name.toLowerCase()));
  return masthead !== undefined && besideDate(part.slice(masthead.length), [], facts, where, options);
}

/**
 * The facts a header or trailer line states, or undefined when it is text (a title, a paragraph).
 * `chrome: true` marks a line that states nothing but is not article text either.
 */
/**
 * A byline's label alone on its line, the names on the next (`Автор`, then `Иван Смирнов`): a fact
 * line that states nothing itself, but no chrome that would end the article's text.
 */
const AUTHOR_LABEL = new RegExp(String.raw`^${phrasesOf('authorLabel')}\s*:?$`, 'iu');

export function readFactLine(line: string, mastheads: readonly string[], options: ReadingOptions): (LineFacts & { chrome?: true }) | undefined {
  const photoCopyright = PHOTO_COPYRIGHT.exec(line);
  if (photoCopyright) return { credit: photoCopyright.groups!.credit! };
  if (isChrome(line) || isMasthead(line, mastheads) || AUTHOR_LABEL.test(line)) return { chrome: true };
  const labelled = LABELLED_CAPTION.exec(line) ?? LABELLED_CREDIT.exec(line);
  if (labelled) return { ...labelled.groups };
  const caption = CAPTION.exec(line) ?? CREDIT.exec(line) ?? AGENCY_CREDIT.exec(line) ?? BRACKETED_AGENCY_CREDIT.exec(line) ?? AGENCY_FIRST_CREDIT.exec(line) ?? COPYRIGHT_CREDIT.exec(line) ?? BRACKETED_CREDIT_LINE.exec(line);
  if (caption) {
    const facts: LineFacts = caption.groups!.caption === undefined ? {} : { caption: caption.groups!.caption };
    let credit = caption.groups!.credit ?? caption.groups!.bracketed!;
    const date = locateDate(credit, options);
    if (date) {
      facts.date = { text: date.text, updated: false };
      const after = trimSeparators(credit.slice(date.start + date.text.length));
      if (after) facts.dateline = after;
      credit = credit.slice(0, date.start);
    }
    // The credit ends the caption's sentence; its full stop is the sentence's, not the credit's.
    credit = trimSeparators(credit).replace(/(?<!\.)\.$/u, '');
    if (credit) facts.credit = credit;
    return facts;
  }
  const date = locateDate(line, options);
  if (date) {
    const facts: LineFacts = { date: { text: date.text, updated: false } };
    const before = line.slice(0, date.start);
    const after = line.slice(date.start + date.text.length);
    return besideDate(before, mastheads, facts, 'before', options) && besideDate(after, mastheads, facts, 'after', options) ? facts : undefined;
  }
  const filed = reportingFrom(line);
  if (filed) return { dateline: filed };
  const labelledAuthor = LABELLED_AUTHOR.exec(line);
  const byline = labelledAuthor ? readNames(labelledAuthor.groups!.names!) : readByline(line);
  return byline && { authors: byline.authors, dateline: byline.dateline };
}
