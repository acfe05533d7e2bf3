import { agencyForm } from './news-agencies.ts';
import { namesPaperAtAddress } from './paper-web-address.ts';
import { otherScriptSpelling, spellsMasthead } from './paper-spelling.ts';
import { LABEL_MARK, phrasesOf } from './printed-phrases.ts';
import { opensWithOtherLanguagesPhrase } from './own-language-phrases.ts';
import { AmbiguousName, isGregorianEraMark, weekdayNamed } from './date-names.ts';
import { DateError, findDate, OtherCalendarDate, readDateAt, type ReadingOptions } from './read-date.ts';
import { paperDateline } from './paper-dateline.ts';
import { mayBeArabicScriptName } from './arabic-script-names.ts';
import { isHostLine } from './host-line.ts';

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
  date?: { text: string; updated: boolean; first?: true };
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

const FOLLOW_BUTTON = new RegExp(String.raw`^\+?\s*${phrasesOf('followButton')}$`, 'iu');

/** The button to follow the author whose name stands above it (`Reuters`, then `+ FOLLOW`). */
export const isFollowButton = (line: string): boolean => FOLLOW_BUTTON.test(line);

/**
 * The page's controls and labels, each a line of its own: never article text, wherever they stand,
 * so they leave the body too (`Advertisement` and `SKIP ADVERTISEMENT` between paragraphs).
 */
const CONTROLS: RegExp[] = [
  // a share bar's label may end in a colon: `Поділитися:`; a label may stand between dashes (WordPress's Newspaper theme: `- Advertisement -`)
  new RegExp(`^(?:[-–—]\\s*)?${phrasesOf('shareButton', 'listenButton', 'dismissButton', 'newBadge', 'textSizeButton', 'continueReading', 'loadingIndicator', 'backToTop', 'bylineBlockHeading', 'captionToggle', 'advertisement', 'newsDesk', 'subscribersOnly', 'outletPromo', 'topicPageLink')}\\s*${LABEL_MARK}?(?:\\s*[-–—])?$`, 'iu'),
  // the button beside an author's name: `+ FOLLOW`
  FOLLOW_BUTTON,
  // the logo's link, after the outlet's name: `Sky News - back to home`
  new RegExp(String.raw`^(?:[^–—|-]{1,40}\s[–—|-]\s)?${phrasesOf('frontPageLink')}$`, 'iu'),
  // the label over a photo's caption, alone: `Image:`
  new RegExp(String.raw`^${phrasesOf('photoLabel')}\s*${LABEL_MARK}$`, 'iu'),
  // an audio player's position and length: `00:00/03:12`
  /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/u,
];

/** The reporter's job alone under the byline: `Staff Writer` (the Los Angeles Times), `Correspondent` (Daily Nation). */
const ROLE_LINE = new RegExp(String.raw`^(?:\p{L}+\s+){0,2}${phrasesOf('reporterRole')}$`, 'iu');
export const isRoleLine = (line: string): boolean => ROLE_LINE.test(line);

const ARTICLE_KIND = new RegExp(String.raw`^${phrasesOf('articleKind')}$`, 'iu');

/** `News`, `Analysis`: the kind of article, which a site's menu lists among its sections too (OC Media). */
export const isArticleKind = (line: string): boolean => ARTICLE_KIND.test(line);

/** Lines that are the web page's, not the article's: kept in the original, never in the body. */
const CHROME: RegExp[] = [
  ...CONTROLS,
  // a reading time, or a range of them as Firefox's reader view prints it over the text: `3–4 minutes`; after a bullet
  // (Ghost's themes: `• 4 min read`)
  new RegExp(String.raw`^(?:[•·]\s*)?\d+(?:\s*[–-]\s*\d+)?\s*${phrasesOf('readingTimeUnit')}\.?\s*${phrasesOf('readingTimeWord')}?$`, 'iu'),
  // a player's length beside its button: `(2 min)` (the Wall Street Journal)
  new RegExp(String.raw`^\(\d+\s*${phrasesOf('readingTimeUnit')}\.?\)$`, 'iu'),
  // how long ago the page was published or updated: `Updated an hour ago`, `/ in 5 years`, `Atualizado há 2 anos`
  new RegExp(String.raw`^[/|·•]?\s*${phrasesOf('timeAgo')}$`, 'iu'),
  // view, comment and like counters: a symbol, a number, or both; the number's thousands may be grouped (the Guardian: `1,234`),
  // with a blank too, as Georgian and Russian pages print them (Frontnews: `1 523`)
  /^[\p{So}\p{Sk}\uFE0F\s]*(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d*)[\p{So}\p{Sk}\uFE0F\s]*$/u,
  // the kind of article, a label alone in the header: `News`, `Analysis` (Euractiv)
  ARTICLE_KIND,
  // a count of readers' comments or views in words, the number grouped by a blank perhaps: `30 Postings`,
  // `1 245 просмотров`, and the word first: `Views: 1532`, `ნანახია: 1 245`, `Comments (0)`
  new RegExp(String.raw`^\d[\d\s.,]*\s${phrasesOf('commentCount', 'viewCount')}$`, 'iu'),
  new RegExp(String.raw`^${phrasesOf('commentCount', 'viewCount')}\s*(?::?\s*\d[\d\s.,]*|\(\d+\))$`, 'iu'),
  // an icon's letter alone on its line: Corriere's `i` beside the audio player
  /^\p{L}$/u,
  // a separator alone on its line, between the date and the reading time: `·` (Stern)
  /^[·•|]$/u,
  // the author's role and social handle under the byline: `Europe correspondent @alixharwood`
  /^(?:\p{L}[\p{L}'’.-]*\s+){0,4}@[\p{L}\d_.]{2,30}$/u,
  // the author's address alone on a line, under the text: `aholt@ke.nationmedia.com` (Daily Nation), `sooyeon@yna.co.kr` (Yonhap)
  /^[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}$/u,
  ROLE_LINE,
  // a short link to the page itself: `https://p.dw.com/p/4fXyZ`
  /^https?:\/\/\S+$/iu,
  // a plugin's note, the print edition's note under a web article (`A version of this article appears in print on
  // May 29, 2024, Section A, Page 9 …`: on a saved page it shares its element with `Order Reprints | Today’s Paper`),
  // an agency's statement of principles (`Our Standards: The Thomson Reuters Trust Principles.`): page furniture
  // that the kept original holds
  new RegExp(`^${phrasesOf('alsoAvailableIn', 'outletNote')}`, 'iu'),
  new RegExp(`^${phrasesOf('broadcastOn')}$`, 'iu'),
  // the categories a blog theme prints under the text, names alone after its label: `Posted in News`
  new RegExp(String.raw`^${phrasesOf('filedUnder')}\s+[\p{L}\d&'’ -]{1,40}(?:,\s*[\p{L}\d&'’ -]{1,40}){0,5}$`, 'iu'),
  // the print edition's issue, after the paper's name: `Российская газета - Федеральный выпуск: №115(9358)`; its
  // number alone, the running count in brackets, before the issue's date on the Messenger's archive pages: `#075 (1091)`
  new RegExp(String.raw`^(?:(?:[^–—-]{1,40}\s[–—-]\s)?${phrasesOf('printIssue')}\s*:?\s*)?[№#]\s*\d+(?:\s*\(\d+\))?$`, 'iu'),
  // One way only to split the blanks between phrases: `\s*[|·•]?\s*` had 2^n and hung on a long line.
  new RegExp(String.raw`^(?:(?:${NAVIGATION})(?:\s*[|·•])?\s*)+$`, 'iu'),
  // the reporter's role in the BBC's byline block (LABELLED_AUTHOR)
  new RegExp(String.raw`^${phrasesOf('bylineRoleLabel')}\s*,\s+\S`, 'iu'),
  /^(?:©|\(c\)\s|copyright\b)|^(?:\S+\s+){1,3}©/iu,
  // the paper's desk after its name, not a reporter: `T24 Dış Haberler`; as a byline: `Text by NEWS WIRES` (France 24)
  new RegExp(String.raw`^\S+\s+${phrasesOf('newsDesk')}$`, 'iu'),
  new RegExp(String.raw`^${phrasesOf('bylineWord')}\s+${phrasesOf('newsDesk')}$`, 'iu'),
  // the newsroom as a whole, not a reporter: `Redazione ANSA`, `di Redazione Web` (Il Messaggero), `Por Redação, com agências`
  new RegExp(String.raw`^(?:${phrasesOf('bylineWord')}\s+)?${phrasesOf('newsroomOf')},?\s+\S+(?:\s+\S+)?$`, 'iu'),
  // who edited the page (`Editor: Liu Wei`, Xinhua): no author, and no article text
  new RegExp(String.raw`^${phrasesOf('pageEditorLabel')}\s*${LABEL_MARK}\s*\p{Lu}[\p{L}.'’ -]*$`, 'iu'),
  new RegExp(String.raw`^${phrasesOf('rightsReserved')}|${phrasesOf('rightsReserved')}\.?$`, 'iu'),
  new RegExp(String.raw`^${phrasesOf('homeLink')}\s*[/›>»|]`, 'iu'),
  new RegExp(String.raw`^${phrasesOf('readingTimeLabel')}\s*${LABEL_MARK}?\s*\d+\s*${phrasesOf('readingTimeUnit')}\.?$`, 'iu'),
  new RegExp(String.raw`^${phrasesOf('followCall')}.*$`, 'iu'),
  // `Читайте РБК в Telegram`
  new RegExp(String.raw`^${phrasesOf('readUsOnVerb')}\s.+\s${phrasesOf('readUsOnPreposition')}\s+${phrasesOf('messengerName')}$`, 'iu'),
  // `Topics :` (the Jakarta Post), a blank before the colon
  new RegExp(String.raw`^${phrasesOf('tagsLabel')}\s*${LABEL_MARK}.*$`, 'iu'),
];

/**
 * A heading of the page's lists (`Related Topics`, `Read more from Sky News:`, `Read More »`): after the article,
 * everything from it on is chrome; between paragraphs, it may head links set into the text.
 */
const TRAILER_START = new RegExp(String.raw`^${phrasesOf('relatedHeading', 'readAlsoHeading')}(?:\s+${phrasesOf('headingFromOutlet')}\s+\p{Lu}[^\s:]*(?:\s+[^\s:]+){0,3})?\s*[:»›→]?$`, 'iu');

/** A list of the article's topics after its text: `Read more about: Georgia , Foreign agents`. */
const TOPICS_LINE = new RegExp(String.raw`^${phrasesOf('topicsLabel')}\s*${LABEL_MARK}\s*\S`, 'iu');

export const startsTrailer = (line: string): boolean => TRAILER_START.test(line) || TOPICS_LINE.test(line);

/**
 * `Read also`, or `Читайте також: <headline>` with its one link on its line (a headline: no full stop, which a sentence of
 * the text has), or past a bar: `Lire aussi | <headline>` (Le Monde), or with a link's arrow: `Read More »` (Middle East Eye).
 */
const READ_ALSO = new RegExp(String.raw`^${phrasesOf('readAlsoHeading')}\s*(?:[»›→]|[:|]\s*\S.*[^.;:])?$`, 'iu');
/** `Related: <headline>` between paragraphs (the Guardian): one link on its line under a list's heading. */
const RELATED_LINK = new RegExp(String.raw`^${phrasesOf('relatedHeading')}\s*:\s*\S.*[^.;:]$`, 'iu');

/** A list of links to other articles that may stand between the text's paragraphs begins here. */
export const startsReadAlso = (line: string): boolean => READ_ALSO.test(line) || RELATED_LINK.test(line);

export const isChrome = (line: string): boolean => CHROME.some((pattern) => pattern.test(line));

/** A control or label of the page (CONTROLS): chrome even between the article's paragraphs (`Anzeige`, `Haberin Devamı`). */
export const isControl = (line: string): boolean => CONTROLS.some((pattern) => pattern.test(line));

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

/** `VOA News`: a newsroom's initials and one word, as a byline. */
const NEWSROOM = /^(?<initials>\p{Lu}{2,})\s\p{Lu}\p{Ll}+$/u;
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
  const capitalised = masthead.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word));
  return capitalised.length >= 2 && initials === capitalised.map((word) => word[0]).join('');
};

