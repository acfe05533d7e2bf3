import { isArticleKind, isChrome, isReleaseEnd, startsReadAlso, startsTrailer } from './chrome-lines.ts';
import { couldSign, signsText } from './footer-links.ts';
import { isHeadlineInCapitals } from './headline-in-capitals.ts';
import { endsInEditorSignOff, isMenuItem, isParagraph, type Item, MENU_RUN, wordCount } from './layout-item.ts';
import { matchCaptionForm } from './photo-credit-lines.ts';
import { STATEMENT_END } from './sentence-end.ts';
import { areTopicTags, isTagShaped, namesTopicOf, wordsOf } from './topic-tags.ts';

/**
 * The page's lists around an article's text, as a browser's copy holds them: the lists of links set
 * into the text (`Read also`), and where the lists, menus and tags under the text begin.
 */

/** Fewer tag-like lines under the text may be its sign-off (`Nino Beridze`, `Tbilisi`); pages print tags in lists. */
const MIN_TAGS = 2;

/**
 * A site menu's item, as menuEnd counts them: words, and no button. The buttons under a byline
 * (`Rafael Balago`, `São Paulo`, `Ouvir o texto`, `Diminuir fonte`: Folha) or a time and share
 * buttons after the date (`10:15`, `NEWS`, `Facebook`, `X`: ANSA) are short lines in a row too,
 * and taking them for the menu put the header's start below the title. The kind of article (`News`,
 * `Analysis`) is a chrome line that menus list among their sections, so it counts as an item.
 */
export const isSiteMenuItem = (item: Item) => isMenuItem(item) && /\p{L}/u.test(item.text) && (!isChrome(item.text) || isArticleKind(item.text));

/**
 * The site's footer menu as a whole page's copy holds it under the text (Reuters: `Apps`, `Newsletters`,
 * `Advertise with Us`, ...), with the page's sentences under it (`All quotes delayed a minimum of 15
 * minutes.`), which look like the text's: MENU_RUN menu items in a row right under a sentence or a
 * note of the page, with fewer sentences under them than the text above them has (and one at least: without
 * any, unnamedTrailer finds the menu). A list the text leads into (a colon above it) is the text's.
 */
function footerMenu(items: readonly Item[], end: number): number | undefined {
  const sentences = (from: number, to: number) => items.slice(from, to).filter((item) => isParagraph(item.text) && !isChrome(item.text)).length;
  for (let i = end + 1; i + MENU_RUN <= items.length; i += 1) {
    const above = items[i - 1]!.text;
    if (!(isParagraph(above) || isChrome(above)) || above.endsWith(':') || !items.slice(i, i + MENU_RUN).every(isSiteMenuItem)) continue;
    // A name or an agency first signs the text (unnamedTrailer); with no sentence under the run, unnamedTrailer finds it.
    if (couldSign(items[i]!.text)) continue;
    const under = sentences(i, items.length);
    if (under > 0 && under < sentences(end, i)) return i;
  }
  return undefined;
}

/**
 * Where the page's lists under the article begin when no heading names them: at the first chrome
 * line (`Share this article`) or run of menu-like lines (`Facebook`, `Twitter`, `Telegram`) after
 * the article's last sentence. Undefined when none follows it.
 */
export function unnamedTrailer(items: readonly Item[], end: number): number | undefined {
  const footer = footerMenu(items, end);
  if (footer !== undefined) return footer;
  let last = -1;
  for (let i = items.length - 1; i >= end; i -= 1) {
    if (isParagraph(items[i]!.text) && !isChrome(items[i]!.text)) {
      last = i;
      break;
    }
  }
  if (last === -1) return undefined;
  for (let i = last + 1; i < items.length; i += 1) {
    if (isChrome(items[i]!.text)) return i;
    // A name or an agency that signs the text (signsText) makes no menu's run with the tags under it; the chrome begins the trailer.
    if (!signsText(items[i]!.text, items[i + 1]?.text) && items.slice(i, i + MENU_RUN).filter(isMenuItem).length === MENU_RUN) return i;
  }
  return undefined;
}

/**
 * Where the topic tags printed under the article's last sentence without a heading begin (RIA
 * Novosti: `Грузия`, `Тбилиси`), or `start` when none are: MIN_TAGS or more tag-like lines, right
 * under a sentence that leads into no list (no colon), naming topics of the text above (areTopicTags),
 * over `start` or the page's chrome above it.
 */
export function tagsStart(items: readonly Item[], end: number, start: number): number {
  // The page's counters may stand under the tags (Medium: the claps and responses, `214`, `3`).
  let under = start;
  while (under > end && isChrome(items[under - 1]!.text)) under -= 1;
  let first = under;
  while (first > end && isTagShaped(items[first - 1]!.text)) first -= 1;
  const above = items[first - 1];
  // One tag is told from a last short paragraph only by the page's footer under it (Interfax: `Грузия` over its rights line).
  const alone = under - first === 1 && under < items.length;
  if ((under - first < MIN_TAGS && !alone) || first <= end || !above || !isParagraph(above.text) || above.text.endsWith(':')) return start;
  // The section and headline over the text name its topics too (Rossiyskaya Gazeta: `Экономика` over the title, and as a tag).
  const textWords = wordsOf([...items.slice(0, end).filter((item) => !item.facts), ...items.slice(end, first)].map((item) => item.text));
  const tags = items.slice(first, under).map((tag) => tag.text);
  if (alone) return namesTopicOf(tags[0]!, textWords) && !couldSign(tags[0]!) ? first : start;
  return areTopicTags(tags, textWords, couldSign) ? first : start;
}

