import { AGE_IN_UNITS } from './feed-entry-line.ts';
import { MAIL_ADDRESS } from './host-line.ts';
import { PAGE_ADDRESS_LABEL } from './page-address-line.ts';
import { LABEL_MARK, phrasesOf } from './printed-phrases.ts';

/**
 * Lines of a clipping that are the web page's, not the article's: navigation, controls and labels,
 * reading times, counters, footers, and the headings that start the page's lists of links. They
 * are kept in the original, never in the body.
 */

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
const CONTROL = phrasesOf('shareButton', 'listenButton', 'dismissButton', 'newBadge', 'textSizeButton', 'continueReading', 'originalPageLink', 'loadingIndicator', 'backToTop', 'bylineBlockHeading', 'captionToggle', 'advertisement', 'newsDesk', 'subscribersOnly', 'outletPromo', 'topicPageLink', 'pullQuoteMark', 'deviceSignature', 'epaperDistributor');
const CONTROLS: RegExp[] = [
  // a share bar's label may end in a colon: `Поділитися:`; a label may stand between dashes (WordPress's Newspaper theme: `- Advertisement -`)
  new RegExp(`^(?:[-–—]\\s*)?${CONTROL}\\s*${LABEL_MARK}?(?:\\s*[-–—])?$`, 'iu'),
  // the buttons of older sites on one line between bars (Civil Georgia in 2009: `Print | E-mail to a friend`)
  new RegExp(String.raw`^(?:${CONTROL}\s*[|·•]\s*)+${CONTROL}$`, 'iu'),
  // a newsletter's promotion between paragraphs, its call to sign up closing its sentence
  new RegExp(String.raw`(?:^|[.!?]\s+)${phrasesOf('signUpHere')}\.?$`, 'iu'),
  // the button beside an author's name: `+ FOLLOW`
  FOLLOW_BUTTON,
  // the logo's link, after the outlet's name: `Sky News - back to home`
  new RegExp(String.raw`^(?:[^–—|-]{1,40}\s[–—|-]\s)?${phrasesOf('frontPageLink')}$`, 'iu'),
  // the label over a photo's caption, alone: `Image:`
  new RegExp(String.raw`^${phrasesOf('photoLabel')}\s*${LABEL_MARK}$`, 'iu'),
  // a call to follow the author or the paper, alone on its line or with its links' labels (`Follow @KWhitfieldBV on X`
  // between a Reuters Breakingviews column and its `CONTEXT NEWS` box; `Follow Name on LinkedIn, opens new tab and X,
  // opens new tab.`): a sentence of the text that begins so goes on after it
  new RegExp(String.raw`^${phrasesOf('followCall')}(?:\s*opens new tab(?: and [\p{L} ]+, opens new tab)?\.?)?$`, 'iu'),
  // an audio player's position and length: `00:00/03:12`
  /^\d{1,2}:\d{2}(?::\d{2})?\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?$/u,
  // the site's way to report a typo, in a line of its own ending on the keys to press, in any language (Kaktus.media:
  // `Нашли ошибку? Выделите текст и нажмите Ctrl+Enter`)
  /^[^.!?]{0,60}[?!.]?[^.!?]{0,60}\bCtrl\s*\+\s*Enter\.?$/iu,
];

const ROLE = String.raw`^(?:\p{L}+\s+){0,3}${phrasesOf('reporterRole')}`;
/**
 * The reporter's job alone under the byline, up to three words before it: `Staff Writer` (the Los Angeles Times),
 * `Correspondent` (Daily Nation), `Seattle Times staff reporter`.
 */
const ROLE_LINE = new RegExp(`${ROLE}$`, 'iu');
export const isRoleLine = (line: string): boolean => ROLE_LINE.test(line);
/**
 * The reporter's job and where they work from (the New Humanitarian: `Freelance journalist based in Tbilisi`): read only
 * in a byline's stack, since a sub-heading of the text may read so too (`Editor detained at the border`).
 */
const ROLE_AND_BASE = new RegExp(String.raw`${ROLE}(?:\s+\p{L}+){1,4}$`, 'iu');
export const isRoleAndBase = (line: string): boolean => ROLE_AND_BASE.test(line);