/** `Por g1`: the paper named as its own author is its masthead, no author. */
const BY_WORD = new RegExp(String.raw`^${phrasesOf('bylineWord', 'bylineFrom')}\s*${LABEL_MARK}?\s+`, 'iu');

/** `Quelle: ZEIT ONLINE, dpa, AFP`: the paper, then the agencies it drew on, under a source label: the page's, as the masthead is. */
const sourceListOfPaper = (line: string, mastheads: readonly string[]): boolean => {
  const list = SOURCE_LABEL.test(line) ? line.replace(SOURCE_LABEL, '').toLowerCase() : undefined;
  return list !== undefined && mastheads.some((masthead) => list.startsWith(`${masthead.toLowerCase()},`));
};

/** The label before a date: `Published:`, `Publié le`, `Обновлено`; an update's date is not the publication's. */
const DATE_LABEL = new RegExp(String.raw`^(?:(?<update>${phrasesOf('updateLabel')})|(?<first>${phrasesOf('firstPublishedLabel')})|${phrasesOf('publishedLabel')})\s*${LABEL_MARK}?$`, 'iu');

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

/** The word for "by" before a byline, in the languages read. Italian `Di` and Russian `Автор` included. */
const BY = new RegExp(String.raw`^${phrasesOf('bylineWord')}\s*${LABEL_MARK}?\s+(?<names>.+)$`, 'iu');
/** `Da AFP, em Tbilisi` (bylineFrom): people's names or an agency's initials after it, never a place (`Da Tbilisi`). */
const BY_FROM = new RegExp(String.raw`^${phrasesOf('bylineFrom')}\s+(?<names>.+)$`, 'iu');
/** `Andrew Roth in Moscow`: where the reporter filed from, after each name (`Polina Ivanova in Tbilisi and Max Seddon in Riga`, the FT). */
const FILED_FROM = new RegExp(String.raw`\s+${phrasesOf('filedFromPreposition')}\s+(?<place>[\p{Lu}][\p{L}' -]*)$`, 'u');
/** The place a byline says the story was filed from, ending it: `Tbilisi`, `Rio de Janeiro`. */
const FILED_PLACE = String.raw`(?<place>\p{Lu}[\p{L}'’]*(?:[ -][\p{L}'’]+){0,3})$`;
/**
 * `Marie Dumont, à Tbilissi`, `Da AFP, em Tbilisi` (UOL), `Por Ana Souza, de Tbilisi`: where the story was
 * filed, after the names, a comma and a preposition (`de`, "from", only there: inside a name it is a
 * particle, `Ana de Souza`); after a byline's word, past an em dash too: `Por AFP — Tbilisi` (O Globo).
 */
const FILED_AFTER_COMMA = new RegExp(String.raw`,\s+(?:${phrasesOf('filedFromPreposition')}|de)\s+${FILED_PLACE}`, 'u');
const FILED_AFTER_NAMES = new RegExp(String.raw`(?:\s+—|,\s+(?:${phrasesOf('filedFromPreposition')}|de))\s+${FILED_PLACE}`, 'u');
/** `Benoît Vitkine (Moscou, correspondant)`, `(Poti (Géorgie), envoyée spéciale)`: a note after the byline's names, a place's own brackets inside. */
export const BYLINE_NOTE = /\s*\((?<note>(?:[^()]|\([^()]*\))*)\)$/u;
/** `Poti (Géorgie), envoyée spéciale`: a note naming where the reporter was sent (sentThere), which is the dateline. */
const SENT_THERE = new RegExp(String.raw`^(?<place>[^,]+),\s*${phrasesOf('sentThere')}$`, 'iu');
/**
 * `avec AFP`: the agency a byline's paper or reporter drew on, one word after the names; no author.
 * In any case: some papers print the line in capitals (`DAILY SABAH WITH AFP`).
 */
