import { isAgencyName, isAuthorLabel, isTranslatorCredit, isWireAgency, opensWithBylineWord, placeFiledFrom, readAgencies, readAuthors, readByline, readNames } from './byline-lines.ts';
import { isChrome, isControl, isFollowButton } from './chrome-lines.ts';
import { spacedJapaneseName } from './cjk-lines.ts';
import { mayBeHeadline, titleOf } from './headline-line.ts';
import { isParagraph, type Item, wordCount } from './layout-item.ts';
import { type LineFacts, readPlaceLine } from './line-facts.ts';
import { couldBeHeading, namedElsewhere } from './name-or-heading.ts';
import { agencyAlone } from './photo-credit-lines.ts';
import { namesZoneCity } from './body-facts.ts';

/** Names printed without `By`, unless the line could as well be a sub-heading (name-or-heading.ts). */
export function bareNames(text: string, commonWords: ReadonlySet<string>): LineFacts | undefined {
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
export function bylineUnderHeadline(items: readonly Item[], i: number, commonWords: ReadonlySet<string>): LineFacts | undefined {
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
export function nameLine(items: readonly Item[], i: number, commonWords: ReadonlySet<string>): LineFacts | undefined {
  const neighbours = [items[i - 1], items[i + 1]];
  // Under a labelled byline, the line after the byline is its affiliation (`Article rédigé par`, `franceinfo avec AFP`, `France Télévisions`).
  if (underLabelledByline(items, i)) return undefined;
  // The author whose follow button is below: a person or an agency (`Reuters`, then `+ FOLLOW`).
  if (items[i + 1] && isFollowButton(items[i + 1]!.text) && !isParagraph(items[i]!.text)) return readAuthors(items[i]!.text);
  // A place in capitals beside the date, or under the byline (the Globe and Mail: `ANNA HOLT`, `TBILISI`, `SPECIAL TO …`).
  const underByline = items[i - 1]?.facts?.authors !== undefined && !isWireAgency(items[i]!.text);
  // An agency's name in capitals beside the date (Arab News: `REUTERS` between the update and the date) is its byline, no place.
  const besideDate = neighbours.some((item) => item?.facts?.date) && !isWireAgency(items[i]!.text);
  const place = besideDate || underByline ? (readPlaceLine(items[i]!.text) ?? placeBelowNames(items, i) ?? (underByline ? placeUnderByline(items[i]!.text) : undefined)) : undefined;
  if (place) return { dateline: place };
  if (agencyOverDate(items, i) || agencyUnderDate(items, i) || agencyBetweenDates(items, i)) return readAuthors(items[i]!.text);
  const beside = neighbours.some((item) => item?.facts && (item.facts.date || item.facts.chrome)) || placeBelowNames(items, i + 1) !== undefined || roleAboveDate(items, i + 1);
  return beside ? (bareNames(items[i]!.text, commonWords) ?? readAgencies(items[i]!.text) ?? agencyUnderTitle(items, i) ?? spacedJapaneseName(items[i]!.text)) : undefined;
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
 * Under the byline, the place filed from (Le Devoir: `à Tbilissi`), or a city the time zone database names alone on its line, which
 * may read as a name too (CNN Brasil: `Juliana Campos, da CNN`, then `São Paulo`).
 */
function placeUnderByline(text: string): string | undefined {
  return placeFiledFrom(text) ?? (namesZoneCity(text) ? text : undefined);
}

/**
 * `ANNA KELLER`, `Tiflis`, then the date (El Mundo): one capitalised word between a line of names and a date is the place;
 * so under the paper's own byline (`RTVE.es / AGENCIAS`, a masthead's line: chrome that no button's words make). So are
 * up to three with the country's initials past a comma (Diario Libre: `Santo Domingo, RD`), which no name ends in.
 */
const PLACE_BELOW_NAMES = /^\p{Lu}[\p{L}-]+(?:(?:\s\p{Lu}[\p{L}-]+){0,2},\s(?<country>\p{Lu}{2,3}))?$/u;
function placeBelowNames(items: readonly Item[], i: number): string | undefined {
  const [above, item, below] = [items[i - 1], items[i], items[i + 1]];
  const ownByline = above?.facts?.chrome === true && !isChrome(above.text) && !isAuthorLabel(above.text);
  const names = above !== undefined && (above.facts?.authors !== undefined || ownByline || (above.facts === undefined && readNames(above.text) !== undefined));
  // A news agency there is the reporter's (the Japan Times: `by Name`, `Reuters`, the date), no place.
  const place = item && PLACE_BELOW_NAMES.exec(item.text);
  return names && below?.facts?.date && place && !isWireAgency(item.text) && !isWireAgency(place.groups!.country ?? '') ? item.text : undefined;
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
export function isRoleUnderName(items: readonly Item[], i: number): boolean {
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
export function isAffiliation(items: readonly Item[], i: number): boolean {
  const [before, item, after] = [items[i - 1], items[i]!, items[i + 1]];
  const labelled = underLabelledByline(items, i);
  return (before?.facts?.authors !== undefined || labelled) && after?.facts !== undefined && (wordCount(item.text) <= 3 || labelled) && !isParagraph(item.text) && !isTranslatorCredit(item.text);
}

/**
 * A word in capitals between two fact lines under the title, `NEWS` between ANSA's time and its
 * share buttons: the page's label for the kind of item, not article text (a place so printed
 * beside a date is read before, by nameLine).
 */
export function isPageLabel(items: readonly Item[], i: number): boolean {
  const [before, item, after] = [items[i - 1], items[i]!, items[i + 1]];
  return before?.facts !== undefined && after?.facts !== undefined && /^\p{Lu}{2,}$/u.test(item.text);
}