/**
 * The author's job and the part of the house they work in, past a comma (Chatham House: `Senior Research Fellow, Russia
 * and Eurasia Programme`): read only right under the author's name, as a sub-heading may read so too.
 */
const ROLE_AND_UNIT = new RegExp(String.raw`${ROLE},(?:\s+[\p{L}&’'-]+){1,6}$`, 'iu');
/**
 * The author's job, the desk, and the paper's name in quotes (Nezavisimaya Gazeta: `Обозреватель отдела политики «НГ»`,
 * `Заместитель главного редактора «НГ»`): read only right under the author's name, as ROLE_AND_UNIT is.
 */
const ROLE_AT_PAPER = new RegExp(String.raw`${ROLE}(?:\s+[\p{L}-]+){0,4}\s+[«"“„][^«»"“”„]{1,40}[»"”“]$`, 'iu');
export const isRoleAndUnit = (line: string): boolean => ROLE_LINE.test(line) || ROLE_AND_UNIT.test(line) || ROLE_AT_PAPER.test(line);

const ARTICLE_KIND = new RegExp(String.raw`^${phrasesOf('articleKind')}$`, 'iu');

/** `News`, `Analysis`: the kind of article, which a site's menu lists among its sections too (OC Media). */
export const isArticleKind = (line: string): boolean => ARTICLE_KIND.test(line);

/**
 * `Home`, `الرئيسية` alone on a line: a breadcrumb trail's first link, the trail copied a link a line (section-label.ts), or
 * a site's menu's first item, which is no chrome: the menu is told by its run of short lines, this one among them.
 */
const HOME_LINK_ALONE = new RegExp(String.raw`^${phrasesOf('homeLink')}$`, 'iu');
export const isHomeLinkAlone = (line: string): boolean => HOME_LINK_ALONE.test(line);