const WITH_AGENCY = new RegExp(String.raw`\s+${phrasesOf('withAgency')}\s+[\p{L}.-]+$`, 'iu');
/** `, inviato a Tbilisi`: where the paper sent the reporter, after a byline's names. */
const POSTED_TO = new RegExp(String.raw`,\s*${phrasesOf('postedTo')}\s+(?<place>\p{Lu}[\p{L}' -]*)$`, 'iu');
const NAME_SEPARATOR = new RegExp(String.raw`\s*(?:,|&|(?<!\p{L})${phrasesOf('nameConjunction')}(?!\p{L}))\s*`, 'u');
/** In a byline printed in capitals the conjunction is in capitals too (`TAMAR KIKNADZE AND DASHA LITVINOVA`, AP): a word between blanks. */
const NAME_SEPARATOR_IN_CAPITALS = new RegExp(String.raw`\s*(?:,|&|\s${phrasesOf('nameConjunction')}\s)\s*`, 'iu');
/** Particles that may stand lower-case inside a name: `Ursula von der Leyen`, `al-Assad`. */
const PARTICLE = /^(?:de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ter|bin|ibn|al|el|y)$/u;

/** `Senior Foreign Correspondent`: a reporter's job printed after the names, which is no name. */
const REPORTER_ROLE = new RegExp(String.raw`(?<!\p{L})${phrasesOf('reporterRole')}(?!\p{L})`, 'iu');

/** Letters only Turkic alphabets have: in a name with one, `I` is dotless `ı` in lower case and `İ` is `i` (`ƏLİ HƏSƏNLI`). */
const TURKIC_CAPITAL = /[İƏ]/u;

/**
 * `JOHN SMITH` -> `John Smith`, `ƏLİ HƏSƏNLI` -> `Əli Həsənlı`; mixed-case names are kept as printed.
 * Each word keeps its first letter as printed (`İsmayıl`, not `I` and a combining dot).
 */
export function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  const lower = TURKIC_CAPITAL.test(name) ? (text: string) => text.toLocaleLowerCase('tr') : (text: string) => text.toLowerCase();
  return name.replace(/(?<=\p{L})[\p{L}\p{M}]+/gu, lower);
}

/** `ARD-Studio`: an acronym joined to a word is an organisation's name, never a person's (`JEAN-PIERRE` is all capitals). */
const isAcronymCompound = (word: string) => /\p{Lu}{2,}-/u.test(word) && /\p{Ll}/u.test(word);
/** `Von Jonas Albrecht, ARD-Studio Moskau`: the newsroom the reporter works for, after the names; not an author. */
const AFFILIATION = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){1,3}$/u;
/** `AFP`, `PTI`: an agency's initials as a byline beside the date. */
const AGENCY_INITIALS = /^\p{Lu}{2,3}$/u;
const WIRE_AGENCY = new RegExp(String.raw`^${phrasesOf('wireAgency')}$`, 'iu');
/** A news agency's name alone (wireAgency): `Reuters`, `Associated Press`. */
export const isWireAgency = (text: string): boolean => WIRE_AGENCY.test(text);

/** `Reuters | AFP` (Dawn): two or more news agencies as a byline, between bars, slashes or commas; undefined otherwise. */
export function readAgencies(text: string): { authors: string[] } | undefined {
  const pieces = text.split(/\s*[|/,&]\s*/u);
  return pieces.length > 1 && pieces.every(isWireAgency) ? { authors: pieces } : undefined;
}

/** `CNN`, `AFP`, `RFE/RL`: a newsroom's initials after a byline's names. */
const ACRONYM = /^\p{Lu}{2,6}(?:\/\p{Lu}{2,6})?$/u;

