import { agencyCreditLine, creditedAgencies, creditedAuthors, type DatelineReading, signOffAgency } from './body-facts.ts';
import { bracketedSignature } from './bracketed-signature.ts';
import { afterBylineWord, isWireAgency, opensWithBylineWord, readNames } from './byline-lines.ts';
import { refuseChannelPost } from './channel-post.ts';
import { closingByline } from './closing-name.ts';
import { isChrome, isControl, navigationIn, startsTrailer } from './chrome-lines.ts';
import { ImportError } from './errors.ts';
import { firstPublicationFirst, type FoundDate } from './first-published.ts';
import { figuresInText } from './figure-in-text.ts';
import { footerLinksStart } from './footer-links.ts';
import { headerEnd, openingDateline, readBylineClosingHeader, readCaptionClosingHeader, readDeskClosingHeader, readLanguageList, sectionPrintedAgain } from './header-end.ts';
import { mayBeHeadline, titleOf } from './headline-line.ts';
import { refuseSentenceTitle } from './headline-missing.ts';
import { isHostLine } from './host-line.ts';
import { isMenuItem, isParagraph, type Item, MENU_RUN } from './layout-item.ts';
import { dateWithTimeBelow, type LineFacts, readFactLine, readNamesBeforeDate } from './line-facts.ts';
import { joinDateLabels, joinSplitDatelines } from './lines-copied-apart.ts';
import { refuseLiveBlog } from './live-blog.ts';
import { bareNames, bylineUnderHeadline, isAffiliation, isPageLabel, isRoleUnderName, nameLine } from './name-lines.ts';
import { wordsInLowerCase } from './name-or-heading.ts';
import { nameThenPlace } from './name-then-place.ts';
import { isPaperAboutItself } from './paper-about-itself.ts';
import { isPaperDesk, isPaperName, withoutPaperInitials } from './paper-desk.ts';
import { paperNamesInText } from './paper-name-in-text.ts';
import { type Header, lineCount, tidyLine } from './parse-header.ts';
import { labelledCreditAlone, namesMainPhoto } from './photo-credit-lines.ts';
import { readPhotoNearTop } from './photo-near-top.ts';
import { isPlayerClock } from './player-clock.ts';
import { printMargins } from './print-margins.ts';
import { publicationRecord } from './publication-record.ts';
import { type ReadingOptions } from './read-date.ts';
import { refuseSecondArticle } from './second-article.ts';
import { breadcrumbTrail, headlineUnderSectionLabel, isSectionNotPlace, isSectionOverDate, refuseOneWordUnderKind } from './section-label.ts';
import { readStackedByline } from './stacked-byline.ts';
import { uncreditedCaptionUnderDate } from './uncredited-caption.ts';
import { isSiteMenuItem, linkLists, tagsStart, unnamedTrailer } from './text-lists.ts';
import { signUpBox } from './sign-up-box.ts';
import { isEditorsNote, updateNoteDate } from './update-note.ts';

/**
 * The generic reader: any paper's clipping, as copied from its web page, without rules of its own.
 * The header is the run of lines at the top that state facts (byline, date, caption, chrome) around
 * the title; the trailer is the run at the bottom that does (a byline and date after the body, a
 * copyright footer). Everything between is the body, word for word; the dateline that opens it and
 * its closing credits add facts without leaving it.
 */

/**
 * The header is looked for in this many non-blank lines below the site's menu, buttons not counted
 * (ANSA prints six share buttons between the date and the photo): an article's facts come before its text.
 */
const HEADER_WINDOW = 12;
/** An author's box under the article holds the name and a line or two about the author. */
const AUTHOR_BOX = 3;
/** Closing credits stand in the last few paragraphs. */
const CREDIT_WINDOW = 3;
/** The lines over the date a stacked byline is looked for in: three authors' names, newsroom and place (stacked-byline.ts). */
const STACK_LINES = 9;
/**
 * One past the site's menu as a browser copies it (MENU_RUN or more one-to-three-word lines in a
 * row) above the article's first sentence, or 0: the header is looked for below it. A menu's items
 * state no facts: a run of short lines that reaches a date or a byline holds the header printed over
 * it, a short headline (`Veto Overridden`) and the byline under it (`Alexandra Kovalenko`, `By Anna
 * Holt`), which are left out of the menu.
 */