/** Lines that are the web page's, not the article's: kept in the original, never in the body. */
const CHROME: RegExp[] = [
  ...CONTROLS,
  // a reading time, or a range of them as Firefox's reader view prints it over the text: `3–4 minutes`; after a bullet
  // (Ghost's themes: `• 4 min read`) or after its icon's name, which a copy takes as text from an icon font's ligature,
  // in English whatever the page's language (the Toronto Star: `timer3 min. read`, glued to the date before it)
  new RegExp(String.raw`^(?:[•·]\s*|(?:timer|schedule|access_time)\s*)?\d+(?:\s*[–-]\s*\d+)?\s*${phrasesOf('readingTimeUnit')}\.?\s*${phrasesOf('readingTimeWord')}?$`, 'iu'),
  // a player's length beside its button: `(2 min)` (the Wall Street Journal)
  new RegExp(String.raw`^\(\d+\s*${phrasesOf('readingTimeUnit')}\.?\)$`, 'iu'),
  // how long ago the page was published or updated: `Updated an hour ago`, `/ in 5 years`, `Atualizado há 2 anos`
  new RegExp(String.raw`^[/|·•]?\s*${phrasesOf('timeAgo')}$`, 'iu'),
  // the same in a reader's or an aggregator's short units, alone on its line (MSN under `Story by Reuters`, after its bullet: `5mo`)
  new RegExp(String.raw`^(?:[·•]\s*)?${AGE_IN_UNITS}$`, 'u'),
  // view, comment and like counters: a symbol, a number, or both; the number's thousands may be grouped (the Guardian: `1,234`),
  // with a blank too, as Georgian and Russian pages print them (Frontnews: `1 523`)
  /^[\p{So}\p{Sk}\uFE0F\s]*(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d*)[\p{So}\p{Sk}\uFE0F\s]*$/u,
  // a counter with nothing to count yet: Medium's claps before any (`--`, over and under the text)
  /^--$/u,
  // who made the page's video, in the header: `Video by: FRANCE 24`
  new RegExp(String.raw`^${phrasesOf('videoCredit')}\s*${LABEL_MARK}?\s*\S.*$`, 'iu'),
  // the cookie banner a whole page's copy holds: its buttons, and its sentence (Reuters: `By clicking “Accept All Cookies”,
  // you agree to the storing of cookies on your device …`)
  new RegExp(`^${phrasesOf('cookieButton')}$`, 'iu'),
  new RegExp(String.raw`(?<!\p{L})${phrasesOf('cookieNotice')}(?!\p{L})`, 'iu'),
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
  new RegExp(String.raw`^${MAIL_ADDRESS}$`, 'u'),
  ROLE_LINE,
  // a short link to the page itself: `https://p.dw.com/p/4fXyZ`; the page's address under a print view's text, after its label
  // or under it (page-address-line.ts)
  new RegExp(String.raw`^(?:${PAGE_ADDRESS_LABEL}(?:\s*https?:\/\/\S+)?|https?:\/\/\S+)$`, 'iu'),
  // a plugin's note, the print edition's note under a web article (`A version of this article appears in print on
  // May 29, 2024, Section A, Page 9 …`: on a saved page it shares its element with `Order Reprints | Today’s Paper`),
  // an agency's statement of principles (`Our Standards: The Thomson Reuters Trust Principles.`): page furniture
  // that the kept original holds
  new RegExp(`^${phrasesOf('alsoAvailableIn', 'outletNote')}`, 'iu'),
  new RegExp(`^${phrasesOf('broadcastOn')}$`, 'iu'),
  // the site's number for the story after its label, in the page's digits: `کد خبر ۸۵۰۱۲۳`
  new RegExp(String.raw`^${phrasesOf('storyNumberLabel')}\s*${LABEL_MARK}?\s*\p{Nd}+$`, 'iu'),
  // the categories a blog theme prints under the text, names alone after its label: `Posted in News`
  new RegExp(String.raw`^${phrasesOf('filedUnder')}\s+[\p{L}\d&'’ -]{1,40}(?:,\s*[\p{L}\d&'’ -]{1,40}){0,5}$`, 'iu'),
  // or after a word in lower case (categoriesIn), the names capitalised: `in Armenia, Community, Featured`
  new RegExp(String.raw`^${phrasesOf('categoriesIn')}\s+\p{Lu}[\p{L}\d&'’ -]{0,39}(?:,\s*\p{Lu}[\p{L}\d&'’ -]{0,39}){0,5}$`, 'u'),
  // the print edition's issue, after the paper's name: `Российская газета - Федеральный выпуск: №115(9358)`; its
  // number alone, the running count in brackets, before the issue's date on the Messenger's archive pages: `#075 (1091)`
  new RegExp(String.raw`^(?:(?:[^–—-]{1,40}\s[–—-]\s)?${phrasesOf('printIssue')}\s*:?\s*)?[№#]\s*\d+(?:\s*\(\d+\))?$`, 'iu'),
  // the periodical, its volume and issue, after a label (the Jamestown Foundation: `Publication: Eurasia Daily Monitor Volume: 21
  // Issue: 80`): where the article ran, a record of the paper's series that the article's source already names
  new RegExp(String.raw`^(?:\p{L}+\s*:\s*)?[^:]{2,60}\s${phrasesOf('printVolume')}\s*:?\s*\d+\s*,?\s+${phrasesOf('printIssue')}\s*:?\s*\d+$`, 'iu'),
  // One way only to split the blanks between phrases: `\s*[|·•]?\s*` had 2^n and hung on a long line.
  new RegExp(String.raw`^(?:(?:${NAVIGATION})(?:\s*[|·•])?\s*)+$`, 'iu'),
  // the reporter's role in the BBC's byline block (LABELLED_AUTHOR)
  new RegExp(String.raw`^${phrasesOf('bylineRoleLabel')}\s*,\s+\S`, 'iu'),
  // but not a photographer's name under the label, the photo's credit (the Kölner Stadt-Anzeiger: `Copyright: Alexander Schwaiger`),
  // nor a photo's label after the sign (Le360 under its caption: `© Copyright : DR`)
  new RegExp(String.raw`^(?:©(?!\s*${phrasesOf('photoLabel')}\s*${LABEL_MARK})|\(c\)\s|copyright\b(?!:\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$))|^(?:\S+\s+){1,3}©`, 'iu'),
  // the paper's desk after its name, not a reporter: `T24 Dış Haberler`; as a byline: `Text by NEWS WIRES` (France 24)
  new RegExp(String.raw`^\S+\s+${phrasesOf('newsDesk')}$`, 'iu'),
  new RegExp(String.raw`^${phrasesOf('bylineWord')}\s+${phrasesOf('newsDesk')}$`, 'iu'),
  // an institution's press office, the issuing body, no reporter: `Press and information team of the Delegation to Georgia`
  // (the EEAS), `Пресс-служба МИД России`; a few words and no sentence, which its statement in the text would be
  new RegExp(String.raw`^${phrasesOf('pressOffice')}(?:\s+[^\s.!?:]+){0,8}$`, 'iu'),
  // the newsroom as a whole, not a reporter: `Redazione ANSA`, `di Redazione Web` (Il Messaggero), `Por Redação, com agências`,
  // `Por: Redacción Internacional` (El Tiempo, its byline word labelled)
  new RegExp(String.raw`^(?:${phrasesOf('bylineWord')}\s*${LABEL_MARK}?\s+)?${phrasesOf('newsroomOf')},?\s+\S+(?:\s+\S+)?$`, 'iu'),
  // who edited the page (`Editor: Liu Wei`, Xinhua): no author, and no article text
  new RegExp(String.raw`^${phrasesOf('pageEditorLabel')}\s*${LABEL_MARK}\s*[\p{Lu}\p{Lo}][\p{L}.'’ -]*$`, 'iu'),
  // who edited the story, under the byline (`Edited By Alex Sundby`, CBS News): no author either; a credit closing the
  // text ends its sentence with a full stop (`Edited by Malcolm Foster.`, RFA) and stays the text's
  new RegExp(String.raw`^${phrasesOf('editedBy')}\s+\p{Lu}[\p{L}.'’ -]*\p{L}$`, 'iu'),
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

/**
 * A press release's end mark (UNICEF: `###`; `-30-`): its text ends there, whatever follows (the press office's contacts,
 * the organisation's note about itself, `About UNICEF`, in sentences).
 */
export const isReleaseEnd = (line: string): boolean => /^(?:#{3}|-30-)$/u.test(line);
export const startsTrailer = (line: string): boolean => TRAILER_START.test(line) || TOPICS_LINE.test(line);

/**
 * `Read also`, or `Читайте також: <headline>` with its one link on its line (a headline: no full stop, which a sentence of
 * the text has), or past a bar: `Lire aussi | <headline>` (Le Monde), or with a link's arrow: `Read More »` (Middle East Eye).
 */
const READ_ALSO = new RegExp(String.raw`^${phrasesOf('readAlsoHeading')}\s*(?:[»›→]|[:|]\s*\S.*[^.;:])?$`, 'iu');
/**
 * The heading glued to its one link by a browser's copy, no space between them (France 24: `Read moreGeorgia's pro-EU
 * president …`, `Lire aussiEn Géorgie, …`): the heading's last letter in lower case right against the link's capital.
 */
const READ_ALSO_GLUED = new RegExp(String.raw`^${phrasesOf('readAlsoHeading')}(?<link>\S.*[^.;:])$`, 'iu');
const gluedReadAlso = (line: string): boolean => {
  const link = READ_ALSO_GLUED.exec(line)?.groups?.link;
  return link !== undefined && /\p{Ll}$/u.test(line.slice(0, line.length - link.length)) && /^\p{Lu}/u.test(link);
};
/** `Related: <headline>` between paragraphs (the Guardian): one link on its line under a list's heading. */
const RELATED_LINK = new RegExp(String.raw`^${phrasesOf('relatedHeading')}\s*:\s*\S.*[^.;:]$`, 'iu');

/** A list of links to other articles that may stand between the text's paragraphs begins here. */
export const startsReadAlso = (line: string): boolean => READ_ALSO.test(line) || gluedReadAlso(line) || RELATED_LINK.test(line);

export const isChrome = (line: string): boolean => CHROME.some((pattern) => pattern.test(line));

/** A control or label of the page (CONTROLS): chrome even between the article's paragraphs (`Anzeige`, `Haberin Devamı`). */
export const isControl = (line: string): boolean => CONTROLS.some((pattern) => pattern.test(line));
