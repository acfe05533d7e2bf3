import type { Article } from './article-schema.ts';
import { ISO_WITH_OFFSET } from './iso-timestamp.ts';

/**
 * `published` for formats that print an instant (feeds) or a machine-readable date (JSON-LD,
 * Open Graph). A date-only article's `published` is midnight in its paper's zone
 * (2019-03-08T00:00:00+04:00), which is 7 March everywhere west of that zone: written as an
 * instant, it moves the article to the day before for most readers.
 */
type Dated = Pick<Article, 'published' | 'dateCertainty'>;

/** Only an `exact` date printed a time; `day` and `supplied` dates are shown as the day alone (src/views/format.ts). */
export function printsTime(article: Dated): boolean {
  return article.dateCertainty === 'exact';
}

/**
 * RFC 3339 date and time (Atom, JSON Feed): a printed time in the paper's own offset, with
 * seconds, which RFC 3339 requires and ISO_WITH_OFFSET does not. A date-only article gets 12:00
 * UTC of its printed day: that instant falls on the same calendar day in every zone from UTC-11
 * to UTC+11, where nearly every reader lives; no single instant is one day in all zones (they
 * span 26 hours), and noon UTC is the one that leaves out the fewest.
 */
export function publishedDateTime(article: Dated): string {
  const [, year, month, day, hour, minute, second, offset] = ISO_WITH_OFFSET.exec(article.published)!;
  if (!printsTime(article)) return `${year}-${month}-${day}T12:00:00Z`;
  return `${year}-${month}-${day}T${hour}:${minute}:${second ?? '00'}${offset}`;
}

/** The instant RSS's pubDate gives, which can only be written in GMT: see publishedDateTime. */
export function publishedInstant(article: Dated): Date {
  return new Date(publishedDateTime(article));
}

/**
 * For formats that take a date or a date and time (schema.org's datePublished, Open Graph's
 * article:published_time): the day alone (`2019-03-08`) when no time was printed.
 */
export function publishedDateOrTime(article: Dated): string {
  return printsTime(article) ? article.published : article.published.slice(0, 10);
}