function menuEnd(items: readonly Item[], commonWords: ReadonlySet<string>, options: ReadingOptions): number {
  const firstSentence = items.findIndex((item) => isParagraph(item.text) && !isMenuItem(item) && !isChrome(item.text));
  const top = firstSentence === -1 ? items.length : firstSentence;
  // What each line down to the first sentence states, read once.
  const facts = items.slice(0, top + 1).map((item) => readFactLine(item.text, [], options));
  // A line that states a fact of the article (a date, `By Anna Holt`, a caption) is the header's, never a
  // menu's item (`Georgia Votes`, `By Anna Holt`, `Tbilisi`, `Photo: Reuters` are no menu).
  const stated = (i: number) => facts[i] !== undefined && !facts[i]!.chrome;
  const inMenu = items.slice(0, top).map((item, i) => isSiteMenuItem(item) && !stated(i));
  let end = 0;
  for (let i = MENU_RUN - 1; i < top; i += 1) {
    if (inMenu.slice(i - MENU_RUN + 1, i + 1).every(Boolean)) end = i + 1;
  }
  // A run that reaches the first sentence ends in a short headline over its standfirst (Vox: `World Politics`, then
  // `Georgia’s protests, explained` over `Why tens of thousands … law.`): the headline is no menu item.
  if (end > MENU_RUN && end === firstSentence) end -= 1;
  // So a run that ends in the kind of article and a headline under it (section-label.ts): both are the header's.
  if (end > MENU_RUN && headlineUnderSectionLabel(items[end - 2], items[end - 1]!.text)) end -= 2;
  if (end === 0 || !stated(end)) return end;
  let headline = end - 1;
  while (headline > 0 && facts[headline]) headline -= 1;
  return headline > 0 && bylineUnderHeadline(items, headline, commonWords) ? headline - 1 : headline;
}

/** One past the header window: HEADER_WINDOW lines (or `lines`) that are no buttons, from the menu's end on. */
function windowEnd(items: readonly Item[], menu: number, lines = HEADER_WINDOW): number {
  let counted = 0;
  for (let i = menu; i < items.length; i += 1) {
    if (!isChrome(items[i]!.text)) counted += 1;
    if (counted === lines) return i + 1;
  }
  return items.length;
}

/** `— Reuters` under the text: a dash before the agency's name that signs off wire copy other papers print. */
const DASH_BEFORE_AGENCY = /^[—–-]\s*/u;

/** `Tbilisi,Georgia`, `თბილისი`: a line of one to three places, between commas, each a name the gazetteer knows. */
function knownPlaces(text: string, places: ReadonlySet<string> | undefined): boolean {
  const names = text.split(/\s*,\s*/u);
  return places !== undefined && names.length <= 3 && names.every((name) => places.has(name));
}

/** How the generic reader reads a paper's clipping: its dates and places, and what its profile says of its layout. */
export interface LayoutReading extends DatelineReading {
  /** The paper prints its standfirst under the title over an uncaptioned photo (the source profile's `standfirstOverPhoto`). */
  standfirstOverPhoto?: true;
}

/**
 * Reads a clipping in phases, each marking the items' facts for the next, top down: the page's lines over the header (an
 * editor's note, a sign-up box, lines copied apart, the site's menu); the header window and its facts (the photo near the
 * top, the lines under dates, stacked bylines, the byline under the headline); the header's end and the lines closing
 * it; the trailer under the text; then, the lines read, the title, the header's and trailer's facts, the body and the
 * facts the text itself gives (its opening dateline, its credits).
 */
