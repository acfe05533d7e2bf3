import type { Article } from './article-schema.ts';
import { ISO_DAY, ISO_WITH_OFFSET } from './iso-timestamp.ts';

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
  if (!printsTime(article)) return `${article.published.slice(0, 10)}T12:00:00Z`;
  const [, year, month, day, hour, minute, second, offset] = ISO_WITH_OFFSET.exec(article.published)!;
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

/** `dateModified` dated as precisely as it was printed: the day alone (ISO_DAY) is a `day` date. */
export function modifiedDated(dateModified: string): Dated {
  return { published: dateModified, dateCertainty: ISO_DAY.test(dateModified) ? 'day' : 'exact' };
}

/**
 * The update as an RFC 3339 instant (Atom's `updated`, JSON Feed's `date_modified`), which a
 * day-only update cannot be: noon UTC of its day, as for `published`, but never before the
 * publication's own instant (`Posted: May 28, 2024 10:17 AM EDT | Last Updated: May 28, 2024`).
 */
export function modifiedDateTime(article: Dated & Pick<Article, 'dateModified'>): string | undefined {
  if (article.dateModified === undefined) return undefined;
  const modified = publishedDateTime(modifiedDated(article.dateModified));
  const published = publishedDateTime(article);
  return Date.parse(modified) < Date.parse(published) ? published : modified;
}