/**
 * The text's sentence: ending in a full stop, where a list's headlines end in none or in a question,
 * or a paragraph longer than any headline (a question the text asks).
 */
const endsSentence = (text: string) => !isChrome(text) && (STATEMENT_END.test(text) || endsInEditorSignOff(text) || (isParagraph(text) && wordCount(text) > 20));
/** A link's headline: three words or more (fewer are a topic's tag), no sentence's end (a question may be a headline), full width too (`。`). */
const isLinkText = (text: string) => wordCount(text) >= 3 && wordCount(text) <= 16 && !/[.…;:,。；：，]["'”’»)」』）]*$/u.test(text);

/** How a list of links set into the text is told from the page's lists under it: its lines, how many, and the text that resumes under it. */
interface ListRule {
  most: number;
  isLink: (text: string) => boolean;
  resumes: (text: string) => boolean;
}

/**
 * Under `Read also`, a heading of links that pages set into their text: any lines up to the text's
 * next sentence (Al Jazeera's three headlines under `Keep reading`, each under its screen reader's
 * `list 1 of 3`), but no other list's heading. A sentence right under the heading makes it a box's
 * heading over its text (`Note from the author:`, `Dieses Thema im Programm:`), no list.
 */
const READ_ALSO_LIST: ListRule = {
  most: 10,
  isLink: (text) => !startsTrailer(text) && !endsSentence(text) && !isPhotoLine(text),
  resumes: (text) => endsSentence(text) || isPhotoLine(text),
};
/**
 * A photo's caption with its credit (`… un cañón de agua. IRAKLI GEDENIDZE (REUTERS / EFE)`), which no list of links
 * holds: a photo under the links (El País, under `Más información`) ends the list, and the text resumes past it
 * (figure-in-text.ts leaves the photo out).
 */
function isPhotoLine(text: string): boolean {
  const parts = matchCaptionForm(text)?.groups;
  return parts !== undefined && (parts.credit ?? parts.bracketed ?? parts.agency) !== undefined;
}
/**
 * Under a heading of the page's other lists (`Read more from Sky News:`, `Related`): a few headlines
 * and a paragraph of the article's right after them; otherwise the heading starts the trailer (Folha's
 * tags under `Leia tudo sobre o tema e siga:`, whatever sentence follows; Substack's `Subscribe to
 * Caucasus Notes` over `Launched 2 years ago`, the page's line, and the publication's blurb).
 */
const OTHER_LIST: ListRule = {
  most: 5,
  isLink: (text) => isLinkText(text) && !isChrome(text) && !isPhotoLine(text),
  resumes: (text) => (isParagraph(text) && !isChrome(text) && !startsTrailer(text)) || isPhotoLine(text),
};

/** One past a list of links set into the text under the heading at `heading`, or undefined when the text does not resume under it. */
function listEnd(items: readonly Item[], heading: number, rule: ListRule): number | undefined {
  let next = heading + 1;
  while (next < items.length && next - heading <= rule.most && rule.isLink(items[next]!.text)) next += 1;
  const text = items[next]?.text;
  return next > heading + 1 && text !== undefined && rule.resumes(text) ? next : undefined;
}

/**
 * One past a list of links inside the text that starts at `i`: `Read also: <headline>` is one line
 * wherever it stands (Ukrainska Pravda prints it over the source's line too); a heading over
 * headlines is a list when the article's text resumes under it (listEnd).
 */
function insertEnd(items: readonly Item[], i: number): number | undefined {
  const text = items[i]!.text;
  if (startsReadAlso(text)) return startsTrailer(text) ? listEnd(items, i, READ_ALSO_LIST) : i + 1;
  return startsTrailer(text) ? listEnd(items, i, OTHER_LIST) : undefined;
}

/**
 * One past a list heading's short lines printed above the article's first paragraph (the Telegraph:
 * `Related Topics`, `Georgia`, `Russia`, then the text): the page's lists under the article cannot
 * begin before its text does, so the text under them is kept.
 */
function listAboveText(items: readonly Item[], end: number, i: number): number | undefined {
  if (!startsTrailer(items[i]!.text) || items.slice(end, i).some((item) => isParagraph(item.text))) return undefined;
  let next = i + 1;
  while (next < items.length && !isParagraph(items[next]!.text)) next += 1;
  return next < items.length ? next : undefined;
}

/**
 * Where the trailer's lists begin (the first heading of a list under the text, `Related Topics`),
 * and the lists of links inside the text, which the body leaves out.
 */
export function linkLists(items: readonly Item[], end: number): { cut: number | undefined; inserts: Set<Item> } {
  const inserts = new Set<Item>();
  for (let i = end; i < items.length; i += 1) {
    if (isReleaseEnd(items[i]!.text)) return { cut: i, inserts };
    const resume = insertEnd(items, i) ?? listAboveText(items, end, i) ?? (i > end && isHeadlineInCapitals(items, i) ? i + 1 : undefined);
    if (resume !== undefined) {
      items.slice(i, resume).forEach((item) => inserts.add(item));
      i = resume - 1;
    } else if (startsTrailer(items[i]!.text)) {
      return { cut: i, inserts };
    }
  }
  return { cut: undefined, inserts };
}