export function readGenericLayout(lines: readonly string[], mastheads: readonly string[], options: LayoutReading): Header {
  refuseChannelPost(lines);
  const items = readItems(lines);
  const noteOverHeadline = takeEditorsNote(items);
  dropSignUpBox(items);
  joinSplitDatelines(items, lines, options);
  joinDateLabels(items, options);
  const commonWords = wordsInLowerCase(items.map((item) => item.text));
  const factsOf = (item: Item) => (item.facts = readFactLine(item.text, mastheads, options));
  const clipping: Clipping = { lines, items, mastheads, options, commonWords, factsOf };
  const menu = menuEnd(items, commonWords, options);
  let window = readHeaderWindow(clipping, menu);
  readPhotoNearTop(items, window, options.standfirstOverPhoto === true);
  readBelowDates(items, window, options);
  window = readStackedBylines(clipping, menu, window);
  markBylinesUnderHeadline(clipping, window);

  let end = headerEnd(items, menu, window, options);
  end = readLanguageList(items, end, options);
  // The section printed again over the text is the page's label, not a line of the text.
  if (sectionPrintedAgain(items, end)) [items[end]!.facts, end] = [{ chrome: true }, end + 1];
  end = readCaptionClosingHeader(items, end);
  const uncredited = uncreditedCaptionUnderDate(items, end, options.standfirstOverPhoto === true);
  if (uncredited !== undefined) [items[uncredited]!.facts, end] = [{ caption: items[uncredited]!.text }, uncredited + 1];
  end = readBylineClosingHeader(items, end, commonWords);
  end = readDeskClosingHeader(items, end, mastheads);
  const { start, inserts } = readTrailer(clipping, end);

  const head = items.slice(0, end);
  const title = readTitle(clipping, head);
  const found: FoundFacts = { facts: [], dates: [], updates: [] };
  // A credit with no caption printed anywhere (`Photo: Reuters` under the title) is still the article's
  // photo's: the first is its credit; any other stays where it is printed, in the body under the title.
  const captioned = items.some((item) => item.facts?.caption);
  const { standfirst, affiliations, creditAlone } = readHeaderFacts(clipping, head, title, captioned, found);
  items.slice(start).forEach((item, i) => collect(found, item.facts ?? nameLine(items, start + i, commonWords), item));

  const body = [...standfirst, ...items.slice(end, start).filter((item) => !inserts.has(item) && !isControl(item.text))];
  const bylineBelow = dropLinesClosingText(clipping, head, body, found);
  const labelledBelow = captioned ? undefined : mainPhotoCreditBelow(items, end, body);
  refuseLiveBlog(body);
  refuseSecondArticle(body, mayBeHeadline);
  // Names glued to the date (`Anna Keller May 14, 2024`) in the lines below the title, before the text.
  if (found.dates.length === 0 && found.updates.length === 0) takeNamesBeforeDate(body, found, options);
  readDatesElsewhere(items.slice(start), body, found);
  firstPublicationFirst(found.dates, found.updates);
  const authors = bylineAuthors(head, found.facts, affiliations, mastheads);
  let dateline = headerDateline(clipping, menu, head, title, found.facts);
  // The place filed from after a reporter's name with no comma (El País 2012: `Pilar Bonet Tiflis`, name-then-place.ts).
  const filedFrom = authors.map((name) => nameThenPlace(name, options.places));
  filedFrom.forEach((split, i) => (authors[i] = split?.name ?? authors[i]!));
  dateline ??= filedFrom.find((split) => split)?.place;
  const opening = textOpening(clipping, body, standfirst.length);
  if (opening) {
    const [item, read] = opening;
    dateline ??= read!.place;
    if (authors.length === 0) authors.push(...(read!.authors ?? []));
    if (found.dates.length === 0 && read!.date) found.dates.push({ text: read!.date, line: item.index + 1 });
  }
  addCreditedAuthors(body, authors);
  const caption = found.facts.find((facts) => facts.caption);
  const unsure = items.find((item) => item.standfirstOrCaption && item.facts?.caption !== undefined && item.facts.caption === caption?.caption);
  return {
    title: title.text,
    titleLine: title.index + 1,
    ...(unsure ? { captionOrStandfirstLine: unsure.index + 1 } : {}),
    ...(uncredited !== undefined && caption?.caption === items[uncredited]!.text ? { uncreditedCaptionLine: uncredited + 1 } : {}),
    ...(bylineBelow === undefined ? {} : { closingByline: bylineBelow }),
    authors,
    dateline,
    date: found.dates[0],
    updated: found.updates[0],
    caption: caption?.caption,
    // A caption's credit may be printed on a line of its own; with no caption, a credit alone over the text is the
    // photo's, or a labelled one under it (an unlabelled one there is not: Yonhap's end mark `(END)` has the shape of a
    // bracketed credit).
    credit: caption?.credit ?? (caption ? found.facts.find((facts) => facts.credit)?.credit : (creditAlone ?? labelledBelow)),
    body: [...(noteOverHeadline ? [lines[noteOverHeadline.index]!] : []), ...body.map((item) => item.joined ?? lines[item.index]!)],
  };
}

/** The clipping as the phases of readGenericLayout read it: its items, which they mark with facts as they go, and what the paper and the text tell of its lines. */
interface Clipping {
  readonly lines: readonly string[];
  readonly items: Item[];
  readonly mastheads: readonly string[];
  readonly options: LayoutReading;
  /** The words the text prints in lower case, which a line of names holds none of (name-or-heading.ts). */
  readonly commonWords: ReadonlySet<string>;
  /** Reads a line's facts into its item. */
  readonly factsOf: (item: Item) => LineFacts | undefined;
}

/** The lines that hold text, as items: a copy may put blank lines between any two, so neighbours are these lines' neighbours. */
function readItems(lines: readonly string[]): Item[] {
  const items: Item[] = [];
  const filled = lines.map(tidyLine).flatMap((text, index) => (text ? [{ index, text }] : []));
  const filledTexts = filled.map((line) => line.text);
  const margins = printMargins(filledTexts);
  filled.forEach(({ index, text }, i) => {
    // An audio player's clock is the page's, kept in the original only (player-clock.ts).
    if (!margins.has(i) && !isPlayerClock(filledTexts, i)) items.push({ index, lineOfText: i, text, facts: undefined });
  });
  return items;
}

