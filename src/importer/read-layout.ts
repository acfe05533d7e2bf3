import { agencyCreditLine, creditedAgencies, creditedAuthors, type DatelineReading, readDateline, signOffAgency } from './body-facts.ts';
import { afterBylineWord, isAgencyName, isAuthorLabel, isTranslatorCredit, isWireAgency, opensWithBylineWord, placeFiledFrom, readAgencies, readAuthors, readByline, readNames } from './byline-lines.ts';
import { bylineUnderStandfirst } from './byline-under-standfirst.ts';
import { refuseChannelPost } from './channel-post.ts';
import { closingByline } from './closing-name.ts';
import { isChrome, isControl, isFollowButton, isRoleAndUnit, isRoleLine, navigationIn, startsTrailer } from './chrome-lines.ts';
import { ImportError } from './errors.ts';
import { firstPublicationFirst, type FoundDate } from './first-published.ts';
import { figuresInText, textBegunAbove } from './figure-in-text.ts';
import { footerLinksStart } from './footer-links.ts';
import { readHeaderCaption } from './header-caption.ts';
import { refuseSentenceTitle } from './headline-missing.ts';
import { isHostLine } from './host-line.ts';
import { isKickerDescription } from './kicker-description.ts';
import { isKickerOverShortHeadline } from './kicker-over-short-headline.ts';
import { languageListEnd } from './language-list.ts';
import { isMenuItem, isObituaryHeadline, isParagraph, type Item, MENU_RUN, wordCount } from './layout-item.ts';
import { dateWithTimeBelow, isDateLabel, type LineFacts, readFactLine, readNamesBeforeDate, readPlaceLine } from './line-facts.ts';
import { couldBeHeading, namedElsewhere, wordsInLowerCase } from './name-or-heading.ts';
import { nameThenPlace } from './name-then-place.ts';
import { isPaperAboutItself } from './paper-about-itself.ts';
import { isPaperDesk, placeAfterPaperDesk, withoutPaperInitials } from './paper-desk.ts';
import { paperNamesInText } from './paper-name-in-text.ts';
import { type Header, lineCount, tidyLine } from './parse-header.ts';
import { agencyAlone, labelledCreditAlone, namesMainPhoto, readCaptionOverText } from './photo-credit-lines.ts';
import { isPlayerClock } from './player-clock.ts';
import { printMargins } from './print-margins.ts';
import { publicationRecord } from './publication-record.ts';
import { type ReadingOptions } from './read-date.ts';
import { refuseSecondArticle } from './second-article.ts';
import { breadcrumbTrail, headlineUnderSectionLabel, isSectionNotPlace, isSectionTrail, refuseOneWordUnderKind } from './section-label.ts';
import { endingIn, SENTENCE_BREAK } from './sentence-end.ts';
import { repeatsOpeningLabel } from './speaker-label.ts';
import { readStackedByline } from './stacked-byline.ts';
import { isSiteMenuItem, linkLists, tagsStart, unnamedTrailer } from './text-lists.ts';
import { opensSections } from './text-sections.ts';
import { phrasesOf } from './printed-phrases.ts';
import { signUpBoxEnd } from './sign-up-box.ts';
import { isEditorsNote, updateNoteDate } from './update-note.ts';
import { namesOnlyAgencies, wireByline } from './wire-byline.ts';

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
 * A headline that asks a question (the Guardian: `… – will Europe fight for them?`): one question of a headline's length,
 * no sentence before it, which a paragraph's question has.
 */
const QUESTION_END = new RegExp(`${endingIn('?')}$`, 'u');
const isQuestionHeadline = (text: string) => QUESTION_END.test(text) && wordCount(text) <= 20 && !SENTENCE_BREAK.test(text);
/** No sentence, or a headline that asks a question: a line that may be a headline. */
const mayBeHeadline = (text: string) => !isParagraph(text) || isQuestionHeadline(text);
/**
 * The most words of a headline under a kicker, given the line under the headline. Under a one-word
 * section (`Esteri`) a headline may run to 20 (Corriere: `Georgia, stop ai negoziati con l’Ue:
 * migliaia in piazza a Tbilisi, scontri con la polizia`), and so under two words when a longer
 * standfirst follows it (`ABC Internacional`, a headline of 15 words, a standfirst of 19: a short
 * headline's standfirst has no longer line under it), and under three or four (Clarín: `Crisis en el
 * Cáucaso`) when that standfirst is a sentence, full stop and all, as the line under a short headline
 * is not always; otherwise a line past 14 words is the standfirst, and the kicker a short headline
 * (`Georgia votes`).
 */
