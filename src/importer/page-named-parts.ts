import { partNames } from './furniture-names.ts';
import { piecesText } from './page-photo.ts';

/**
 * The facts a page prints in elements it names by class for what they hold, read in the article's part of the
 * page before Readability drops them with the header they sit in: its date (`meta__date`, `post_time`), its
 * author (`Article-module--author--2kF7e`) and its dateline (`<div class="dateline">ISTANBUL</div>`).
 */

const spaced = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** How pages name the element that prints the article's date: `meta__date`, `article-date`, `post_time`, `timestamp`. */
const DATE_NAME = /(?:^|[-_\s])(?:date|dates|dateline|time|timestamp|published|pubdate)(?:$|[-_\s])/i;
const AUTHOR_NAME = /(?:^|[-_\s])authors?(?:$|[-_\s])/i;
const DATELINE_NAME = /(?:^|[-_\s])dateline(?:$|[-_\s])/i;

/** Elements that lay out blocks: one that holds them is a wrapper, not the line itself. */
const HOLDS_BLOCKS = 'p, div, li, h1, h2, h3';

/** Longer texts than these are sentences, not a date line (`Published on October 18, 2024, at 5:45 pm (Paris), updated at 6:03 pm`). */
const DATE_LINE_LENGTH = 120;
/** A byline is a short line. */
const AUTHOR_LINE_LENGTH = 100;
/** A place's name: a few words, no digit (a date is no dateline). */
const PLACE_LIKE = /^[\p{L}.'’ -]{2,40}$/u;
const PLACE_WORDS = 4;

export interface NamedParts {
  /** The date lines, however long a short text may be (Le Monde's also prints the update). */
  dateTexts: string[];
  /** The byline's texts, for a page whose metadata credits only the outlet; a photo's author in its caption is its credit. */
  authorTexts: string[];
  dateline?: string;
}

export function namedParts(part: Element): NamedParts {
  const parts: NamedParts = { dateTexts: [], authorTexts: [] };
  for (const element of part.querySelectorAll('*')) {
    if (element.closest('figure, figcaption') || element.querySelector(HOLDS_BLOCKS) !== null) continue;
    const names = partNames(element);
    const text = spaced(piecesText(element));
    if (DATE_NAME.test(names) && text.length <= DATE_LINE_LENGTH && /\d/.test(text)) parts.dateTexts.push(text);
    if (AUTHOR_NAME.test(names) && !element.closest('[class*="caption" i]') && element.querySelector('img') === null && text !== '' && text.length <= AUTHOR_LINE_LENGTH) {
      parts.authorTexts.push(text);
    }
    if (parts.dateline === undefined && DATELINE_NAME.test(names) && element.children.length === 0 && PLACE_LIKE.test(text) && text.split(' ').length <= PLACE_WORDS) {
      parts.dateline = text;
    }
  }
  return parts;
}