/**
 * An editor's note over the headline (`Correction: …`), under the site's menu too in a whole page's copy, is the text's
 * first paragraph, read apart from the header (update-note.ts): taken out of the items.
 */
function takeEditorsNote(items: Item[]): Item | undefined {
  const noteAt = items.findIndex((item) => isEditorsNote(item.text));
  return noteAt !== -1 && items.slice(0, noteAt).every((item) => !isParagraph(item.text)) ? items.splice(noteAt, 1)[0] : undefined;
}

/** The sign-up box a newsletter's page lays over the post is the page's, blurb and all (sign-up-box.ts). */
function dropSignUpBox(items: Item[]): void {
  const box = signUpBox(items.map((item) => item.text));
  if (box) items.splice(box.start, box.end - box.start);
}

/**
 * The header window below the site's menu (the menu's lines marked as such), its lines' facts read, and the lines that
 * the page prints around them: returns one past the window.
 */
function readHeaderWindow({ items, factsOf, options }: Clipping, menu: number): number {
  items.slice(0, menu).forEach((item) => (item.menu = true));
  const window = windowEnd(items, menu);
  items.slice(0, window).forEach(factsOf);
  for (const item of paperNamesInText(items, window, options)) item.facts = undefined;
  for (const link of breadcrumbTrail(items, window)) link.facts = { chrome: true };
  // The site's name as its host (`Civil.Ge` over `Text size: A A A`), a masthead the paper's profile may not list.
  items.slice(0, window).forEach((item) => {
    if (!item.facts && isHostLine(item.text)) item.facts = { chrome: true };
  });
  items.slice(1, window).forEach((item, i) => {
    if (!item.facts && headlineUnderSectionLabel(items[i], item.text)) item.underSection = true;
  });
  return window;
}

/** The line under a date in the window, or under the photo's caption: the date's time, or the place the story was written. */
function readBelowDates(items: readonly Item[], window: number, options: DatelineReading): void {
  // A time on the line below its date is that date's: `14 მაისი, 2024` then `18:20`.
  items.slice(0, window).forEach((item, i) => {
    const next = items[i + 1];
    const date = item.facts?.date;
    const joined = date && !date.updated && next && !next.facts ? dateWithTimeBelow(date.text, next.text, options) : undefined;
    if (joined) [date!.text, next!.facts] = [joined, {}];
  });
  // Places the gazetteer knows, in any letter case, on the line below the date (Agenda.ge: `04 Jun 2024 - 13:18`, then
  // `Tbilisi,Georgia`) or below the photo's caption right over the text (IWPR: the caption, then `Tbilisi`, then the first
  // paragraph; the Guardian's section `Georgia` under a caption over the headline is no place): where the story was written.
  items.slice(0, window).forEach((item, i) => {
    const [next, text] = [items[i + 1], items[i + 2]];
    const above = item.facts?.date !== undefined || (item.facts?.caption !== undefined && text !== undefined && isParagraph(text.text));
    if (above && !item.facts!.dateline && next && !next.facts && knownPlaces(next.text, options.places)) next.facts = { dateline: next.text };
  });
}

/**
 * The names, the newsroom and the place, one a line over the date (stacked-byline.ts). A stacked byline is one fact of
 * the header, however many lines it takes: returns the window, reaching as far past it.
 */
function readStackedBylines({ items, commonWords, options, factsOf }: Clipping, menu: number, window: number): number {
  let stacked = 0;
  items.slice(3, window).forEach((item, i) => {
    if (!item.facts?.date || item.facts.date.updated) return;
    let top = i + 3;
    while (top > 0 && top > i + 3 - STACK_LINES && !items[top - 1]!.facts) top -= 1;
    const stack = items.slice(top, i + 3);
    const read = readStackedByline(stack.map((line) => line.text), (text) => bareNames(text, commonWords), options.places);
    read?.forEach((facts, j) => {
      if (facts) [stack[j]!.facts, stacked] = [facts, stacked + 1];
    });
  });
  if (stacked <= 1) return window;
  const wider = windowEnd(items, menu, HEADER_WINDOW + stacked - 1);
  items.slice(window, wider).forEach(factsOf);
  return wider;
}

/**
 * The byline under a short headline, names without `By` (bylineUnderHeadline), unless a byline is printed with its word
 * (`Ein Interview von Name, Tiflis`): a line of capitalised words over the headline is then its kicker (Der Spiegel:
 * `Georgiens Weinexporte`, German nouns in capitals), no names.
 */
