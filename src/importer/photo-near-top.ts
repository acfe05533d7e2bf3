import { readNames } from './byline-lines.ts';
import { textBegunAbove } from './figure-in-text.ts';
import { isKicker, titleOf } from './headline-line.ts';
import { isMenuItem, isParagraph, type Item, wordCount } from './layout-item.ts';
import { type LineFacts } from './line-facts.ts';
import { afterPhotoLabel, agencyAlone, readCaptionOverText } from './photo-credit-lines.ts';
import { opensSections } from './text-sections.ts';

/** The credit after the line above's words repeated and a dash or bar: `<caption> - Ansa`, `<caption> | Foto: Name`; undefined otherwise. */
function creditAfterRepeat(above: string, text: string): string | undefined {
  const rest = text.startsWith(above) ? /^\s+[-–—|]\s+(?:\p{L}+:\s*)?(?<credit>\p{Lu}[\p{L}&.'’/ -]{1,40})$/u.exec(text.slice(above.length)) : null;
  return rest && wordCount(above) >= 3 ? rest.groups!.credit!.trim() : undefined;
}

/** Names alone at `at` right under the header's date: the byline, never the caption of a credit under them (24.kg: the date, `Анна Кравченко`, `Фото из архива 24.kg`). */
const bylineUnderDate = (items: readonly Item[], at: number): boolean => items[at - 1]?.facts?.date !== undefined && readNames(items[at]!.text) !== undefined;

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
  // Names alone there, no byline printed above, are the byline (Rzeczpospolita: the dates, `Foto: Adobe Stock`, `Michał Kowalski`, then the text).
  const bylineBelow = overText && readNames(caption.text) !== undefined && !items.slice(0, below).some((item) => item.facts?.authors);
  const captionBelow = (overText && !bylineBelow) || overHeader ? caption : undefined;
  // The standfirst right under the title is no caption when one stands below the credit (Sputnik: the title, the
  // standfirst, `© Sputnik / Name`, the caption, `Подписаться`, then the text).
  // So is one that is no sentence right under the title, over a credit that the header's date or byline follows (the
  // Economist: the title, the rubric, `Photograph: Getty Images`, the date); a caption there is a sentence (Radio-Canada).
  const factBelow = caption?.facts?.date !== undefined || caption?.facts?.authors !== undefined;
  const standfirst = items[i - 2] === title && (captionBelow !== undefined || (factBelow && !isParagraph(above.text)));
  // A place under the byline (`By Anna Holt`, `Tbilisi`, `Photo: Reuters`) is where the story was filed, no caption.
  const placeUnderByline = items[i - 2]?.facts?.authors !== undefined && isMenuItem(above);
  if (!above.facts && !placeUnderByline && !bylineUnderDate(items, i - 1) && !standfirst && !textBegunAbove(items, i) && (above !== title || headlineBelow(items, i))) {
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

/** The lines a byline still to come takes: one or two of names or a place, then the date. */
const BYLINE_THEN_DATE = 3;

/**
 * A byline still to come at `i`: one or two short lines that are no sentence (the names, a place), then the date, and no
 * byline read above. Under a byline already printed, a sentence over the date is the text's (`By Anna Holt`, `Tbilisi`,
 * `Photo: Reuters`, a sentence, the date).
 */
function bylineThenDate(items: readonly Item[], i: number): boolean {
  if (items.slice(0, i).some((item) => item.facts?.authors)) return false;
  for (let j = i; j < i + BYLINE_THEN_DATE; j += 1) {
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
 * A labelled line of words that are no names at `i` (Novinky: `Foto: Ředitelství silnic a dálnic`) under a line that is no
 * sentence, right under the header's date or byline, and over the text: the photo's credit under its caption. Alone such a
 * line may be a caption that opens with the label (`Foto: Demonstranten vor dem Parlament in Tiflis`); there it is the credit.
 * Names alone above it under the date are the byline, no caption (bylineUnderDate).
 */
function wordsCreditUnderCaption(items: readonly Item[], i: number): boolean {
  const [fact, caption, item, text] = [items[i - 2], items[i - 1], items[i]!, items[i + 1]];
  if (!fact || !caption || !text || item.facts || caption.facts || text.facts || isParagraph(caption.text) || isParagraph(item.text) || !isParagraph(text.text)) return false;
  if (bylineUnderDate(items, i - 1)) return false;
  return (fact.facts?.date !== undefined || fact.facts?.authors !== undefined) && afterPhotoLabel(item.text) !== undefined;
}

/**
 * The photo's caption and credit near the top, in the window: a credit line under a line of text is that photo's caption
 * and credit (CNN: the caption, then `Nika Beridze/Reuters`), unless the line above is the title or a caption is read
 * near the top already, of any form (labelled, `Подпись к фото, …` under `Автор фото, Reuters`; with its credit, `… Photo: X`).
 */
export function readPhotoNearTop(items: Item[], window: number, standfirstOverPhoto: boolean): void {
  // The agency's name alone under a caption is read first, since only its place tells it from a byline.
  const hasCaption = () => items.slice(0, window).some((item) => item.facts?.caption !== undefined);
  const agency = hasCaption() ? -1 : items.findIndex((_, i) => i > 0 && i < window && agencyUnderCaption(items, i));
  if (agency !== -1) [items[agency - 1]!.facts, items[agency]!.facts] = [{ caption: items[agency - 1]!.text }, { credit: agencyAlone(items[agency]!.text) }];
  const labelled = hasCaption() ? -1 : items.findIndex((_, i) => i > 1 && i < window && wordsCreditUnderCaption(items, i));
  if (labelled !== -1) [items[labelled - 1]!.facts, items[labelled]!.facts] = [{ caption: items[labelled - 1]!.text }, { credit: afterPhotoLabel(items[labelled]!.text) }];
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
      const caption = lone ? captionBeside(items, i + 1, standfirstOverPhoto) : undefined;
      if (caption) caption.facts = { caption: caption.text };
    });
  }
  // The photo's text alternative, then the same words with the credit after a dash (Rai News: `Manifestanti
  // davanti al Parlamento`, then `Manifestanti davanti al Parlamento - Ansa`): the words printed twice say it is a caption.
  items.slice(1, window).forEach((item, i) => {
    const credit = item.facts ? undefined : creditAfterRepeat(items[i]!.text, item.text);
    if (credit) item.facts = { caption: items[i]!.text, credit };
  });
}