/** `TAMAR KIKNADZE Associated Press`: names in capitals, then the agency they write for in mixed case. */
const CAPITALS_THEN_AGENCY = /^(?<names>\p{Lu}[\p{Lu}'’. -]*\p{Lu})\s+(?:The\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}$/u;

function isName(text: string): boolean {
  const words = text.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    // A particle opens no name (`de Tbilisi` after a byline's comma is where it was filed from).
    !PARTICLE.test(words[0]!) &&
    // Georgian, Persian and Arabic are written without capitals: their letters count as capitals here, as in a dateline's place
    // (Persian and Arabic in a line that could be nothing else, arabic-script-names.ts).
    words.every((word) => PARTICLE.test(word) || (/^[\p{Lu}\p{Script=Georgian}\p{Script=Arabic}][\p{L}.'’-]*$/u.test(word) && !isAcronymCompound(word))) &&
    /^[\p{Lu}\p{Script=Georgian}\p{Script=Arabic}]/u.test(words.at(-1)!) &&
    mayBeArabicScriptName(words) &&
    // A full stop after a whole word ends a sentence (Georgian has no capitals to tell it by), also inside
    // the line (`Moscú. Corresponsal`: a place and a role); `Jr.` and initials are a name's.
    !words.some((word) => /\p{L}{3,}\.$/u.test(word))
  );
}

/** `Ana Sousa - RTP`: the newsroom after a dash, one word; never a place, which a byline gives after a comma. */
const DASHED_NEWSROOM = /\s+[-–—]\s+\p{Lu}[\p{L}.]*$/u;

/** `Baku. Ruslan Aliyev – APA`: the place and a full stop before the names, then the agency after a dash. */
const PLACE_THEN_NAMES = /^(?<place>\p{Lu}\p{Ll}{2,})\.\s+(?<rest>\S.*\s[-–—]\s\p{Lu}{2,6})$/u;

const AGENCIES_FIRST = new RegExp(String.raw`^${phrasesOf('agenciesWord')}\s`, 'iu');

/** Names from a byline's text, and where it was filed from; undefined when the text is not only names. */
export function readNames(text: string): { authors: string[]; dateline?: string } | undefined {
  // A comma after the names leads to the date on the next line: `Marie Dumont (à Tbilissi),` (La Croix).
  const printed = text.trim().replace(/,$/u, '');
  const placed = PLACE_THEN_NAMES.exec(printed);
  let rest = (placed?.groups?.rest ?? printed).replace(CAPITALS_THEN_AGENCY, '$<names>').replace(WITH_AGENCY, '').replace(DASHED_NEWSROOM, '');
  const posted = POSTED_TO.exec(rest);
  let dateline = placed?.groups?.place ?? posted?.groups?.place;
  if (posted) rest = rest.slice(0, posted.index);
  else {
    // A note that says where the reporter filed from, or was sent to, is the dateline: `Marie Dumont (à Tbilissi)`,
    // `Claire Morel (Tbilissi, envoyée spéciale)` (Le Monde).
    const note = BYLINE_NOTE.exec(rest)?.groups?.note ?? '';
    dateline ??= FILED_FROM.exec(` ${note}`)?.groups?.place ?? SENT_THERE.exec(note)?.groups?.place;
    rest = rest.replace(BYLINE_NOTE, '').trim();
    const filedAfterComma = FILED_AFTER_COMMA.exec(rest);
    if (filedAfterComma) [dateline, rest] = [dateline ?? filedAfterComma.groups!.place, rest.slice(0, filedAfterComma.index)];
  }
  // `Agencias AFP y Reuters` (La Nación): the agencies the text came from, no names.
  if (AGENCIES_FIRST.test(rest)) return undefined;
  const authors: string[] = [];
  const parts = rest.split(rest === rest.toUpperCase() ? NAME_SEPARATOR_IN_CAPITALS : NAME_SEPARATOR).filter(Boolean);
  for (const [i, printed] of parts.entries()) {
    // The first reporter's place is the story's dateline.
    const filed = posted ? null : FILED_FROM.exec(printed);
    if (filed) dateline ??= filed.groups!.place!.trim();
    const part = filed ? printed.slice(0, filed.index).trim() : printed;
    // A job after the names is the reporter's, no name: `Roland Oliphant, Senior Foreign Correspondent`.
    if (authors.length > 0 && REPORTER_ROLE.test(part)) continue;
    if (isName(part)) authors.push(nameCase(part));
    // One capitalised word after the names is the place: `Von Christina Hebel, Moskau`; in
    // capitals it is the newsroom's initials, `By Anna Keller, CNN`, and no place.
    else if (authors.length > 0 && dateline === undefined && /^[\p{Lu}][\p{L}-]+$/u.test(part) && !ACRONYM.test(part)) dateline = part;
    else if (!(authors.length > 0 && i === parts.length - 1 && (AFFILIATION.test(part) || ACRONYM.test(part)))) return undefined;
  }
  return authors.length > 0 ? { authors, dateline } : undefined;
}

/** One to three capitalised words that may name an agency on a line of their own: `Reuters`, `EFE`, `The Associated Press`. */
const AGENCY_NAME = /^\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,2}$/u;
export const isAgencyName = (text: string, maxWords = 3): boolean => AGENCY_NAME.test(text) && text.split(' ').length <= maxWords;

/** `Reuters`, `AFP`, `dpa`: a byline of one word names the agency or newsroom that wrote the story, as do initials and a word (`VOA News`, NEWSROOM). */
const ONE_WORD_BYLINE = /^\p{L}[\p{L}&.-]*$/u;

/** A line that opens with the word for "by": its names, if any, are readByline's, and the word is none of them (`By VOA News`). */
export const opensWithBylineWord = (line: string): boolean => BY.test(line);
/** What a byline prints after its word: `Par Name (Place, envoyée spéciale)` gives `Name (Place, envoyée spéciale)`. */
export const afterBylineWord = (line: string): string | undefined => BY.exec(line)?.groups?.names;

/** The names of a byline that says who wrote the story: people, or an agency alone. */
export const readAuthors = (text: string): { authors: string[]; dateline?: string } | undefined =>
  readNames(text) ?? ((ONE_WORD_BYLINE.test(text.trim()) && /\p{Lu}/u.test(text)) || NEWSROOM.test(text.trim()) ? { authors: [text.trim()] } : undefined);


/** `DFWatch staff`, `Times of Israel Staff`: the paper's staff, its own byline, when the words are no person's name (`Anna Staff`). */
const STAFF = new RegExp(String.raw`^(?:\S+\s+){1,4}${phrasesOf('staffWord')}$`, 'iu');
/** `Europe correspondent Isabella Higgins` (ABC News, Australia): the reporter's job before the names, which is no name. */
const ROLE_BEFORE_NAMES = new RegExp(String.raw`^(?:\S+\s+){0,3}?${phrasesOf('reporterRole')}\s+`, 'iu');

const FOLLOW_AFTER_NAMES = new RegExp(String.raw`\s+${phrasesOf('followButton')}$`, 'iu');
/** `By Sophiko Megrelidze, Associated Press` (HuffPost): past a comma, the agency the reporter writes for, as past a bar. */
const AGENCY_AFTER_COMMA = new RegExp(String.raw`,\s+${phrasesOf('wireAgency')}$`, 'u');
/** `By Tamar Gelashvili for RFA`, `… for the Guardian`: the outlet the story was written for, after the names; the outlet's, no name. */
const FOR_OUTLET = new RegExp(String.raw`\s+${phrasesOf('writingFor')}\s+(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}$`, 'u');

export function readByline(line: string): { authors: string[]; dateline?: string } | undefined {
  const from = BY_FROM.exec(line)?.groups?.names;
  if (from !== undefined) {
    const filed = FILED_AFTER_NAMES.exec(from);
    const names = filed ? from.slice(0, filed.index) : from;
    const read = readNames(names) ?? (AGENCY_INITIALS.test(names) ? { authors: [names] } : undefined);
    return read && { authors: read.authors, dateline: read.dateline ?? filed?.groups?.place };
  }
  const by = BY.exec(line);
  if (!by) return undefined;
  // `By Name | Euractiv.com`: the names, then the outlet's web address past a bar.
  // `By Anna Holt Follow` (the Wall Street Journal): the button to follow the reporter, glued to the name.
  const [names, ...rest] = by.groups!.names!.replace(FOLLOW_AFTER_NAMES, '').replace(FOR_OUTLET, '').replace(AGENCY_AFTER_COMMA, '').split(/\s+\|\s+/u);
  // `By Tamar Kiknadze | The Associated Press`: past a bar, the agency the reporter writes for, as papers print wire copy.
  if (!rest.every((piece) => isHostLine(piece) || isWireAgency(piece))) return undefined;
  const filed = FILED_AFTER_NAMES.exec(names!);
  const printed = filed ? names!.slice(0, filed.index) : names!;
  const afterRole = printed.replace(ROLE_BEFORE_NAMES, '');
  // `By Reuters Staff`: an agency's staff is the agency, no person so named (`Anna Staff` is one).
  const staffOf = STAFF.test(printed) ? printed.replace(/\s+\S+$/u, '') : undefined;
  if (staffOf !== undefined && isWireAgency(staffOf)) return { authors: [staffOf] };
  // `By AFP - Agence France Presse` (Barron's): the agency's initials, then its name in full past a dash.
  const [agency, fullName, ...more] = printed.split(/\s+[-–—]\s+/u);
  if (fullName !== undefined && more.length === 0 && isWireAgency(agency!) && isWireAgency(fullName)) return { authors: [agency!] };
  const read = readAuthors(printed) ?? (STAFF.test(printed) ? { authors: [] } : undefined) ?? (afterRole === printed ? undefined : readNames(afterRole));
  return read && filed ? { authors: read.authors, dateline: read.dateline ?? filed.groups!.place } : read;
}

/** A byline in the clipping's languages: `Door Closes On Georgian Bid` in English opens with no byline word (own-language-phrases.ts). */
const bylineIn = (line: string, options: ReadingOptions) => (opensWithOtherLanguagesPhrase('bylineWord', line, options.languages ?? []) ? undefined : readByline(line));

/** `Tbilisi,Georgia`, `TBILISI`: a place as a dateline prints it (a few capitalised words). */
const PLACE = /^[\p{Lu}\p{Lo}\p{Script=Georgian}][\p{L}.'’-]*(?:(?:,\s*|\s)[\p{Lu}\p{Lo}\p{Script=Georgian}][\p{L}.'’-]*){0,3}$/u;

/**
 * `ROMA`, `TBILISI, GEORGIA`: a place in capitals on a line of its own, as some outlets print it beside
 * the date. Two or three capitals alone (`AFP`, `EFE`) are an agency's initials, as on the date's
 * own line (besideDate), no place.
 */
export function readPlaceLine(text: string): string | undefined {
  return text === text.toUpperCase() && /\p{Lu}/u.test(text) && PLACE.test(text) && text.split(/[\s,]+/).length <= 3 && !AGENCY_INITIALS.test(text) ? text : undefined;
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
 * `image captionProtesters gathered...`, `Image source, Getty Images` (`Image source: …` on other pages), `Подпись к фото, ...`:
 * captions and credits printed as labelled lines (the BBC's services).
 */
const LABELLED_CAPTION = new RegExp(String.raw`^${phrasesOf('captionLabel')}\s*,?\s*(?<caption>\S.*)$`, 'iu');
const LABELLED_CREDIT = new RegExp(String.raw`^${phrasesOf('creditLabel')}\s*[,:]?\s*(?<credit>\S.*)$`, 'iu');
/**
 * The BBC's services print the byline as labelled lines under `Article information`: `Author, Anna
 * Keller` then `Role, BBC News`. The author is the byline; the role is the page's, as the heading is.
 */
const LABELLED_AUTHOR = new RegExp(String.raw`^${phrasesOf('authorLabel')}\s*,\s+(?<names>\S.*)$`, 'iu');

/**
 * `Photo: Name`, and with a slash for the colon: `Photo / AP` (NZ Herald); an abbreviated label's point is its mark: `Fot. Name` (TVN24);
 * a dash before a short credit that ends no sentence (Denník N: `Foto – Reuters`), where a sentence's dash (`the photo – taken …`) runs on.
 */
const PHOTO_LABEL = String.raw`${phrasesOf('photoLabel')}(?:\s+by)?(?:\s*${LABEL_MARK}|\s+\/|(?<=\.)\s|\s+[–-]\s+(?=[^.!?–]{1,60}$))\s*`;
/**
 * `<caption> Photo: <credit>`, or with the credit in parentheses: `<caption>. (Foto: <credit>)`, `(Photo by <credit>)` (the
 * Mail & Guardian; in brackets only, since `a photo by his friend` may end a sentence).
 */
const CAPTION = new RegExp(String.raw`^(?<caption>.*\S)\s+(?:\((?:${PHOTO_LABEL}|${phrasesOf('photoLabel')}\s+by\s+)(?<bracketed>[^()]*[^()\s])\)|${PHOTO_LABEL}(?<credit>\S.*))$`, 'iu');
/**
 * The label and `by` opening a sentence of its own after the caption's (Ghost: `… on Mtatsminda. Photo by Name / Unsplash`; Medium:
 * `… in Kakheti. Photo by the author.`): a caption and its credit. Past a sentence's end only: `a photo by his friend` is text.
 */
const CAPTION_THEN_CREDIT_BY = new RegExp(String.raw`^(?<caption>.*[\p{L}\d]{2}[.!?])\s+${phrasesOf('photoLabel')}\s+by\s+(?<credit>\S.*)$`, 'iu');
/** `Illustration by The Atlantic. Source: Name / AFP / Getty.`: the label and `by` opening a line of its own, the credit after them. */
const CREDIT_BY_LINE = new RegExp(String.raw`^${phrasesOf('photoLabel')}\s+by\s+(?<credit>\S.*)$`, 'iu');
/** `Фото: парламент Грузії (Getty Images)` (RBC-Ukraine): the label first, then the caption, the credit in brackets. */
const LABEL_FIRST_CAPTION = new RegExp(String.raw`^${PHOTO_LABEL}(?<caption>\S.*\S)\s+\((?<credit>[^()]*[^()\s])\)$`, 'iu');
/**
 * `Foto: REUTERS/Irakli Gedenidze` on a line of its own, under its caption (Der Standard): an agency and a photographer after the label.
 * NRC prints no mark after the label (`Foto Name/Reuters`): there the slash a few words on tells the credit from a sentence.
 */
const LABELLED_CREDIT_LINE = new RegExp(String.raw`^(?:${PHOTO_LABEL}|${phrasesOf('photoLabel')}\s+(?=[^/\s.!?][^/.!?]{0,60}\/))(?<credit>[^/\s][^/]*\/\s*\S.*)$`, 'iu');
/** `via Getty Images`: the service a photo came through, after its agency (`Name/AFP via Getty Images`, NPR). */
const THROUGH = String.raw`(?:\s${phrasesOf('creditThrough')}\s\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,2})?`;
/**
 * The agency alone on a line, as a photo's credit may be printed: in capitals (`EFE`, `REUTERS`,
 * `EPA-EFE`), or as dpa writes its name. Only where it stands tells it from a byline or a sign-off,
 * so the caller asks there; after the photo label (`Foto: EFE`) it is a credit wherever it stands (labelledCreditAlone).
 */
const AGENCY_ALONE = /^(?<agency>\p{Lu}{2,}(?:[-/]\p{Lu}{2,})*|dpa)$/u;
const PHOTO_AGENCY = new RegExp(String.raw`^${phrasesOf('photoAgency')}$`, 'iu');

/** The agency a line alone credits (AGENCY_ALONE, or a picture agency: `Getty Images`), or undefined. */
export const agencyAlone = (line: string): string | undefined => (AGENCY_ALONE.test(line) || PHOTO_AGENCY.test(line) ? line : undefined);
/** The picture service after the agency, past a slash or a dash: `AFP/Getty Images` (Time), `AFP - Getty Images` (NBC News). */
const PICTURE_SERVICE = String.raw`(?:\s?\/\s?|\s[-–]\s)Getty Images`;
/**
 * A photographer and an agency without a label, `Nino Beridze / Reuters`, `NINO BERIDZE / AFP`,
 * `Nino Beridze (EPA)`, alone or after the caption's sentence (past a bar: `… 2024. | NAME / AFP`, Ouest-France).
 * Time joins the photographer to the agency with a dash, no blanks around it (`Name—AFP/Getty Images`; `Por AFP — Tbilisi`
 * is a byline); NBC News' copy glues the credit to the caption's full stop (`… on Tuesday.Name / AFP - Getty Images`).
 */
const AGENCY_CREDIT = new RegExp(
  String.raw`^(?:(?<caption>.*[.!?])(?:\s+(?:\|\s+)?|(?=\p{Lu})))?(?<credit>\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3}(?:(?:\s*\/\s*|—)\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,2}(?:${THROUGH}|${PICTURE_SERVICE})|\s*\(\p{Lu}{2,}(?:[-/]\p{Lu}{2,})*(?:\sPhoto)?\)))$`,
  'u',
);
/**
 * `<caption>. AFP` (L'Express), and past a bar `<caption>. | REUTERS` (the Japan Times), where a longer name is no sign-off
 * (`… the bloc. REUTERS`, the Straits Times, under the text): the agency alone, in capitals, after the caption's sentence (a word's full stop: `1:35 p.m. EDT` is a time and its zone). */
const AGENCY_AFTER_CAPTION = /^(?<caption>.*[\p{L}\d]{2}[.!?])\s+(?:(?<credit>\p{Lu}{2,6}(?:-\p{Lu}{2,6})?)|\|\s+(?<bracketed>\p{Lu}{2,9}(?:-\p{Lu}{2,6})?))$/u;
/** `<caption>. Name, AFP via Getty Images` (USA Today): after the caption's sentence, the agency in capitals past a comma. */
const COMMA_AGENCY_CREDIT = new RegExp(String.raw`^(?<caption>.*[.!?])\s+(?<credit>\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3},\s\p{Lu}{2,}(?:-\p{Lu}{2,})?${THROUGH})$`, 'u');
/**
 * The photographer and agency in parentheses after the caption, unlabelled: `… mardi. (Nino Beridze/AFP)`, `… este martes (Name / AFP)`,
 * and the service it came through (the Washington Post: `(Name/AFP/Getty Images)`); a word after a comma says what kind of
 * photo it is, and is printed with the credit: `(AP Photo/Name, File)`, `(…, Pool)`.
 */
const BRACKETED_AGENCY_CREDIT = /^(?<caption>.*\S)\s+\((?<credit>\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3}(?:\s*\/\s*\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,2}){1,3}(?:,\s\p{Lu}\p{Ll}+)?)\)$/u;
/** The agency and the photographer in brackets past a colon, after the caption's sentence: `… as MPs voted. (Reuters: Irakli Gedenidze)` (ABC News, Australia). */
const BRACKETED_COLON_CREDIT = /^(?<caption>.*[.!?])\s+\((?<credit>\p{Lu}[\p{L}&.'’ ]{1,30}:\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})\)$/u;
/** The credit in capitals glued to the caption's full stop, photographer and agencies between slashes: `… on Tuesday.GIORGI ARJEVANIDZE/AFP/GETTY IMAGES` (the Globe and Mail). */
const GLUED_CAPITALS_CREDIT = /^(?<caption>.*\p{Ll}[.!?])(?<credit>\p{Lu}[\p{Lu}'’-]*(?:\s\p{Lu}[\p{Lu}'’-]*){0,3}(?:\/\p{Lu}[\p{Lu}&.-]*(?:\s\p{Lu}[\p{Lu}&.-]*){0,2}){1,3})$/u;
/** `<caption> - Copyright AFP Vano SHLAMOV` (Digital Journal): the word for the copyright sign past a dash, then the credit. */
const DASHED_COPYRIGHT_CREDIT = /^(?<caption>.*\S)\s+[-–—]\s+Copyright\s+(?<credit>\p{Lu}.*)$/u;
/** A news agency past a dash after the caption's sentence: `… on Tuesday. — Reuters` (Dawn). */
const DASHED_AGENCY_CREDIT = new RegExp(String.raw`^(?<caption>.*[.!?])\s+[—–]\s+(?<credit>${phrasesOf('wireAgency')})$`, 'iu');
/** The agency's own photo, no photographer, after the caption's sentence: `… May 28, 2024. (AFP Photo)`, `(AA Photo)` (Daily Sabah). */
const AGENCY_PHOTO_CREDIT = /^(?<caption>.*[.!?])\s+\((?<credit>\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2})\s+Photo\)$/u;
/**
 * The agencies first (one to three, in capitals or not), after the caption's sentence: `... May 13, 2024. REUTERS/Nino Beridze`,
 * `EPA-EFE/Name`, `… Tausende. Reuters/Irakli Gedenidze` (SRF), `APA/AFP/Name` (ORF); Reuters' pages follow it with a licensing link's text, which is the page's.
 */
const AGENCIES_THEN_PHOTOGRAPHER = String.raw`(?:(?:\p{Lu}{2,}(?:-\p{Lu}{2,})?|\p{Lu}\p{Ll}+)\/){1,3}\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}`;
const AGENCIES_FIRST_CREDIT = new RegExp(String.raw`^(?<caption>.*[.!?])\s+(?<credit>${AGENCIES_THEN_PHOTOGRAPHER})(?:\s+Purchase Licensing Rights(?:, opens new tab)?)?$`, 'u');
/** The same in brackets: `… en Tiflis. (Reuters/Irakli Gedenidze)` (El Confidencial). */
const BRACKETED_AGENCIES_FIRST_CREDIT = new RegExp(String.raw`^(?<caption>.*[.!?])\s+\((?<bracketed>${AGENCIES_THEN_PHOTOGRAPHER})\)$`, 'u');
/** The agency in capitals, then the photographer: `REUTERS/Nino Beridze`, `EPA-EFE/Name`, `EFE/ Name`. */
const AGENCY_THEN_NAME = String.raw`\p{Lu}{2,}(?:-\p{Lu}{2,})?\/\s?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}`;
/**
 * One agency in capitals first, after a caption with no full stop too (RTVE: `… en Tiflis EFE/Name`) or in
 * brackets (Infobae: `… en Tiflis (REUTERS/Name)`), since the agency's capitals and the slash end no sentence
 * (a capitalised `Tbilisi/Batumi` may end a headline, so AGENCIES_FIRST_CREDIT wants the caption's full stop).
 */
const AGENCY_FIRST_CREDIT = new RegExp(
  String.raw`^(?<caption>.*[^\s©])\s+(?:(?<credit>${AGENCY_THEN_NAME})(?:\s+Purchase Licensing Rights(?:, opens new tab)?)?|\((?<bracketed>${AGENCY_THEN_NAME})\))$`,
  'u',
);
/** An agency's or photographer's name in a credit: up to four capitalised words (`Getty Images`, `AFP`). */
const CREDITED_NAME = String.raw`\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,3}`;
/**
 * `Photo: Reuters`, `Foto: dpa`, `Фото: ТАСС`: the label and the credit alone, no caption printed. The label
 * is matched in any case; the credit, checked apart without the `i` flag, must be names (CREDITED_NAME) or an
 * agency that spells itself in lower case, so a label before a sentence (`Foto: Demonstranten vor dem …`) is none.
 */
const LABELLED_LINE = new RegExp(String.raw`^${PHOTO_LABEL}(?<credit>\S.*)$`, 'iu');
// or a stock site's web address, as Kazinform credits its pictures: `Фото: ru.freepik.com`
const CREDITED_ADDRESS = String.raw`[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,6}`;
const CREDIT_ALONE = new RegExp(String.raw`^(?:${CREDITED_NAME}|${phrasesOf('agencyInLowerCase')}|${CREDITED_ADDRESS})$`, 'u');

/** The credit of a `Photo: Reuters` line, or undefined. */
const labelledCreditAlone = (line: string): string | undefined => {
  const credit = LABELLED_LINE.exec(line)?.groups?.credit;
  return credit !== undefined && CREDIT_ALONE.test(credit) ? credit : undefined;
};
/**
 * `(AFP via Getty Images)`, `(Reuters)`, `(Name / AFP/Getty Images)`: a photo's credit in brackets on a line of its own, under
 * its caption (The Independent, the Los Angeles Times).
 * Without the `i` flag the table's phrases are matched with elsewhere: under it `\p{Lu}` would take
 * any letter, and a credit's names are capitalised.
 */
const BRACKETED_CREDIT_LINE = new RegExp(String.raw`^\((?<credit>${CREDITED_NAME}(?:\s${phrasesOf('creditThrough')}\s${CREDITED_NAME}|(?:\s?\/\s?${CREDITED_NAME}){1,2})?)\)$`, 'u');
/** `Foto: Giorgi Arjevanidze (AFP)` on a line of its own, under its caption (Tages-Anzeiger): the photographer after the label, the agency in brackets. */
const LABELLED_BRACKETED_CREDIT = new RegExp(String.raw`^${PHOTO_LABEL}(?<credit>${CREDITED_NAME}\s\(${CREDITED_NAME}\))$`, 'iu');
/**
 * The photo's agencies and photographer in square brackets after the caption, joined by a dash or a
 * slash: `… l'influence étrangère". [Keystone - EPA/David Mdzinarishvili]` (RTS).
 */
const JOINED_CREDIT_IN_SQUARE = new RegExp(String.raw`^(?<caption>.*\S)\s+\[(?<bracketed>${CREDITED_NAME}(?:(?:\s[-–]\s|\s?\/\s?)${CREDITED_NAME}){1,3})\]$`, 'u');
/**
 * A photographer and the agency in capitals past a dash, on a line of their own under the caption:
 * `GIORGI ARJEVANIDZE - AFP` (La Nación). In capitals only: `Ana Sousa - RTP` is a byline (RTP).
 */
const CAPITALS_DASH_AGENCY = /^(?<credit>\p{Lu}[\p{Lu}'’-]*(?:\s\p{Lu}[\p{Lu}'’-]*){1,3}\s[-–]\s\p{Lu}{2,}(?:[-/]\p{Lu}{2,})*)$/u;
/**
 * The agencies and photographer between spaced slashes in brackets after the caption, some in lower
 * case: `… in Tiflis (picture alliance / AP / Zurab Tsertsvadze)` (Deutschlandfunk). The spaced
 * slashes tell a credit from a bracketed aside (`(Tiflis/Batumi)`).
 */
const SLASHED_CREDIT_IN_BRACKETS = /^(?<caption>.*\S)\s+\((?<credit>\p{L}[\p{L}&.'’-]*(?:\s\p{L}[\p{L}&.'’-]*){0,3}(?:\s\/\s\p{L}[\p{L}&.'’-]*(?:\s\p{L}[\p{L}&.'’-]*){0,3}){1,3})\)$/u;
/** `<caption> / фото REUTERS` (UNIAN): the photo label after a slash, no colon. */
const SLASHED_PHOTO_CREDIT = new RegExp(String.raw`^(?<caption>.*\S)\s+\/\s+${phrasesOf('photoLabel')}:?\s+(?<credit>\p{Lu}.*)$`, 'iu');
/**
 * `Quelle: AFP/GIORGI ARJEVANIDZE` (Die Welt): under a source label, an agency and a photographer are a photo's credit;
 * an editor's initials after the slash are sign-off codes, no photographer (CNA: `Source: Reuters/fs`, body-facts.ts).
 */