function markBylinesUnderHeadline({ items, commonWords }: Clipping, window: number): void {
  const labelledByline = items.slice(0, window).some((item) => item.facts?.authors && opensWithBylineWord(item.text));
  if (!labelledByline) items.slice(1, window).forEach((item, i) => (item.byline = bylineUnderHeadline(items, i + 1, commonWords)));
}

/**
 * The trailer: from a heading of the page's own lists (`Related Topics`) on, or from the chrome after the last sentence,
 * then fact lines upwards. Returns its first line, and the lines set into the text that are the page's (its inserts and
 * figures).
 */
function readTrailer(clipping: Clipping, end: number): { start: number; inserts: Set<Item> } {
  const { items, mastheads, options } = clipping;
  const { cut, inserts } = linkLists(items, end);
  // The footer's links over the page's copyright line (footer-links.ts) are the page's; the lines above them are read
  // as the text's end, so that its own short last lines (`Lusa/Fim`) do not make a menu's run with the links.
  const footer = footerLinksStart(items.map((item) => item.text), end) ?? items.length;
  let start = Math.min(cut ?? footer, unnamedTrailer(items.slice(0, footer), end) ?? footer);
  start = authorBoxStart(clipping, end, start);
  start = tagsStart(items, end, start);
  // The author's role under a name at the text's end, over the page's lists (Novaya Gazeta: `Ирина Петрова`, then
  // `корреспондент «Новой газеты»`): the page's, as an author's box is; the name above it is the byline (below).
  if (start - 2 >= end && isRoleUnderName(items, start - 1)) start -= 1;
  start = readFactsUnderText(clipping, end, start, cut);
  // A later photo between the text's paragraphs is the page's figure (figure-in-text.ts).
  for (const item of figuresInText(items, end, start, inserts, mastheads, options)) inserts.add(item);
  return { start, inserts };
}

/**
 * The author's box just above the trailer's `start` (`TAMAR KIKNADZE`, then a line about her): the byline's names again,
 * alone on a line with a line under it (a name that ends the text is its sign-off, and stays). The byline may be names
 * without `By` beside the date (DW: `Jonas Albrecht`, then the date). Returns the trailer's start, from the boxes on.
 */
function authorBoxStart({ items, commonWords }: Clipping, end: number, start: number): number {
  const bylined = new Set(items.slice(0, end).flatMap((item, i) => item.facts?.authors ?? (item.facts ? [] : (nameLine(items, i, commonWords)?.authors ?? []))));
  // One box an author, one under the other (NBC News: each name over its line about the reporter).
  const boxes = AUTHOR_BOX * Math.max(1, bylined.size);
  const isBox = (item: Item) => readNames(item.text)?.authors.every((name) => bylined.has(name)) === true;
  let box = items.findIndex((item, i) => i >= Math.max(end, start - boxes) && i < start - 1 && isBox(item));
  // The boxes over the one found, when the page's own lines under them put it past the window (AP: its note about itself).
  while (box !== -1) {
    const top = box;
    const above = items.findIndex((item, i) => i >= Math.max(end, top - AUTHOR_BOX) && i < top - 1 && isBox(item));
    if (above === -1) break;
    box = above;
  }
  if (box === -1) return start;
  // With its heading over the names (El País: `Sobre la firma`), which a name and a line under it took for a list in the text.
  return box > end && startsTrailer(items[box - 1]!.text) ? box - 1 : box;
}

/**
 * The trailer's facts: fact lines under the text among the page's buttons, the rest of the trailer the page's; and
 * the fact lines right above it, which it takes in. Returns the trailer's start, moved up over them.
 */
function readFactsUnderText({ items, commonWords, factsOf }: Clipping, end: number, from: number, cut: number | undefined): number {
  let start = from;
  // Fact lines under the text among the page's buttons, down to the first line that states none
  // (Corriere: its WhatsApp promotion, then the date, then `© RIPRODUZIONE RISERVATA`); further down
  // stand the page's lists, whose dates are other articles'.
  const underText = new Set<Item>();
  for (let i = start; i < (cut ?? items.length) && factsOf(items[i]!); i += 1) underText.add(items[i]!);
  items.slice(start).forEach((item) => (item.facts = underText.has(item) ? item.facts : { chrome: true }));
  while (start > end && factsOf(items[start - 1]!)) start -= 1;
  // A name line just above the trailer's date (`Name` then `22 August 2019 12:55`), and the fact
  // lines above it: its label (`Автор`, then `Иван Смирнов`); over a trailer that opens with no date,
  // the byline where the header prints none (La Croix: `Marie Dumont` over `Sur le même sujet`). Under a
  // bylined header, that name is the text's sign-off (RTV SLO: `K. S.` over `Sorodne novice`), and stays.
  const opensWithFacts = start < from || underText.size > 0;
  const bylinedAbove = items.slice(0, end).some((item) => item.facts?.authors?.length);
  if ((opensWithFacts || !bylinedAbove) && start > end && nameLine(items, start - 1, commonWords)) {
    start -= 1;
    while (start > end && factsOf(items[start - 1]!)) start -= 1;
  }
  return start;
}

