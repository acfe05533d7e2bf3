import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Article } from '../lib/article-schema.ts';

/**
 * Dates as a reader of the paper saw them: in the offset the article was published with (the
 * paper's own zone), never the build machine's.
 */

function inOwnOffset(published: string): TZDate {
  const offset = /([+-]\d{2}:\d{2}|Z)$/.exec(published)?.[1] ?? 'Z';
  return new TZDate(Date.parse(published), offset === 'Z' ? 'UTC' : offset);
}

/** `15 November 2017`. */
export function longDate(published: string): string {
  return format(inOwnOffset(published), 'd MMMM yyyy');
}

/** `15 November 2017, 12:31` when the clipping printed a time, else the day alone. */
export function publishedLabel(article: Pick<Article, 'published' | 'dateCertainty'>): string {
  const day = longDate(article.published);
  return article.dateCertainty === 'exact' ? `${day}, ${format(inOwnOffset(article.published), 'HH:mm')}` : day;
}

/** `November 2017`, for a month archive heading. */
export function monthLabel(year: string, month: string): string {
  return format(new Date(Number(year), Number(month) - 1, 1), 'MMMM yyyy');
}

/** `Mar`, for a compact list of months. */
export function monthShort(month: string): string {
  return format(new Date(2000, Number(month) - 1, 1), 'MMM');
}

/** `8 March 2019`, for a day archive heading. */
export function dayLabel(year: string, month: string, day: string): string {
  return format(new Date(Number(year), Number(month) - 1, Number(day)), 'd MMMM yyyy');
}