const SOURCE_CREDIT = new RegExp(String.raw`^${phrasesOf('sourceLabel')}\s*${LABEL_MARK}\s*(?<credit>[^/\s][^/]*\/\s*(?!\p{L}{2,4}$)\S.*)$`, 'iu');
/**
 * `© РИА Новости / Нино Беридзе`, `© APA/AFP/GIORGI ARJEVANIDZE` (Kurier): a photo's agencies and
 * photographer between slashes (RIA), not the page's copyright footer, which names a year.
 */
const PHOTO_COPYRIGHT = /^©\s*(?<credit>[^\d/©]*[^\d\s/©](?:\s*\/\s*[^\d/©]*[^\d\s/©])+)$/u;
/**
 * The credit after the caption with the copyright sign: `… en Kakhétie. © Nino Beridze / AFP`, or
 * after a caption that is no sentence, `Manifestanti davanti al Parlamento © ANSA/EPA` (ANSA), when
 * the credit names no year (a footer's `© 2024 …` is chrome).
 */
const COPYRIGHT_CREDIT = /^(?<caption>.*[.!?])\s+©\s*(?<credit>\p{L}.*)$|^(?<plain>.*\S)\s+©\s*(?<agency>\p{L}[^\d©]*)$/u;
/**
 * A caption that is no sentence with its agency in brackets, `Manifestanti davanti al Parlamento
 * (Ansa)` (Corriere): read only right over the text's first paragraph, since a headline may end
 * in a bracketed word too.
 */