function headlineWords(kicker: Item, headline: Item, standfirst: Item | undefined): number {
  const kickerWords = wordCount(kicker.text);
  const longerStandfirst = standfirst !== undefined && !standfirst.facts && wordCount(standfirst.text) > wordCount(headline.text);
  const sentence = /[.!?]["'”’»)]*$/u.test(standfirst?.text ?? '');
  return kickerWords === 1 || (longerStandfirst && (kickerWords === 2 || sentence)) ? 20 : 14;
}

/**
 * A kicker or section label above the headline (`World News`, `Proteste in Georgien`): a short line
 * followed by a longer headline-like line, or by another kicker (an outlet's name, then a shorter
 * section: `Интерфакс`, `Политика`). A standfirst is longer still, so a headline is no kicker.
 */
function isKicker(plain: readonly Item[], i: number): boolean {
  const [item, next, after] = [plain[i]!, plain[i + 1], plain[i + 2]];
  return (
    next !== undefined &&
    !isObituaryHeadline(item.text) &&
    !next.facts &&
    !next.byline &&
    !item.underSection &&
    (wordCount(item.text) <= 4 || isSectionTrail(item.text)) &&
    ((mayBeHeadline(next.text) && next.text.length > item.text.length && wordCount(next.text) <= headlineWords(item, next, after)) ||
      isKicker(plain, i + 1) ||
      // The section's name over its one-sentence description (kicker-description.ts).
      isKickerDescription(plain, i + 1))
  ) || (!item.underSection && isKickerOverShortHeadline(plain, i));
}

/**
 * The headline among the header's text lines (in order, facts left out): the first that is no
 * kicker, below the page's menu if one was copied (`Reuters home`, `World`, `Business`, ...:
 * MENU_RUN or more one-to-three-word lines in a row), since what stands above a menu is the page's.
 */
function titleOf(plain: readonly Item[]): Item | undefined {
  let below = 0;
  for (let i = MENU_RUN - 1; i < plain.length - 1; i += 1) {
    if (plain.slice(i - MENU_RUN + 1, i + 1).every(isMenuItem)) below = i + 1;
  }
  // The run's last line may itself be the headline's kicker; a menu only ends where a longer line follows.
  while (below > 0 && below < plain.length && isMenuItem(plain[below]!)) below += 1;
  // Short lines may run on past the menu into the header over the date (menuEnd): a short headline. And the menu
  // menuEnd found ends there though its run here is short of MENU_RUN: the masthead and the kinds of article among
  // its items (`OC Media`, `News`, `Analysis`) are fact lines, left out of `plain`.
  const header = plain.findIndex((item) => !item.menu);
  if (header > 0) below = header;
  const start = below < plain.length ? below : 0;
  const candidates = plain.slice(start);
  return candidates.find((_, i) => !isKicker(candidates, i) && !isKickerDescription(plain, start + i)) ?? candidates[0];
}

/** The credit after the line above's words repeated and a dash or bar: `<caption> - Ansa`, `<caption> | Foto: Name`; undefined otherwise. */
function creditAfterRepeat(above: string, text: string): string | undefined {
  const rest = text.startsWith(above) ? /^\s+[-–—|]\s+(?:\p{L}+:\s*)?(?<credit>\p{Lu}[\p{L}&.'’/ -]{1,40})$/u.exec(text.slice(above.length)) : null;
  return rest && wordCount(above) >= 3 ? rest.groups!.credit!.trim() : undefined;
}

/** A dash alone, or a short line ending in one: the end of a dateline a browser copied apart from its paragraph. */
const ENDS_IN_DASH = /(?:^|\s)[—–]$/u;

/**
 * A dateline copied over several lines (CNN: `Tbilisi, Georgia`, `CNN`, ` — `, then the text) is
 * one paragraph again, as the page prints it: the short lines up to a dash and the paragraph after
 * it, when together they open with a dateline. Only blanks between them change.
 */
function joinSplitDatelines(items: Item[], lines: readonly string[], options: DatelineReading): void {
  for (let i = 0; i < items.length - 1; i += 1) {
    if (!ENDS_IN_DASH.test(items[i]!.text) || wordCount(items[i]!.text) > 6) continue;
    for (let first = Math.max(0, i - 2); first <= i; first += 1) {
      const parts = items.slice(first, i + 2);
      if (parts.slice(0, -1).some((item) => isParagraph(item.text) || wordCount(item.text) > 6)) continue;
      const text = parts.map((item) => item.text).join(' ');
      if (!readDateline(text, options)) continue;
      const joined = parts.map((item) => lines[item.index]!.trim()).join(' ');
      items.splice(first, parts.length, { index: parts[0]!.index, lineOfText: parts[0]!.lineOfText, text, facts: undefined, joined });
      break;
    }
  }
}

/**
 * A date's label on a line of its own over its date (El Español: `Publicada`, then `28 mayo 2024 16:42h`; `Actualizada`
 * over the update's) is one line with it, as other pages print it, so the label says which date it is.
 */
function joinDateLabels(items: Item[], options: DatelineReading): void {
  for (let i = items.length - 2; i >= 0; i -= 1) {
    const [label, date] = [items[i]!, items[i + 1]!];
    if (!isDateLabel(label.text)) continue;
    const text = `${label.text} ${date.text}`;
    // On the date's line: a message about the date names the line that prints it.
    if (readFactLine(text, [], options)?.date !== undefined) items.splice(i, 2, { ...date, text });
  }
}

/**
 * The caption of the photo whose credit stands alone at `i`: the line of text above it (CNN), or,
 * when the title or another fact is above, a line that is no sentence below it, past the page's
 * buttons, right over the text (RIA: `© РИА Новости / Name`, `Перейти в медиабанк`, the caption).
 */
function captionBeside(items: readonly Item[], i: number, standfirstOverPhoto: boolean): Item | undefined {
  const above = items[i - 1]!;
  const title = titleOf(items.slice(0, i).filter((item) => !item.facts));
  let below = i + 1;
  while (items[below]?.facts?.chrome) below += 1;
  // The page's buttons may stand between the caption and the text too (Sputnik's `Подписаться`).
  let next = below + 1;
  while (items[next]?.facts?.chrome) next += 1;
  const [caption, text] = [items[below], items[next]];
  // The first of a compilation's sub-headings, each over its paragraphs, is no caption (Georgia Today's "News in Brief").
  // Nor is a heading that leads into the text with a colon (the Jamestown Foundation's `Executive Summary:`).
  const overText = caption && text && !caption.facts && !isParagraph(caption.text) && !caption.text.endsWith(':') && isParagraph(text.text) && !opensSections(items, below);
  // Or a sentence over the byline and the date, which the text never stands above (Le Devoir: the title, the standfirst,
  // `Photo: Name Reuters`, the caption, `Agence France-Presse`, `à Tbilissi`, the date).
  const overHeader = caption && !caption.facts && isParagraph(caption.text) && bylineThenDate(items, below + 1);
  const captionBelow = overText || overHeader ? caption : undefined;
  // The standfirst right under the title is no caption when one stands below the credit (Sputnik: the title, the
  // standfirst, `© Sputnik / Name`, the caption, `Подписаться`, then the text).
  // So is one that is no sentence right under the title, over a credit that the header's date or byline follows (the
  // Economist: the title, the rubric, `Photograph: Getty Images`, the date); a caption there is a sentence (Radio-Canada).
  const factBelow = caption?.facts?.date !== undefined || caption?.facts?.authors !== undefined;
  const standfirst = items[i - 2] === title && (captionBelow !== undefined || (factBelow && !isParagraph(above.text)));
  // A place under the byline (`By Anna Holt`, `Tbilisi`, `Photo: Reuters`) is where the story was filed, no caption.
  const placeUnderByline = items[i - 2]?.facts?.authors !== undefined && isMenuItem(above);
  if (!above.facts && !placeUnderByline && !standfirst && !textBegunAbove(items, i) && (above !== title || headlineBelow(items, i))) {
    // A sentence right under the title over a credit alone is Radio-Canada's caption (`Des manifestants devant le Parlement
    // géorgien, à Tbilissi.`, `Photo : Reuters / Name`), and as often the standfirst over a photo printed with no caption
    // (Gazeta.uz: `Фото: Gazeta.uz`; El Tiempo: `Foto: AFP`): neither where it stands nor its credit tells which. The
    // paper's profile may say (standfirstOverPhoto); else it is read as the caption, and the import says so (standfirstOrCaption).
    if (items[i - 2] === title && isParagraph(above.text)) {
      if (standfirstOverPhoto) return undefined;
      above.standfirstOrCaption = true;
    }
    return above;
  }
  return captionBelow;
}

/**
 * The section printed over the title printed again at `i`, the header's end, over the text (Le Devoir: `Monde`, `Europe`,
 * the title, …, the date, `Europe`): a short line that is no sentence, the same words as a menu item above the title.
 */
function sectionPrintedAgain(items: readonly Item[], i: number): boolean {
  const item = items[i];
  if (!item || isParagraph(item.text) || !isParagraph(items[i + 1]?.text ?? '')) return false;
  const title = titleOf(items.slice(0, i).filter((other) => !other.facts));
  return items.slice(0, i).some((above) => title !== undefined && above.index < title.index && !above.facts && isMenuItem(above) && above.text === item.text);
}

/**
 * A byline still to come at `i`: one or two short lines that are no sentence (the names, a place), then the date, and no
 * byline read above. Under a byline already printed, a sentence over the date is the text's (`By Anna Holt`, `Tbilisi`,
 * `Photo: Reuters`, a sentence, the date).
 */
function bylineThenDate(items: readonly Item[], i: number): boolean {
  if (items.slice(0, i).some((item) => item.facts?.authors)) return false;
  for (let j = i; j < i + CREDIT_WINDOW; j += 1) {
    const item = items[j];
    if (!item || isParagraph(item.text)) return false;
    if (item.facts?.date) return j > i;
  }
  return false;
}

/**
 * The agency's name alone at `i`, under its photo's caption (ABC: the caption, then `EFE`), where
 * captions stand: under the title, its standfirst, or the header's date or byline (buttons between
 * aside), with a byline, a date or the text next. Not a line that may be the headline (under a
 * kicker or a section, `Бывший СССР`, over the date); not under the title right over the date,
 * where one word is the agency that wrote the story (Haaretz, agencyOverDate); nor the text's last
 * paragraph over a sign-off (`AA`), which no byline, date or text follows.
 */
function agencyUnderCaption(items: readonly Item[], i: number): boolean {
  const [caption, item] = [items[i - 1], items[i]!];
  if (!caption || caption.facts || item.facts || isMenuItem(caption) || agencyAlone(item.text) === undefined) return false;
  const plainAbove = items.slice(0, i - 1).filter((other) => !other.facts);
  const title = titleOf(plainAbove);
  let up = i - 2;
  while (items[up]?.facts?.chrome) up -= 1;
  const above = items[up];
  if (!title || !above || isMenuItem(title)) return false;
  const underTitle = above === title;
  const where = above.facts ? above.facts.date !== undefined || above.facts.authors !== undefined : (underTitle || items[up - 1] === title) && titleOf([...plainAbove, caption]) !== caption;
  let next = i + 1;
  while (items[next]?.facts?.chrome) next += 1;
  const following = items[next];
  if (!where || !following || (underTitle && following.facts?.date)) return false;
  return following.facts?.date !== undefined || following.facts?.authors !== undefined || readNames(following.text) !== undefined || (!following.facts && isParagraph(following.text));
}

/**
 * A headline under the photo's credit at `i`, the date close below it (The Times: the caption, the
 * credit, `WORLD | EUROPE`, the headline, the byline, the date): the photo is printed above the
 * title, so the line over the credit is its caption, not the title.
 */
function headlineBelow(items: readonly Item[], i: number): boolean {
  let next = i + 1;
  while (items[next]?.facts?.chrome) next += 1;
  // Sections over the headline (Kurier: `Politik`, `Ausland`) may stand between the credit and it: short lines over a longer one.
  for (let kickers = 0; kickers < 2 && isKicker(items, next); kickers += 1) next += 1;
  const headline = items[next];
  return headline !== undefined && !headline.facts && !isParagraph(headline.text) && items.slice(next + 1, next + 4).some((item) => item.facts?.date);
}

/**
 * A photo's caption with its agency in brackets over the page's section and the headline (Milliyet:
 * `… göstericiler (AA)`, `DÜNYA`, the headline, the date): the line alone cannot tell it from a
 * headline that ends so (`… veto (Reuters)`), but a headline has the date, the byline or its
 * standfirst under it, never a section over another headline with the date close below that.
 */
function captionOverSection(items: readonly Item[], i: number): LineFacts | undefined {
  const item = items[i]!;
  const read = item.facts ? undefined : readCaptionOverText(item.text);
  let section = i + 1;
  while (items[section]?.facts?.chrome) section += 1;
  return read && isKicker(items, section) && headlineBelow(items, i) ? read : undefined;
}

/**
 * The page's section or name over the date: a menu item's few words, or a section the copied menu lists above it, which
 * may run to four words (TASS: `Russian Politics & Diplomacy` in its menu, then over the date).
 */
function sectionOverDate(items: readonly Item[], i: number): boolean {
  const item = items[i]!;
  return isMenuItem(item) || (wordCount(item.text) <= 4 && items.slice(0, i).some((above) => above.menu && above.text === item.text));
}

/**
 * The title under the date when the page's section or name stands above the date (`Бывший СССР`,
 * `14:35, 28 мая 2024`, then the title; `Кавказский узел`, a breadcrumb trail, the date, the title):
 * the section (sectionOverDate), chrome or the byline perhaps (Danas: `Društvo`, `Autor: Name`, the
 * date, the title), the date, and a longer line that is no paragraph.
 */
function titleBelowDate(items: readonly Item[], i: number): number | undefined {
  const item = items[i]!;
  let date = i + 1;
  while (items[date]?.facts?.chrome || (items[date]?.facts?.authors && !items[date]?.facts?.date)) date += 1;
  // Buttons may stand between the date and the title too (the BBC until 2013: `E-mail this to a friend`, `Printable version`),
  // and the agency and place the story came from (the Taipei Times: `AFP, TBILISI`).
  let below = date + 1;
  while (items[below]?.facts?.chrome || (items[below]?.facts?.authors && items[below]?.facts?.dateline)) below += 1;
  const title = items[below];
  const found = sectionOverDate(items, i) && items[date]?.facts?.date !== undefined && title !== undefined && !title.facts && !isParagraph(title.text) && title.text.length > item.text.length;
  return found ? below : undefined;
}

/** The title under the date past a run of short lines over it (TV Rain: its name `Дождь`, the section `Новости`, the date, the title). */
function titleUnderShortLines(items: readonly Item[], first: number): number | undefined {
  for (let i = first; i < items.length && !items[i]!.facts && sectionOverDate(items, i); i += 1) {
    const found = titleBelowDate(items, i);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The dateline opening a paragraph, unless its place is a speaker's label that opens other lines too (speaker-label.ts). */
function openingDateline(item: Item, items: readonly Item[], options: DatelineReading): ReturnType<typeof readDateline> {
  const read = readDateline(item.text, options);
  return read && !repeatsOpeningLabel(item.text, items.map((other) => other.text)) ? read : undefined;
}

/**
 * One past the header's last line: everything before a paragraph that opens with a dateline, else
 * up to the last fact line, where a header may hold a kicker, a title and one standfirst paragraph.
 */
function headerEnd(items: readonly Item[], menu: number, window: number, options: DatelineReading): number {
  // A date line is no paragraph, though `Actualizado Martes, 28 mayo 2024` reads like `PLACE, date`;
  // nor is chrome, though a breadcrumb trail (`Главная / Новости / Грузия`) reads like `PLACE /`; nor a
  // photo's credit, though `GIORGI ARJEVANIDZE - AFP` reads like `TBILISI - …`; nor a byline (`Por AFP — Tbilisi`).
  // The opener is a paragraph of text: a line of tags under the text (`Georgia / world politics / laws`) reads like `PLACE /` too.
  const opener = items.findIndex((item, i) => i < window && i > 0 && !item.facts?.date && !item.facts?.chrome && !item.facts?.credit && !item.facts?.authors && isParagraph(item.text) && openingDateline(item, items, options));
  if (opener !== -1) return opener;
  const limit = Math.min(window, items.length);
  let end = 0;
  for (let i = 0; i < limit; i += 1) {
    if (!items[i]!.facts) continue;
    const plain = items.slice(0, i).filter((item) => !item.facts);
    const title = titleOf(plain);
    if (plain.filter((item, at) => item !== title && isParagraph(item.text) && !isKickerDescription(plain, at)).length > 1) break;
    end = i + 1;
  }
  // The title at least: below the site's menu, after a masthead or date above it, or alone when no
  // fact is printed on top.
  const first = items.findIndex((item, i) => i >= menu && !item.facts);
  let title = first === -1 ? first : (titleUnderShortLines(items, first) ?? first);
  // Kickers over the headline (`Sakartvelo`, then the headline) are the header's too.
  while (title !== -1 && isKicker(items, title)) title += 1;
  return Math.max(end, title === -1 ? items.length : title + 1);
}

/** Names printed without `By`, unless the line could as well be a sub-heading (name-or-heading.ts). */
function bareNames(text: string, commonWords: ReadonlySet<string>): LineFacts | undefined {
  if (opensWithBylineWord(text)) return undefined;
  const names = readNames(text);
  return names && !couldBeHeading(names.authors, commonWords) ? { authors: names.authors, dateline: names.dateline } : undefined;
}

/**
 * A line of names right under a line of text that is no sentence (`Talks Resume`, then `Alexandra
 * Kovalenko`): the byline under a short headline, not a headline under a kicker, since a kicker is a
 * label above the title and no byline stands under one. Not when the line could be a heading, nor
 * when the text names them again: a headline that is a name (`Obituary`, then `Jane Goodall`) is
 * about that person.
 */
function bylineUnderHeadline(items: readonly Item[], i: number, commonWords: ReadonlySet<string>): LineFacts | undefined {
  const [above, item, below] = [items[i - 1], items[i]!, items[i + 1]];
  // Over a byline, a line of capitalised words is the headline (`Georgia Votes Again`, then `By Anna Holt` or `Anna Holt`).
  if (!above || above.facts || item.facts || !mayBeHeadline(above.text) || (below && (readByline(below.text) || bareNames(below.text, commonWords)))) return undefined;
  const names = bareNames(item.text, commonWords);
  // A note about the author in the text's second half (the Guardian: `Natalia Beridze is a Georgian journalist …`) names the byline's author, not the headline's subject.
  const aboutAuthor = (other: Item, j: number) => j > items.length / 2 && names!.authors!.some((name) => other.text.startsWith(`${name} `) && /^\p{Ll}/u.test(other.text.slice(name.length + 1)));
  return names && !namedElsewhere(names.authors!, items.filter((other, j) => other !== item && !aboutAuthor(other, j)).map((other) => other.text)) ? names : undefined;
}

/**
 * A line of names without `By`, next to a date or chrome line: `Andrew Roth in Moscow`, `Margarita
 * Antidze`; or a place in capitals next to a date line: `ROMA` (ANSA).
 */
function nameLine(items: readonly Item[], i: number, commonWords: ReadonlySet<string>): LineFacts | undefined {
  const neighbours = [items[i - 1], items[i + 1]];
  // Under a labelled byline, the line after the byline is its affiliation (`Article rédigé par`, `franceinfo avec AFP`, `France Télévisions`).
  if (underLabelledByline(items, i)) return undefined;
  // The author whose follow button is below: a person or an agency (`Reuters`, then `+ FOLLOW`).
  if (items[i + 1] && isFollowButton(items[i + 1]!.text) && !isParagraph(items[i]!.text)) return readAuthors(items[i]!.text);
  // A place in capitals beside the date, or under the byline (the Globe and Mail: `ANNA HOLT`, `TBILISI`, `SPECIAL TO …`).
  const underByline = items[i - 1]?.facts?.authors !== undefined && !isWireAgency(items[i]!.text);
  // An agency's name in capitals beside the date (Arab News: `REUTERS` between the update and the date) is its byline, no place.
  const place = (neighbours.some((item) => item?.facts?.date) && !isWireAgency(items[i]!.text)) || underByline ? (readPlaceLine(items[i]!.text) ?? placeBelowNames(items, i) ?? (underByline ? placeFiledFrom(items[i]!.text) : undefined)) : undefined;
  if (place) return { dateline: place };
  if (agencyOverDate(items, i) || agencyUnderDate(items, i) || agencyBetweenDates(items, i)) return readAuthors(items[i]!.text);
  const beside = neighbours.some((item) => item?.facts && (item.facts.date || item.facts.chrome)) || placeBelowNames(items, i + 1) !== undefined || roleAboveDate(items, i + 1);
  return beside ? (bareNames(items[i]!.text, commonWords) ?? readAgencies(items[i]!.text) ?? agencyUnderTitle(items, i)) : undefined;
}

/**
 * An agency's name alone right under the title, beside the date: the byline of wire copy as other papers print it (the title,
 * `Reuters`, then `Published: …`). Under a short line that may be the title's second part, it is no byline (agencyOverDate).
 */
function agencyUnderTitle(items: readonly Item[], i: number): LineFacts | undefined {
  const item = items[i]!;
  const underTitle = i > 0 && titleOf(items.slice(0, i).filter((other) => !other.facts)) === items[i - 1];
  return underTitle && isWireAgency(item.text) ? { authors: [item.text] } : undefined;
}

/**
 * One to three capitalised words between the standfirst and the date (Haaretz: the title, the
 * standfirst, `Reuters`, the date; CBC: `The Associated Press`) are the agency that wrote the
 * story: a section stands above the title, not under its standfirst.
 */
function agencyOverDate(items: readonly Item[], i: number): boolean {
  const [title, standfirst, item, date] = [items[i - 2], items[i - 1], items[i]!, items[i + 1]];
  return (
    date?.facts?.date !== undefined &&
    title !== undefined &&
    !title.facts &&
    standfirst !== undefined &&
    !standfirst.facts &&
    // An agency in capitals (`EFE`, El Universal) is no section under a shorter standfirst either.
    (wordCount(standfirst.text) > 12 || agencyAlone(item.text) !== undefined) &&
    isAgencyName(item.text)
  );
}

/**
 * One word between the date and the page's buttons (the Hindu: the date, `Reuters`, `READ LATER`) is
 * the agency that wrote the story: a section never stands among the buttons.
 */
function agencyUnderDate(items: readonly Item[], i: number): boolean {
  const [date, item, button] = [items[i - 1], items[i]!, items[i + 1]];
  return date?.facts?.date !== undefined && button !== undefined && isControl(button.text) && isAgencyName(item.text, 1);
}

/**
 * A news agency's name alone between the update's date and the publication's (Arab News: `Updated 28 May 2024`, `REUTERS`,
 * `May 28, 2024 15:20`): the byline the page prints between its two dates.
 */
function agencyBetweenDates(items: readonly Item[], i: number): boolean {
  const [above, item, below] = [items[i - 1], items[i]!, items[i + 1]];
  return above?.facts?.date !== undefined && below?.facts?.date !== undefined && isWireAgency(item.text);
}

/**
 * `ANNA KELLER`, `Tiflis`, then the date (El Mundo): one capitalised word between a line of names and a date is the place;
 * so under the paper's own byline (`RTVE.es / AGENCIAS`, a masthead's line: chrome that no button's words make).
 */
function placeBelowNames(items: readonly Item[], i: number): string | undefined {
  const [above, item, below] = [items[i - 1], items[i], items[i + 1]];
  const ownByline = above?.facts?.chrome === true && !isChrome(above.text) && !isAuthorLabel(above.text);
  const names = above !== undefined && (above.facts?.authors !== undefined || ownByline || (above.facts === undefined && readNames(above.text) !== undefined));
  // A news agency there is the reporter's (the Japan Times: `by Name`, `Reuters`, the date), no place.
  return names && below?.facts?.date && item && /^\p{Lu}[\p{L}-]+$/u.test(item.text) && !isWireAgency(item.text) ? item.text : undefined;
}

/**
 * `Laura Prats`, `Moscú. Corresponsal`, then the date (La Vanguardia): a short line that is no sentence between a line of names and the date;
 * or a second line of names, however long (El País: `María R. Sahuquillo`, then `Javier G. de la Cruz`, then the date).
 */
function roleAboveDate(items: readonly Item[], i: number): boolean {
  const [item, below] = [items[i], items[i + 1]];
  return item !== undefined && !item.facts && below?.facts?.date !== undefined && (wordCount(item.text) <= 3 || readNames(item.text) !== undefined) && !isParagraph(item.text);
}

/** A line about the author under a name, in lower case and no sentence: `корреспондент «Новой газеты»`. */
function isRoleUnderName(items: readonly Item[], i: number): boolean {
  const [above, item] = [items[i - 1], items[i]!];
  return /^\p{Ll}/u.test(item.text) && wordCount(item.text) <= 6 && !isParagraph(item.text) && above !== undefined && readNames(above.text) !== undefined;
}

/** The second line under a byline's label: the label, the byline, then this. */
const underLabelledByline = (items: readonly Item[], i: number) => items[i - 2] !== undefined && isAuthorLabel(items[i - 2]!.text);

/**
 * The author's affiliation under a byline, `Би-би-си`, `BBC News, Tbilisi`: a short line that is no
 * sentence, between a line of names and another fact line. It is the page's, not article text. Under
 * a byline's label it may be long (The Conversation: `Author`, the name, then `Senior Research Fellow,
 * Russia and Eurasia Programme, Chatham House`).
 */
function isAffiliation(items: readonly Item[], i: number): boolean {
  const [before, item, after] = [items[i - 1], items[i]!, items[i + 1]];
  const labelled = underLabelledByline(items, i);
  return (before?.facts?.authors !== undefined || labelled) && after?.facts !== undefined && (wordCount(item.text) <= 3 || labelled) && !isParagraph(item.text) && !isTranslatorCredit(item.text);
}

/**
 * A word in capitals between two fact lines under the title, `NEWS` between ANSA's time and its
 * share buttons: the page's label for the kind of item, not article text (a place so printed
 * beside a date is read before, by nameLine).
 */
function isPageLabel(items: readonly Item[], i: number): boolean {
  const [before, item, after] = [items[i - 1], items[i]!, items[i + 1]];
  return before?.facts !== undefined && after?.facts !== undefined && /^\p{Lu}{2,}$/u.test(item.text);
}

/** A time stamp on a line of its own, `18.20 BST`, `17:55`, `18:42 (МСК)`, labelled too (the BBC: `Posted at 06:42 GMT`): a live blog's post begins so. */
const TIME_STAMP = new RegExp(String.raw`^(?:${phrasesOf('publishedLabel')}\s+(?:${phrasesOf('timeWord')}\s+)?)?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+(?:\p{Lu}{2,5}|\(\p{Lu}{2,5}\)|GMT[+-]\d{1,2}))?$`, 'iu');

/**
 * A live blog (posts under time stamps, newest first) is refused: the date at its top is its latest
 * update, not when it was first published, and its posts are many articles, not one.
 */
function refuseLiveBlog(body: readonly Item[]): void {
  const stamps = body.filter((item) => TIME_STAMP.test(item.text));
  if (stamps.length < 2) return;
  throw new ImportError(
    `the clipping is a live blog (posts under the time stamps "${stamps[0]!.text}" and "${stamps[1]!.text}", lines ${stamps[0]!.index + 1} and ${stamps[1]!.index + 1}): the date at its top is its latest update, not when it was first published, and its posts are not one article`,
    'no option imports a live blog as one article; it is refused rather than filed under its last update. Import a post that has a page of its own from that page',
    stamps[0]!.index + 1,
  );
}

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

export function readGenericLayout(lines: readonly string[], mastheads: readonly string[], options: LayoutReading): Header {
  refuseChannelPost(lines);
  const items: Item[] = [];
  // The lines that hold text: a copy may put blank lines between any two, so neighbours are these lines' neighbours.
  const filled = lines.map(tidyLine).flatMap((text, index) => (text ? [{ index, text }] : []));
  const filledTexts = filled.map((line) => line.text);
  const margins = printMargins(filledTexts);
  filled.forEach(({ index, text }, i) => {
    // An audio player's clock is the page's, kept in the original only (player-clock.ts).
    if (!margins.has(i) && !isPlayerClock(filledTexts, i)) items.push({ index, lineOfText: i, text, facts: undefined });
  });
  // An editor's note over the headline (`Correction: …`), under the site's menu too in a whole page's copy, is the text's
  // first paragraph, read apart from the header (update-note.ts).
  const noteAt = items.findIndex((item) => isEditorsNote(item.text));
  const noteOverHeadline = noteAt !== -1 && items.slice(0, noteAt).every((item) => !isParagraph(item.text)) ? items.splice(noteAt, 1)[0] : undefined;
  // The sign-up box a newsletter's page lays over the post is the page's, blurb and all (sign-up-box.ts).
  const itemTexts = items.map((item) => item.text);
  const signUpBox = itemTexts.findIndex((_, i) => signUpBoxEnd(itemTexts, i) !== undefined);
  if (signUpBox !== -1) items.splice(signUpBox, signUpBoxEnd(itemTexts, signUpBox)! - signUpBox);
  joinSplitDatelines(items, lines, options);
  joinDateLabels(items, options);
  const commonWords = wordsInLowerCase(items.map((item) => item.text));
  const menu = menuEnd(items, commonWords, options);
  items.slice(0, menu).forEach((item) => (item.menu = true));
  let window = windowEnd(items, menu);
  const factsOf = (item: Item) => (item.facts = readFactLine(item.text, mastheads, options));
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
  // A credit line under a line of text near the top is that photo's caption and credit (CNN: the
  // caption, then `Nika Beridze/Reuters`), unless the line above is the title or a caption is read
  // near the top already, of any form (labelled, `Подпись к фото, …` under `Автор фото, Reuters`;
  // with its credit, `… Photo: X`).
  // The agency's name alone under a caption is read first, since only its place tells it from a byline.
  const hasCaption = () => items.slice(0, window).some((item) => item.facts?.caption !== undefined);
  const agency = hasCaption() ? -1 : items.findIndex((_, i) => i > 0 && i < window && agencyUnderCaption(items, i));
  if (agency !== -1) [items[agency - 1]!.facts, items[agency]!.facts] = [{ caption: items[agency - 1]!.text }, { credit: agencyAlone(items[agency]!.text) }];
  if (!hasCaption()) {
    for (const [i, item] of items.slice(0, window).entries()) {
      const caption = captionOverSection(items, i);
      if (caption) {
        item.facts = caption;
        break;
      }
    }
  }
  if (!hasCaption()) {
    items.slice(1, window).forEach((item, i) => {
      const lone = item.facts?.credit !== undefined && Object.keys(item.facts).length === 1;
      const caption = lone ? captionBeside(items, i + 1, options.standfirstOverPhoto === true) : undefined;
      if (caption) caption.facts = { caption: caption.text };
    });
  }
  // The photo's text alternative, then the same words with the credit after a dash (Rai News: `Manifestanti
  // davanti al Parlamento`, then `Manifestanti davanti al Parlamento - Ansa`): the words printed twice say it is a caption.
  items.slice(1, window).forEach((item, i) => {
    const credit = item.facts ? undefined : creditAfterRepeat(items[i]!.text, item.text);
    if (credit) item.facts = { caption: items[i]!.text, credit };
  });
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
  // The names, the newsroom and the place, one a line over the date (stacked-byline.ts).
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
  // A stacked byline is one fact of the header, however many lines it takes: the window reaches as far past it.
  if (stacked > 1) {
    const wider = windowEnd(items, menu, HEADER_WINDOW + stacked - 1);
    items.slice(window, wider).forEach(factsOf);
    window = wider;
  }

  // A byline printed with its word (`Ein Interview von Name, Tiflis`) is the article's: a line of capitalised words
  // over the headline is then its kicker (Der Spiegel: `Georgiens Weinexporte`, German nouns in capitals), no names.
  const labelledByline = items.slice(0, window).some((item) => item.facts?.authors && opensWithBylineWord(item.text));
  if (!labelledByline) items.slice(1, window).forEach((item, i) => (item.byline = bylineUnderHeadline(items, i + 1, commonWords)));

  let end = headerEnd(items, menu, window, options);
  // The languages the page is also printed in, one a line under their label at the header's end, or under its date
  // inside it (UNICEF: the date, `Available in:`, `English`, `ქართული`) (language-list.ts).
  const texts = items.map((item) => item.text);
  const label = items.findIndex((_, i) => i < end && languageListEnd(texts, i, options.languages) !== undefined);
  const listed = label === -1 ? undefined : languageListEnd(texts, label, options.languages)!;
  if (listed !== undefined) {
    items.slice(label + 1, listed).forEach((item) => (item.facts = { chrome: true }));
    end = Math.max(end, listed);
  }
  // The section printed again over the text is the page's label, not a line of the text.
  if (sectionPrintedAgain(items, end)) [items[end]!.facts, end] = [{ chrome: true }, end + 1];
  // The photo's caption right under the header, over the text, with its agency in brackets (Corriere).
  const overText = items[end] && !items.slice(0, end).some((item) => item.facts?.caption) && isParagraph(items[end + 1]?.text ?? '') ? readCaptionOverText(items[end]!.text) : undefined;
  if (overText) [items[end]!.facts, end] = [overText, end + 1];
  // So the header's last line, over a text that opens with a dateline (La Stampa: the caption, then `TBILISI. …`); the page's
  // buttons and boxes may stand between it and the text (the Evening Standard: `(AP)`, then its newsletter box).
  let lastIndex = end - 1;
  while (lastIndex > 0 && items[lastIndex]!.facts?.chrome) lastIndex -= 1;
  const lastLine = items[lastIndex];
  const underTitle = end > 1 && lastLine !== titleOf(items.slice(0, end).filter((item) => !item.facts));
  const captionAbove = underTitle && !overText && !lastLine!.facts && !items.slice(0, end).some((item) => item.facts?.caption) && isParagraph(items[end]?.text ?? '') ? readCaptionOverText(lastLine!.text) : undefined;
  if (captionAbove) lastLine!.facts = captionAbove;
  // Under the title, a sentence and an agency in brackets is the photo's caption (Arab News), not the sign-off it is under
  // the text; so is the header's next line, over the text (the Korea Herald: the dates, then `… Georgia. (123rf)`).
  const headTitle = titleOf(items.slice(0, end).filter((item) => !item.facts));
  const agencyCaption = items.slice(0, end).some((item) => item.facts?.caption) || !headTitle ? -1 : items.findIndex((item, i) => i <= end && !item.facts && item.index > headTitle.index && readHeaderCaption(item.text));
  if (agencyCaption !== -1) {
    items[agencyCaption]!.facts = readHeaderCaption(items[agencyCaption]!.text);
    if (agencyCaption === end) end += 1;
  }
  // A byline without `By` under the date, the text right after it (`12 March 2024 14:05`, then
  // `John Smith`), or under the title when the date is printed above it (the date, the title, then
  // `John Smith`): no fact line follows it to hold it in the header, so it is taken here, unless a
  // byline is printed already (then a line of capitalised words there is the text's, `Key Points`).
  const hasByline = items.slice(0, end).some((item) => item.facts?.authors);
  const [last, next] = [items[end - 1], items[end]];
  const titleUnderDate = last !== undefined && !last.facts && items[end - 2]?.facts?.date !== undefined;
  const underHeader = !hasByline && next && !isParagraph(next.text);
  // Or under the photo's caption or a player's button closing the header (Politiken: the caption, then `Mette Holm`, then the text).
  // The author's job may stand under the name, over the text (Chatham House: the date, `5 minute READ`, the name, then
  // `Senior Research Fellow, Russia and Eurasia Programme`): the page's line about the author.
  const roleUnderName = items[end + 1] && isRoleAndUnit(items[end + 1]!.text) && isParagraph(items[end + 2]?.text ?? '') ? items[end + 1] : undefined;
  const overTextUnderFacts = (last?.facts?.caption !== undefined || last?.facts?.chrome === true) && (roleUnderName !== undefined || isParagraph(items[end + 1]?.text ?? ''));
  const nameBelowDate = underHeader ? (last?.facts?.date ? nameLine(items, end, commonWords) : titleUnderDate || overTextUnderFacts ? bareNames(next.text, commonWords) : undefined) : undefined;
  if (nameBelowDate?.authors) [next!.facts, end] = [nameBelowDate, end + 1];
  if (nameBelowDate?.authors && roleUnderName) [roleUnderName.facts, end] = [{ chrome: true }, end + 1];
  if (!hasByline && !nameBelowDate?.authors) end = bylineUnderStandfirst(items, end) ?? end;
  // The wire's reporter over the text it sent (wire-byline.ts): the byline, in place of the agency's alone.
  const wireLine = items[end - 1];
  const wire = wireLine && items[end] && !wireLine.facts && wireLine !== titleOf(items.slice(0, end).filter((item) => !item.facts)) ? wireByline(wireLine.text, items[end]!.text, (text) => bareNames(text, commonWords)) : undefined;
  if (wire) {
    wireLine!.facts = wire;
    if (wire.authors) items.slice(0, end - 1).filter((item) => namesOnlyAgencies(item.facts)).forEach((item) => (item.facts = { ...item.facts, authors: undefined }));
  }
  // The reporter's newsroom under the byline and the reporter's job (Daily Nation: `By Name`, `Correspondent`, `Nation Media Group`): the page's.
  const [role, newsroom] = [items[end - 1], items[end]];
  if (newsroom && !newsroom.facts && role && isRoleLine(role.text) && items[end - 2]?.facts?.authors && isAgencyName(newsroom.text)) [newsroom.facts, end] = [{ chrome: true }, end + 1];
  // The paper's desk and the reporter's place right under the byline, over the text (the BBC in 2014: `By Name`, then
  // `BBC News, Tbilisi`, the date printed over the title): the page's line, and the place the story was written in.
  const desk = items[end];
  const deskPlace = desk && !desk.facts && items[end - 1]?.facts?.authors && wordCount(desk.text) <= 4 ? placeAfterPaperDesk(desk.text, mastheads) : undefined;
  if (deskPlace) [desk!.facts, end] = [{ dateline: deskPlace }, end + 1];
  // The trailer: from a heading of the page's own lists (`Related Topics`) on, or from the chrome
  // after the last sentence, then fact lines upwards.
  const { cut, inserts } = linkLists(items, end);
  // The footer's links over the page's copyright line (footer-links.ts) are the page's; the lines above them are read
  // as the text's end, so that its own short last lines (`Lusa/Fim`) do not make a menu's run with the links.
  const footer = footerLinksStart(items.map((item) => item.text), end) ?? items.length;
  let start = Math.min(cut ?? footer, unnamedTrailer(items.slice(0, footer), end) ?? footer);
  // The author's box just above (`TAMAR KIKNADZE`, then a line about her): the byline's names again,
  // alone on a line with a line under it (a name that ends the text is its sign-off, and stays). The
  // byline may be names without `By` beside the date (DW: `Jonas Albrecht`, then the date).
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
  // With its heading over the names (El País: `Sobre la firma`), which a name and a line under it took for a list in the text.
  if (box !== -1) start = box > end && startsTrailer(items[box - 1]!.text) ? box - 1 : box;
  start = tagsStart(items, end, start);
  // The author's role under a name at the text's end, over the page's lists (Novaya Gazeta: `Ирина Петрова`, then
  // `корреспондент «Новой газеты»`): the page's, as an author's box is; the name above it is the byline (below).
  if (start - 2 >= end && isRoleUnderName(items, start - 1)) start -= 1;
  // Fact lines under the text among the page's buttons, down to the first line that states none
  // (Corriere: its WhatsApp promotion, then the date, then `© RIPRODUZIONE RISERVATA`); further down
  // stand the page's lists, whose dates are other articles'.
  const underText = new Set<Item>();
  for (let i = start; i < (cut ?? items.length) && factsOf(items[i]!); i += 1) underText.add(items[i]!);
  items.slice(start).forEach((item) => (item.facts = underText.has(item) ? item.facts : { chrome: true }));
  while (start > end && factsOf(items[start - 1]!)) start -= 1;
  // A name line just above the trailer's date (`Name` then `22 August 2019 12:55`), and the fact
  // lines above it: its label (`Автор`, then `Иван Смирнов`).
  if (start > end && nameLine(items, start - 1, commonWords)) {
    start -= 1;
    while (start > end && factsOf(items[start - 1]!)) start -= 1;
  }
  // A later photo between the text's paragraphs is the page's figure (figure-in-text.ts).
  for (const item of figuresInText(items, end, start, inserts, mastheads, options)) inserts.add(item);

  const head = items.slice(0, end);
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

  const found: LineFacts[] = [];
  const dates: FoundDate[] = [];
  const updates: FoundDate[] = [];
  const standfirst: Item[] = [];
  const collect = (facts: LineFacts | undefined, item: Item) => {
    if (!facts) return false;
    found.push(facts);
    if (facts.date) {
      const { text, updated, ...marks } = facts.date;
      (updated ? updates : dates).push({ text, line: item.index + 1, ...marks });
    }
    if (facts.update) updates.push({ text: facts.update, line: item.index + 1 });
    return true;
  };
  // A credit with no caption printed anywhere (`Photo: Reuters` under the title) is still the article's
  // photo's: the first is its credit; any other stays where it is printed, in the body under the title.
  const captioned = items.some((item) => item.facts?.caption);
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
      if (creditAlone === undefined && collect(item.facts, item)) creditAlone = item.facts!.credit;
      else if (item.index > title.index) standfirst.push(item);
      return;
    }
    if (collect(item.facts, item) || item.index <= title.index || item.text === title.text) return;
    item.facts = item.byline ?? nameLine(items, i, commonWords);
    if (collect(item.facts, item) || isPageLabel(items, i)) return;
    if (isAffiliation(items, i)) affiliations.push(item.text);
    else if (!collect(agencyCreditLine(item.text), item)) standfirst.push(item);
  });
  items.slice(start).forEach((item, i) => collect(item.facts ?? nameLine(items, start + i, commonWords), item));

  const body = [...standfirst, ...items.slice(end, start).filter((item) => !inserts.has(item) && !isControl(item.text))];
  // The byline printed again under the text, word for word but its `Par` (Le Monde signs its articles so: `Name (Place,
  // envoyée spéciale)`): the byline's, not a sign-off of the text, even with no button under it (a printout).
  const byline = head.map((item) => (item.facts?.authors ? afterBylineWord(item.text) : undefined)).find((names) => names !== undefined);
  if (body.length > 1 && body.at(-1)!.text === byline) body.pop();
  if (body.length > 1 && isPaperAboutItself(body.at(-1)!.text, mastheads)) body.pop();
  // The byline under the text where the clipping's language prints it there (closing-name.ts), when none is printed above.
  const closingNames = body.length > 1 && !found.some((facts) => facts.authors) ? closingByline(body.at(-1)!.text, options.languages ?? []) : undefined;
  if (closingNames) {
    collect({ authors: closingNames }, body.pop()!);
  }
  // Under the text a credit is the photo's only when its label names the main photo (Notes from Poland: `Main image credit:
  // PKP PLK`, over the paper's note): another is a later photo's (Batumelebi's `ფოტო: ბათუმელები`), and an unlabelled one
  // no credit at all (Yonhap's end mark `(END)` has the shape of a bracketed credit).
  const textEnd = body.at(-1)?.index ?? Infinity;
  const labelledBelow = captioned ? undefined : items.slice(end).map((item) => (item.index > textEnd && namesMainPhoto(item.text) ? labelledCreditAlone(item.text) : undefined)).find((credit) => credit !== undefined);
  refuseLiveBlog(body);
  refuseSecondArticle(body, mayBeHeadline);
  if (dates.length === 0 && updates.length === 0) {
    // Names glued to the date (`Anna Keller May 14, 2024`) in the lines below the title, before the text.
    const glued = body.slice(0, 4).map((item) => [item, isParagraph(item.text) ? undefined : readNamesBeforeDate(item.text, options)] as const).find(([, facts]) => facts);
    if (glued) {
      const [item, facts] = glued;
      collect(facts, item);
      body.splice(body.indexOf(item), 1);
    }
  }
  // The page's record of publication and update in its box under the text (publication-record.ts): the update, and the
  // publication when the header prints no date.
  const record = items.slice(start).map((item) => [item, publicationRecord(item.text)] as const).find(([, read]) => read);
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
  firstPublicationFirst(dates, updates);
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
  // A section of the site's menu beside the date (`Политика, 28 мая 2024`, under a menu holding
  // `Политика`) is where the page files the story, not where it was written.
  const sections = new Set(items.slice(0, menu).map((item) => item.text.toLowerCase()));
  // Nor is the paper's own name after the byline's names (ProPublica: `by Name and Name, ProPublica`) a place.
  const ownName = (text: string) => mastheads.some((masthead) => masthead.toLowerCase() === text.toLowerCase());
  // Nor a section printed beside the date over the headline (Kun.uz: `Jahon 19:42 / …`, section-label.ts).
  const overHeadline = new Set(head.filter((item) => item.index < title.index && item.facts?.date && !item.facts.authors).map((item) => item.facts));
  const section = (facts: LineFacts) => sections.has(facts.dateline!.toLowerCase()) || isSectionNotPlace(facts.dateline!, overHeadline.has(facts), options.places);
  let dateline = found.find((facts) => facts.dateline && !section(facts) && !ownName(facts.dateline))?.dateline;
  // The place filed from after a reporter's name with no comma (El País 2012: `Pilar Bonet Tiflis`, name-then-place.ts).
  const filedFrom = authors.map((name) => nameThenPlace(name, options.places));
  filedFrom.forEach((split, i) => (authors[i] = split?.name ?? authors[i]!));
  dateline ??= filedFrom.find((split) => split)?.place;
  // The text's first sentence may stand below lines that are no sentence (Reuters' `Summary` and its points): its dateline is the story's.
  const firstSentence = body.findIndex((item, i) => i >= standfirst.length && isParagraph(item.text));
  const opening = body.slice(0, Math.max(standfirst.length, firstSentence) + 1).map((item) => [item, openingDateline(item, items, options)] as const).find(([, read]) => read);
  if (opening) {
    const [item, read] = opening;
    dateline ??= read!.place;
    if (authors.length === 0) authors.push(...(read!.authors ?? []));
    if (dates.length === 0 && read!.date) dates.push({ text: read!.date, line: item.index + 1 });
  }
  for (const item of body.slice(-CREDIT_WINDOW)) {
    for (const name of creditedAuthors(item.text)) if (!authors.includes(name)) authors.push(name);
  }
  // The agencies that sign off the text or are credited on its last line are its authors only when no byline or credit
  // names one: in capitals after the last sentence (`REUTERS`), alone under it as the agency prints its name (`Reuters`,
  // the Sydney Morning Herald; after a dash, `— Reuters`), or credited (`(Con información de EFE y AFP)`).
  if (body.length > 1 && authors.length === 0) {
    const last = body.at(-1)!.text;
    const alone = last.replace(DASH_BEFORE_AGENCY, '');
    const signedOff = signOffAgency(last) ?? (isWireAgency(alone) ? alone : undefined);
    authors.push(...(signedOff ? [signedOff] : creditedAgencies(last)));
  }
  const caption = found.find((facts) => facts.caption);
  const unsure = items.find((item) => item.standfirstOrCaption && item.facts?.caption !== undefined && item.facts.caption === caption?.caption);
  return {
    title: title.text,
    titleLine: title.index + 1,
    ...(unsure ? { captionOrStandfirstLine: unsure.index + 1 } : {}),
    authors,
    dateline,
    date: dates[0],
    updated: updates[0],
    caption: caption?.caption,
    // A caption's credit may be printed on a line of its own; with no caption, a credit alone over the text is the
    // photo's, or a labelled one under it (an unlabelled one there is not: Yonhap's end mark `(END)` has the shape of a
    // bracketed credit).
    credit: caption?.credit ?? (caption ? found.find((facts) => facts.credit)?.credit : (creditAlone ?? labelledBelow)),
    body: [...(noteOverHeadline ? [lines[noteOverHeadline.index]!] : []), ...body.map((item) => item.joined ?? lines[item.index]!)],
  };
}
