import type { Article } from '../lib/article-schema.ts';
import { printsTime } from '../lib/published-instant.ts';
import { localParts } from '../lib/local-date.ts';

/**
 * Dates and counts as pages print them. `published` is written in the paper's own offset, so its
 * digits already are the paper's local date and time: they are read as written (localParts),
 * never converted through the build machine's zone.
 */

/**
 * The month names, from the platform's own locale data (Intl, in Node and in the browser) rather
 * than a table of our own. Not date-fns's locale, which the importer reads dates with: this module
 * also runs in the search page's script, where date-fns's English locale would add 7 KB.
 */
const MONTH_NAMES = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** `March`, for `03`. */
export function monthName(month: string): string {
  const index = Number(month) - 1;
  if (!Number.isInteger(index) || index < 0 || index > 11) throw new Error(`not a month: ${JSON.stringify(month)}`);
  return MONTH_NAMES.format(Date.UTC(2000, index, 1));
}

/** `15 November 2017`. */
export function longDate(published: string): string {
  const { year, month, day } = localParts(published);
  return dayLabel(year, month, day);
}

/** `15 November 2017, 12:31` when the clipping printed a time, else the day alone. */
export function publishedLabel(article: Pick<Article, 'published' | 'dateCertainty'>): string {
  const day = longDate(article.published);
  return printsTime(article) ? `${day}, ${localParts(article.published).time}` : day;
}

/** `November 2017`, for a month archive heading. */
export function monthLabel(year: string, month: string): string {
  return `${monthName(month)} ${year}`;
}

/** `Mar`, for a compact list of months. */
export function monthShort(month: string): string {
  return monthName(month).slice(0, 3);
}

/** `8 March 2019`, for a day archive heading. */
export function dayLabel(year: string, month: string, day: string): string {
  return `${Number(day)} ${monthName(month)} ${year}`;
}

/** `1 article`, `1,234 articles`. */
export function countLabel(count: number, noun = 'article'): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}