const AGENCY_IN_BRACKETS = /^(?<caption>\S+(?:\s\S+){2,}[^.!?\s])\s+\((?<credit>\p{Lu}[\p{L}-]+)\)$/u;

/** The same after a dash: `Manifestanti a Tbilisi contro la legge - Reuters` (Avvenire). */
const AGENCY_AFTER_DASH = /^(?<caption>\S+(?:\s\S+){2,}[^.!?\s])\s+[-–—]\s+(?<credit>\p{Lu}[\p{L}-]+)$/u;

export function readCaptionOverText(line: string): LineFacts | undefined {
  const groups = (AGENCY_IN_BRACKETS.exec(line) ?? AGENCY_AFTER_DASH.exec(line))?.groups;
  return groups && { caption: groups.caption!, credit: groups.credit! };
}

/** A photographer and agency joined by a slash, and the service it came through: `Irakli Gedenidze/Reuters`, `VANO SHLAMOV/AFP via Getty Images` (Al-Monitor). */
const PHOTOGRAPHER_AGENCY = String.raw`\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3}\s?\/\s?\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,2}${THROUGH}`;
/**
 * The photographer and agency after a caption that is no sentence, past a dash (`… em Tbilisi -
 * Irakli Gedenidze/Reuters`: Folha) or in square brackets (`… on November 30, 2024 [Irakli
 * Gedenidze/Reuters]`: Al Jazeera, which may write `File:` before it).
 */