/**
 * The headline among the header's lines (titleOf); a clipping with none, or whose headline cannot be told from the
 * page around it, is refused.
 */
function readTitle({ lines, items, options }: Clipping, head: readonly Item[]): Item {
  const title = titleOf(head.filter((item) => !item.facts));
  if (!title) {
    if (items.length === 0) throw new ImportError('the clipping ends before its title', 'check that the whole article was copied', lineCount(lines));
    throw new ImportError('the clipping has no title, only page furniture and dates', 'copy the article with its headline', items[0]!.index + 1);
  }
  refuseSentenceTitle(head, title, mayBeHeadline);
  refuseOneWordUnderKind(items, title, options.places);
  // A title holding the page's navigation means the layout was not understood: better refused than filed under it.
  const navigation = navigationIn(title.text);
  if (navigation) {
    throw new ImportError(
      `the line taken for the title, "${title.text.slice(0, 80)}", holds page navigation ("${navigation}"), so the headline cannot be told apart from the page around it`,
      'no option supplies a title: keep the clipping as it is and report this layout (with the file) so the reader learns it',
      title.index + 1,
    );
  }
  return title;
}

/** The facts the clipping's lines state, in the order read, and the dates among them: the publication's and the updates'. */
interface FoundFacts {
  readonly facts: LineFacts[];
  readonly dates: FoundDate[];
  readonly updates: FoundDate[];
}

/** Keeps the facts `item` states; false when it states none. */
function collect(found: FoundFacts, facts: LineFacts | undefined, item: Item): boolean {
  if (!facts) return false;
  found.facts.push(facts);
  if (facts.date) {
    const { text, updated, ...marks } = facts.date;
    (updated ? found.updates : found.dates).push({ text, line: item.index + 1, ...marks });
  }
  if (facts.update) found.updates.push({ text: facts.update, line: item.index + 1 });
  return true;
}

/**
 * The header's facts, line by line, names printed without `By` among them; and its lines under the title that state none:
 * the standfirst, which opens the body, and the byline's affiliations, which are the page's. Returns those, and the
 * credit of a photo printed with no caption (`captioned` false).
 */
function readHeaderFacts({ items, commonWords }: Clipping, head: readonly Item[], title: Item, captioned: boolean, found: FoundFacts): { standfirst: Item[]; affiliations: string[]; creditAlone: string | undefined } {
  const standfirst: Item[] = [];
  let creditAlone: string | undefined;
  const loneCredit = (facts: LineFacts | undefined) => !captioned && facts?.credit !== undefined && Object.values({ ...facts, credit: undefined }).every((value) => value === undefined);
  // The photo's text alternative copied above its caption (La Vanguardia): the caption's words again, the page's.
  const captions = new Set(items.flatMap((item) => item.facts?.caption ?? []));
  // A list's heading under the title with its short lines (AP: `RELATED TOPICS`, `Georgia`, `Europe`, over the text): the page's.
  const headerLists = new Set<Item>();
  const affiliations: string[] = [];
  head.forEach((item, i) => {
    if (item.index <= title.index || item.facts || !startsTrailer(item.text)) return;
    headerLists.add(item);
    for (let next = i + 1; next < head.length && !head[next]!.facts && isMenuItem(head[next]!); next += 1) headerLists.add(head[next]!);
  });
  head.forEach((item, i) => {
    if ((!item.facts && captions.has(item.text)) || headerLists.has(item)) return;
    if (loneCredit(item.facts)) {
      if (creditAlone === undefined && collect(found, item.facts, item)) creditAlone = item.facts!.credit;
      else if (item.index > title.index) standfirst.push(item);
      return;
    }
    if (collect(found, item.facts, item) || item.index <= title.index || item.text === title.text) return;
    item.facts = item.byline ?? nameLine(items, i, commonWords);
    if (collect(found, item.facts, item) || isPageLabel(items, i)) return;
    if (isAffiliation(items, i)) affiliations.push(item.text);
    else if (!collect(found, agencyCreditLine(item.text), item) && !isSectionOverDate(items, i)) standfirst.push(item);
  });
  return { standfirst, affiliations, creditAlone };
}

/**
 * The lines closing the text that are no part of it, taken off the body: the byline printed again, the paper's note
 * about itself, and a byline printed under the text, whose names are collected.
 */
