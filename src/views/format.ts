import type { Article } from '../lib/article-schema.ts';
import { printsTime } from './published-instant.ts';

/**
 * Dates as a reader of the paper saw them. `published` is written in the paper's own offset, so
 * its digits already are the paper's local date and time: they are read as written, never
 * converted through the build machine's zone (and with no time-zone library on a path that runs
 * for every line of every list).
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function monthName(month: string): string {
  const name = MONTHS[Number(month) - 1];
  if (!name) throw new Error(`not a month: ${JSON.stringify(month)}`);
  return name;
}

function localParts(published: string): { year: string; month: string; day: string; time: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(published);
  if (!match) throw new Error(`not an ISO 8601 date and time: ${JSON.stringify(published)}`);
  return { year: match[1]!, month: match[2]!, day: match[3]!, time: match[4]! };
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