const DASHED_OR_SQUARE_CREDIT = new RegExp(String.raw`^(?<caption>.*\S)\s+(?:[-–—]\s+(?<credit>${PHOTOGRAPHER_AGENCY})|\[(?:File:\s*)?(?<bracketed>${PHOTOGRAPHER_AGENCY})\])$`, 'u');
/**
 * `<caption>Credit...<credit>` (copying glues it to the caption's last word), `<caption> Credit: <credit>`,
 * `<caption> | Photo Credit: <credit>` (the Hindu), `<caption>. Photo credit: AFP` (Daily Nation), or a credit alone. Only capitalised: "tightened
 * credit: loans fell" is a sentence.
 */
const CREDIT = /^(?:(?<caption>.*?\S)\s*\|?\s*)?(?:Photo\s+[Cc]redit|Credit)(?:\.{3}|…|:)\s*(?<credit>\S.*)$/u;

/**
 * Who translated the article (`Translation by Name`, `Перевод: Name`): printed text, and no byline,
 * since the article schema has no translator and a translator is not an author. It stays in the body.
 */
const TRANSLATOR_CREDIT = new RegExp(String.raw`^${phrasesOf('translatorCredit')}\s*${LABEL_MARK}?\s+\p{Lu}`, 'iu');

export const isTranslatorCredit = (line: string) => TRANSLATOR_CREDIT.test(line.trim());

/** `Reporting from Tbilisi, Georgia`: where the reporter filed from, on a line of its own. */
const REPORTING_FROM = new RegExp(String.raw`^${phrasesOf('reportingFrom')}\s+(?<place>\p{Lu}[^.!?]*)$`, 'iu');

/** The place of a `Reporting from Tbilisi, Georgia` line, when the line is only that. */
export const reportingFrom = (line: string) => REPORTING_FROM.exec(line)?.groups?.place;

/** Separators between facts on one line: `|`, `/`, `·`, `•`, `●` (the Jakarta Post), dashes, commas; a point closing a fact (Le Temps: `… à 16:42. / Modifié …`). */
const trimSeparators = (text: string) => text.replace(/^[\s|/·•●,–—-]+|[\s|/·•●,–—.-]+$/gu, '');

/** A weekday and a separator before a date: `الثلاثاء - `. */
const WEEKDAY_BEFORE = /^(?<name>\p{L}+)\s*[,،–—-]\s*/u;