function dropLinesClosingText({ mastheads, options }: Clipping, head: readonly Item[], body: Item[], found: FoundFacts): Header['closingByline'] {
  // The byline printed again under the text, word for word but its `Par` (Le Monde signs its articles so: `Name (Place,
  // envoyée spéciale)`): the byline's, not a sign-off of the text, even with no button under it (a printout).
  const byline = head.map((item) => (item.facts?.authors ? afterBylineWord(item.text) : undefined)).find((names) => names !== undefined);
  if (body.length > 1 && body.at(-1)!.text === byline) body.pop();
  if (body.length > 1 && isPaperAboutItself(body.at(-1)!.text, mastheads)) body.pop();
  // The byline under the text (closing-name.ts), when none is printed above; its line's number (and the credit's over it)
  // when read on evidence alone.
  const closing = body.length > 1 && !found.facts.some((facts) => facts.authors) ? closingByline(body.map((item) => item.text), options.languages ?? [], options.places) : undefined;
  if (!closing) return undefined;
  const closingLine = body.pop()!;
  collect(found, { authors: closing.authors }, closingLine);
  const credit = closing.creditAbove ? body.pop()! : undefined;
  return closing.inferred ? { line: closingLine.index + 1, ...(credit ? { creditLine: credit.index + 1 } : {}) } : undefined;
}

/**
 * Under the text a credit is the photo's only when its label names the main photo (Notes from Poland: `Main image credit:
 * PKP PLK`, over the paper's note): another is a later photo's (Batumelebi's `ფოტო: ბათუმელები`), and an unlabelled one
 * no credit at all (Yonhap's end mark `(END)` has the shape of a bracketed credit).
 */
function mainPhotoCreditBelow(items: readonly Item[], end: number, body: readonly Item[]): string | undefined {
  const textEnd = body.at(-1)?.index ?? Infinity;
  return items.slice(end).map((item) => (item.index > textEnd && namesMainPhoto(item.text) ? labelledCreditAlone(item.text) : undefined)).find((credit) => credit !== undefined);
}

/** Names glued to the date (`Anna Keller May 14, 2024`) among the body's first lines: collected, and taken out of it. */
function takeNamesBeforeDate(body: Item[], found: FoundFacts, options: LayoutReading): void {
  const glued = body.slice(0, 4).map((item) => [item, isParagraph(item.text) ? undefined : readNamesBeforeDate(item.text, options)] as const).find(([, facts]) => facts);
  if (glued) {
    const [item, facts] = glued;
    collect(found, facts, item);
    body.splice(body.indexOf(item), 1);
  }
}

/** The dates the header does not print, from the trailer's lines or the text, ordered with the publication first. */
function readDatesElsewhere(trailer: readonly Item[], body: readonly Item[], { dates, updates }: FoundFacts): void {
  // The page's record of publication and update in its box under the text (publication-record.ts): the update, and the
  // publication when the header prints no date.
  const record = trailer.map((item) => [item, publicationRecord(item.text)] as const).find(([, read]) => read);
  if (record) {
    const [item, read] = record;
    if (dates.length === 0) dates.push({ text: read!.published, line: item.index + 1 });
    if (updates.length === 0 && read!.modified !== undefined) updates.push({ text: read!.modified, line: item.index + 1 });
  }
  // With no update in the header, an update's note set into the text dates it (update-note.ts); the note stays there.
  if (updates.length === 0) {
    const note = body.map((item) => [item, updateNoteDate(item.text)] as const).find(([, date]) => date);
    if (note) updates.push({ text: note[1]!, line: note[0].index + 1 });
  }
}

/**
 * The byline's authors: the names of the first line that states any, and of the lines right under it over the date;
 * without the institutions and desks printed after them, nor the paper's initials.
 */
function bylineAuthors(head: readonly Item[], found: readonly LineFacts[], affiliations: readonly string[], mastheads: readonly string[]): string[] {
  // A "name" the author's affiliation holds is the institution the byline prints after the name (The Conversation: `Name, Chatham
  // House` over the box that says `Senior Research Fellow, …, Chatham House`), no author.
  const institution = (name: string) => affiliations.some((text) => text.split(/\s*,\s*/u).includes(name));
  // Nor is the paper's own desk under the byline (`BBC News, Tbilisi` on the page of a paper named BBC; paper-desk.ts).
  const notAuthor = (name: string) => institution(name) || isPaperDesk(name, mastheads);
  // The paper's initials its staff sign with after their names (`Matti Virtanen HS`) are no part of the name.
  const authors = (found.find((facts) => facts.authors)?.authors ?? []).filter((name) => !notAuthor(name)).map((name) => withoutPaperInitials(name, mastheads));
  // Names on the lines right under the byline's, a line each, over the date (El País: `Javier G. Cuesta`, then `María
  // Ortega`, then the date): its names too. Over anything else the line may be a place (Folha: the name, then `São Paulo`).
  const byLine = head.findIndex((item) => item.facts?.authors);
  const namesAlone = (facts: LineFacts | undefined) => facts?.authors !== undefined && facts.date === undefined && facts.caption === undefined;
  let lastName = byLine;
  while (byLine !== -1 && namesAlone(head[lastName + 1]?.facts)) lastName += 1;
  if (lastName > byLine && head[lastName + 1]?.facts?.date) {
    for (const item of head.slice(byLine + 1, lastName + 1)) authors.push(...item.facts!.authors!.filter((name) => !authors.includes(name) && !notAuthor(name)));
  }
  return authors;
}

