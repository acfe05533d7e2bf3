import { type DatelineReading, readDateline } from './body-facts.ts';
import { isAgencyName } from './byline-lines.ts';
import { bylineUnderStandfirst } from './byline-under-standfirst.ts';
import { isRoleAndUnit, isRoleLine } from './chrome-lines.ts';
import { hanNameAlone } from './cjk-lines.ts';
import { readHeaderCaption } from './header-caption.ts';
import { isKicker, titleOf } from './headline-line.ts';
import { isKickerDescription } from './kicker-description.ts';
import { languageListEnd } from './language-list.ts';
import { isMenuItem, isParagraph, type Item, wordCount } from './layout-item.ts';
import { bareNames, nameLine } from './name-lines.ts';
import { placeAfterPaperDesk } from './paper-desk.ts';
import { readCaptionOverText } from './photo-credit-lines.ts';
import { repeatsOpeningLabel } from './speaker-label.ts';
import { namesOnlyAgencies, wireByline } from './wire-byline.ts';

/**
 * The section printed over the title printed again at `i`, the header's end, over the text (Le Devoir: `Monde`, `Europe`,
 * the title, …, the date, `Europe`): a short line that is no sentence, the same words as a menu item above the title.
 */
export function sectionPrintedAgain(items: readonly Item[], i: number): boolean {
  const item = items[i];
  if (!item || isParagraph(item.text) || !isParagraph(items[i + 1]?.text ?? '')) return false;
  const title = titleOf(items.slice(0, i).filter((other) => !other.facts));
  return items.slice(0, i).some((above) => title !== undefined && above.index < title.index && !above.facts && isMenuItem(above) && above.text === item.text);
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
export function openingDateline(item: Item, items: readonly Item[], options: DatelineReading): ReturnType<typeof readDateline> {
  const read = readDateline(item.text, options);
  return read && !repeatsOpeningLabel(item.text, items.map((other) => other.text)) ? read : undefined;
}

/**
 * One past the header's last line: everything before a paragraph that opens with a dateline, else
 * up to the last fact line, where a header may hold a kicker, a title and one standfirst paragraph.
 */
export function headerEnd(items: readonly Item[], menu: number, window: number, options: DatelineReading): number {
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

/**
 * The languages the page is also printed in, one a line under their label at the header's end, or under its date
 * inside it (UNICEF: the date, `Available in:`, `English`, `ქართული`) (language-list.ts): the page's. Returns the
 * header's end, past the list.
 */
export function readLanguageList(items: readonly Item[], end: number, options: DatelineReading): number {
  const texts = items.map((item) => item.text);
  for (let label = 0; label < end; label += 1) {
    const listed = languageListEnd(texts, label, options.languages);
    if (listed === undefined) continue;
    items.slice(label + 1, listed).forEach((item) => (item.facts = { chrome: true }));
    return Math.max(end, listed);
  }
  return end;
}

/**
 * The photo's caption at the header's end, over the text, where the header's facts left it unread: a line with its
 * agency in brackets, right under the header or as its last line. Returns the header's end, past a caption under it.
 */
export function readCaptionClosingHeader(items: readonly Item[], from: number): number {
  let end = from;
  // The photo's caption right under the header, over the text, with its agency in brackets (Corriere); or under the standfirst
  // that ends no sentence there (Proto Thema: the date, the standfirst, `… Θεσσαλονίκης / EUROKINISSI`, then the text).
  const standfirst = items[end] && !items[end]!.facts && !isParagraph(items[end]!.text) ? 1 : 0;
  const uncaptioned = !items.slice(0, end).some((item) => item.facts?.caption);
  const at = uncaptioned ? [end, end + standfirst].find((line) => items[line] && isParagraph(items[line + 1]?.text ?? '') && readCaptionOverText(items[line]!.text)) : undefined;
  const overText = at === undefined ? undefined : readCaptionOverText(items[at]!.text);
  if (at !== undefined && overText) [items[at]!.facts, end] = [overText, at + 1];
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
  return end;
}

/**
 * The byline at the header's end that no fact line below holds in the header: names without `By` under the date, the
 * title or the photo's caption, or the wire's reporter over the text it sent. Returns the header's end, past it.
 */
export function readBylineClosingHeader(items: readonly Item[], from: number, commonWords: ReadonlySet<string>): number {
  let end = from;
  // A byline without `By` under the date, the text right after it (`12 March 2024 14:05`, then
  // `John Smith`), or under the title when the date is printed above it (the date, the title, then
  // `John Smith`): no fact line follows it to hold it in the header, so it is taken here, unless a
  // byline is printed already (then a line of capitalised words there is the text's, `Key Points`).
  const hasByline = items.slice(0, end).some((item) => item.facts?.authors);
  const [last, next] = [items[end - 1], items[end]];
  const titleUnderDate = last !== undefined && !last.facts && items[end - 2]?.facts?.date !== undefined;
  const underHeader = !hasByline && next && !isParagraph(next.text);
  // Or under the photo's caption or credit or a player's button closing the header (Politiken: the caption, then `Mette Holm`, then
  // the text; Rzeczpospolita: `Foto: Adobe Stock`, then `Michał Kowalski`; Lianhe Zaobao: the caption, then `吴佳蓉`).
  // The author's job may stand under the name, over the text (Chatham House: the date, `5 minute READ`, the name, then
  // `Senior Research Fellow, Russia and Eurasia Programme`): the page's line about the author.
  const roleUnderName = items[end + 1] && isRoleAndUnit(items[end + 1]!.text) && isParagraph(items[end + 2]?.text ?? '') ? items[end + 1] : undefined;
  const overTextUnderFacts = (last?.facts?.caption !== undefined || last?.facts?.credit !== undefined || last?.facts?.chrome === true) && (roleUnderName !== undefined || isParagraph(items[end + 1]?.text ?? ''));
  const nameBelowDate = underHeader ? (last?.facts?.date ? nameLine(items, end, commonWords) : titleUnderDate || overTextUnderFacts ? (bareNames(next.text, commonWords) ?? hanNameAlone(next.text)) : undefined) : undefined;
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
  return end;
}

/** The page's lines under the byline at the header's end, over the text: the reporter's newsroom, the paper's desk. Returns the header's end, past them. */
export function readDeskClosingHeader(items: readonly Item[], from: number, mastheads: readonly string[]): number {
  let end = from;
  // The reporter's newsroom under the byline and the reporter's job (Daily Nation: `By Name`, `Correspondent`, `Nation Media Group`): the page's.
  const [role, newsroom] = [items[end - 1], items[end]];
  if (newsroom && !newsroom.facts && role && isRoleLine(role.text) && items[end - 2]?.facts?.authors && isAgencyName(newsroom.text)) [newsroom.facts, end] = [{ chrome: true }, end + 1];
  // The paper's desk and the reporter's place right under the byline, over the text (the BBC in 2014: `By Name`, then
  // `BBC News, Tbilisi`, the date printed over the title): the page's line, and the place the story was written in.
  const desk = items[end];
  const deskPlace = desk && !desk.facts && items[end - 1]?.facts?.authors && wordCount(desk.text) <= 4 ? placeAfterPaperDesk(desk.text, mastheads) : undefined;
  if (deskPlace) [desk!.facts, end] = [{ dateline: deskPlace }, end + 1];
  return end;
}