/** The whole text is a date in a calendar the importer does not read, its weekday perhaps before it. */
function isOtherCalendarDate(text: string, options: ReadingOptions): boolean {
  const weekday = WEEKDAY_BEFORE.exec(text);
  const date = weekday && namesWeekday(weekday.groups!.name!, options) ? text.slice(weekday[0].length) : text;
  try {
    readDateAt(date, options);
    return false;
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
 * (read-clipping.ts asks --date for it). Only with a time: a menu's `Today` is no date.
 */
const RELATIVE_DATE = new RegExp(
  String.raw`^(?:${phrasesOf('publishedLabel')}\s*:?\s+)?(?<date>${phrasesOf('relativeDay')},?\s+(?:${phrasesOf('timeWord')}\s+)?(?<time>\d{1,2}[:.h]\d{2}))` +
    String.raw`(?:,?\s+${phrasesOf('updateLabel')}\s+(?:${phrasesOf('timeWord')}\s+)?(?<update>\d{1,2}[:.h]\d{2}))?$`,
  'iu',
);

/** The printed relative date, its time as `HH:MM` and the update's time printed after it, or undefined when the text is none. */
export function readRelativeDate(text: string): { text: string; time: string; update?: string } | undefined {
  const groups = RELATIVE_DATE.exec(text.trim())?.groups;
  if (!groups) return undefined;
  const [hour, minute] = groups.time!.split(/[:.h]/u);
  return { text: groups.date!, time: `${hour!.padStart(2, '0')}:${minute}`, update: groups.update };
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
 * News): the section the story is filed under, not where it was written.
 */
const SECTION_AFTER_DATE = new RegExp(String.raw`^\s*(?:[–—-]\s*${phrasesOf('sectionName')}|\|\s*${phrasesOf('sectionName')}(?:,\s*\p{L}+)*)$`, 'iu');

/** A date printed after its time: `18:42 28. května 2024`. */
const TIME_FIRST = /^\d{1,2}[:.h]\d{2}\s/u;

/** `page 7` after the date: the print edition's page the article ran on, no place (the Taipei Times). */
const PRINT_PAGE = new RegExp(String.raw`^${phrasesOf('printPage')}\s+\d{1,3}$`, 'iu');

/** Universal time's names, alone. */
const UTC_NAME = /^(?:GMT|UTC)$/u;

/** What text around a date on one line can be: nothing, a label, a byline, a masthead, chrome or a place. */
function besideDate(text: string, mastheads: readonly string[], facts: LineFacts, where: 'before' | 'after', options: ReadingOptions): boolean {
  const part = trimSeparators(text);
  if (part === '' || isChrome(part) || mastheads.some((masthead) => masthead.toLowerCase() === part.toLowerCase())) return true;
  // The paper's web site standing for its name before the date, as its own byline, with an agency it drew on too (no
  // author): `guardian.co.uk, Tuesday 6 November 2012 18.42 GMT`, `LEMONDE.FR avec AFP | 06.11.2012 à 18h42`.
  if (where === 'before' && isHostLine(part.replace(WITH_AGENCY, ''))) return true;
  // `AFP / Updated:` (the Times of India): pieces between slashes or bars, each one of these; an
  // agency's initials (two or three capitals) there are its byline.
  // `Madrid / Tiflis - 28 may 2024` (El País): the places its reporters wrote from, slashed, past a dash: one dateline.
  const places = part.split(/\s*\/\s*/u);
  if (where === 'before' && places.length > 1 && /[–—-]\s*$/u.test(text) && places.every((place) => PLACE.test(place))) {
    facts.dateline = part;
    return true;
  }
  const pieces = where === 'before' ? part.split(/\s+[|/]\s+/u) : [part];
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
  const update = where === 'after' ? readFactLine(part.replace(/^\((.*)\)$/u, '$1'), [], options)?.date : undefined;
  if (update?.updated) {
    facts.update = update.text;
    return true;
  }
  const byline = bylineIn(part, options);
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
  if (where === 'after' && PRINT_PAGE.test(part)) return true;
  // `February 23, 2021 GMT` (AP): the zone the page shows its dates in, after a date with no time, which it does not change.
  if (where === 'after' && UTC_NAME.test(part) && !/\d[:.h]\d{2}/u.test(facts.date!.text)) return true;
  // `16:02, UK` (Sky News): two capitals after the time say which country's time it is, not where the story was written.
  if (where === 'after' && /^\p{Lu}{2}$/u.test(part) && /\d[:.h]\d{2}$/u.test(facts.date!.text)) return true;
  const capitals = part === part.toUpperCase();
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
  if ((separated || slashed || (where === 'before' && capitals) || beforeTime) && PLACE.test(part) && part.split(/[\s,]+/).length <= 3) {
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

/**
 * The forms a photo's caption and credit take on a line, in the order they are tried: the first that
 * matches reads the line. Each names its parts `caption` (or `plain`), `credit`, `bracketed` or
 * `agency`; a form before another is the more specific of two that can match the same line.
 */
const CAPTION_FORMS: readonly RegExp[] = [
  CAPTION,
  CREDIT_BY_LINE,
  CAPTION_THEN_CREDIT_BY,
  LABELLED_CREDIT_LINE,
  SLASHED_PHOTO_CREDIT,
  SOURCE_CREDIT,
  CREDIT,
  AGENCY_CREDIT,
  COMMA_AGENCY_CREDIT,
  AGENCY_AFTER_CAPTION,
  BRACKETED_AGENCY_CREDIT,
  BRACKETED_COLON_CREDIT,
  DASHED_AGENCY_CREDIT,
  DASHED_COPYRIGHT_CREDIT,
  GLUED_CAPITALS_CREDIT,
  AGENCY_PHOTO_CREDIT,
  AGENCIES_FIRST_CREDIT,
  AGENCY_FIRST_CREDIT,
  COPYRIGHT_CREDIT,
  DASHED_OR_SQUARE_CREDIT,
  BRACKETED_CREDIT_LINE,
  LABELLED_BRACKETED_CREDIT,
  SLASHED_CREDIT_IN_BRACKETS,
  JOINED_CREDIT_IN_SQUARE,
  BRACKETED_AGENCIES_FIRST_CREDIT,
  CAPITALS_DASH_AGENCY,
];

const firstMatch = (forms: readonly RegExp[], line: string): RegExpExecArray | undefined => {
  for (const form of forms) {
    const match = form.exec(line);
    if (match) return match;
  }
  return undefined;
};

/**
 * A byline's label alone on its line, the names on the next (`Автор`, then `Иван Смирнов`): a fact
 * line that states nothing itself, but no chrome that would end the article's text.
 */
const AUTHOR_LABEL = new RegExp(String.raw`^${phrasesOf('authorLabel')}\s*${LABEL_MARK}?$`, 'iu');

export const isAuthorLabel = (line: string): boolean => AUTHOR_LABEL.test(line);

/**
 * The facts a header or trailer line states, or undefined when it is text (a title, a paragraph).
 * `chrome: true` marks a line that states nothing but is not article text either.
 */
export function readFactLine(line: string, mastheads: readonly string[], options: ReadingOptions): (LineFacts & { chrome?: true }) | undefined {
  const photoCopyright = PHOTO_COPYRIGHT.exec(line);
  if (photoCopyright) return { credit: photoCopyright.groups!.credit! };
  if (isChrome(line) || isMasthead(line, mastheads) || isAuthorLabel(line)) return { chrome: true };
  const filedFrom = paperDateline(line, mastheads);
  if (filedFrom) return filedFrom;
  if (PHOTO_AGENCY.test(line)) return { credit: line };
  const labelled = LABELLED_CAPTION.exec(line) ?? LABELLED_CREDIT.exec(line);
  // A labelled caption may end in its credit: `Legende: <caption>. Reuters/Name` (SRF).
  const captionWithCredit = labelled?.groups?.caption ? AGENCIES_FIRST_CREDIT.exec(labelled.groups.caption) : undefined;
  if (captionWithCredit) return { caption: captionWithCredit.groups!.caption!, credit: captionWithCredit.groups!.credit! };
  if (labelled) return { ...labelled.groups };
  // Names before the brackets are the photographer's, and the brackets their agency's or paper's (`Фото: Віталій Носач (РБК-Україна)`): one credit.
  const labelFirst = LABEL_FIRST_CAPTION.exec(line)?.groups;
  if (labelFirst && /^\p{Lu}/u.test(labelFirst.credit!)) return readNames(labelFirst.caption!) ? { credit: `${labelFirst.caption} (${labelFirst.credit})` } : { caption: labelFirst.caption!, credit: labelFirst.credit! };
  const creditAlone = labelledCreditAlone(line);
  if (creditAlone !== undefined) return { credit: creditAlone };
  const caption = firstMatch(CAPTION_FORMS, line);
  if (caption) {
    // A dash or bar between the caption and its label is the page's separator (`… em Tbilisi — Foto: Name`, g1; `… v Tbilisi | Foto: Name`, iROZHLAS).
    const captionText = (caption.groups!.caption ?? caption.groups!.plain)?.replace(/\s+[|—–-]$/u, '');
    const facts: LineFacts = captionText === undefined ? {} : { caption: captionText };
    let credit = caption.groups!.credit ?? caption.groups!.bracketed ?? caption.groups!.agency!;
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
  const relative = readRelativeDate(line);
  if (relative) return { date: { text: relative.text, updated: false }, ...(relative.update === undefined ? {} : { update: relative.update }) };
  const updateTime = UPDATE_TIME.exec(line)?.groups;
  if (updateTime && (updateTime.zone === undefined || ZONE_LETTERS.test(updateTime.zone))) return { date: { text: updateTime.time!, updated: true } };
  const twice = datePrintedTwice(line, options);
  if (twice) return { date: { text: twice, updated: false } };
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
  const byline = labelledAuthor ? readNames(labelledAuthor.groups!.names!) : bylineIn(withoutPaperAfter(line, mastheads), options);
  return byline && { authors: byline.authors, dateline: byline.dateline };
}

/**
 * `By Landon Mion Fox News` (Fox News): the paper's own name right after the byline's last name, which the copy joins to
 * it; past a bar (`By Name | Euractiv.com`) readByline reads it.
 */
function withoutPaperAfter(line: string, mastheads: readonly string[]): string {
  const masthead = mastheads.find((name) => line.toLowerCase().endsWith(` ${name.toLowerCase()}`) && /\p{L}$/u.test(line.slice(0, -name.length - 1)));
  return masthead === undefined ? line : line.slice(0, -masthead.length - 1);
}