/** The place the header's facts say the story was written in: the first dateline that is no section of the site, nor the paper's own name. */
function headerDateline({ items, mastheads, options }: Clipping, menu: number, head: readonly Item[], title: Item, found: readonly LineFacts[]): string | undefined {
  // A section of the site's menu beside the date (`Политика, 28 мая 2024`, under a menu holding
  // `Политика`) is where the page files the story, not where it was written.
  const sections = new Set(items.slice(0, menu).map((item) => item.text.toLowerCase()));
  // Nor is the paper's own name after the byline's names (ProPublica: `by Name and Name, ProPublica`; Novinky.cz: `Name, Novinky`) a place.
  const ownName = (text: string) => isPaperName(text, mastheads);
  // Nor a section printed beside the date over the headline (Kun.uz: `Jahon 19:42 / …`, section-label.ts).
  const overHeadline = new Set(head.filter((item) => item.index < title.index && item.facts?.date && !item.facts.authors).map((item) => item.facts));
  // A place under the byline's names is where the reporter wrote, though the menu files stories under it too (Heraldo de
  // Aragón's local section `Zaragoza`, over the title in a whole page's copy and under `Marta López`).
  const underByline = new Set(head.filter((item, i) => head[i - 1]?.facts?.authors && !item.facts?.authors && !item.facts?.date).map((item) => item.facts));
  // A place in capitals that the menu prints otherwise is the wire's dateline, not the menu's section (the Himalayan Times:
  // `Kathmandu` in its menu, `KATHMANDU, MAY 28` under the headline).
  const printedAsMenu = (text: string) => text !== text.toUpperCase() || items.slice(0, menu).some((item) => item.text === text);
  const section = (facts: LineFacts) =>
    (sections.has(facts.dateline!.toLowerCase()) && !underByline.has(facts) && printedAsMenu(facts.dateline!)) || isSectionNotPlace(facts.dateline!, overHeadline.has(facts), options.places);
  return found.find((facts) => facts.dateline && !section(facts) && !ownName(facts.dateline))?.dateline;
}

/**
 * The dateline opening the text, with the line that prints it: in the standfirst or the text's first sentence, which
 * may stand below lines that are no sentence (Reuters' `Summary` and its points): its dateline is the story's.
 */
function textOpening({ items, options }: Clipping, body: readonly Item[], standfirstLines: number) {
  const firstSentence = body.findIndex((item, i) => i >= standfirstLines && isParagraph(item.text));
  return body.slice(0, Math.max(standfirstLines, firstSentence) + 1).map((item) => [item, openingDateline(item, items, options)] as const).find(([, read]) => read);
}

/**
 * The authors the text's last paragraphs credit. The agencies that sign off the text or are credited on its last line
 * are its authors only when no byline or credit names one: in capitals after the last sentence (`REUTERS`), alone under
 * it as the agency prints its name (`Reuters`, the Sydney Morning Herald; after a dash, `— Reuters`), or credited (`(Con
 * información de EFE y AFP)`).
 */
function addCreditedAuthors(body: readonly Item[], authors: string[]): void {
  for (const item of body.slice(-CREDIT_WINDOW)) {
    for (const name of creditedAuthors(item.text)) if (!authors.includes(name)) authors.push(name);
  }
  // A signature in full-width brackets closing the text (bracketed-signature.ts), when no byline names the author.
  if (authors.length === 0) authors.push(...bracketedSignature(body.at(-1)?.text ?? ''));
  if (body.length > 1 && authors.length === 0) {
    const last = body.at(-1)!.text;
    const alone = last.replace(DASH_BEFORE_AGENCY, '');
    const signedOff = signOffAgency(last) ?? (isWireAgency(alone) ? alone : undefined);
    authors.push(...(signedOff ? [signedOff] : creditedAgencies(last)));
  }
}
