import { ISO_DAY } from '../lib/iso-timestamp.ts';
import type { ResolvedDate } from './dates.ts';

/** An update as the archive records it, or why it is not recorded. */
export type RecordedUpdate = { dateModified: string } | { before: string } | undefined;

/**
 * The update a clipping prints or a saved page declares, recorded as `dateModified` as precisely as it is
 * given: its instant with its time, else its day alone (the paper's day; a time would be invented). The
 * same rule for both: none when it is the publication itself, to the same precision (many sites declare
 * `dateModified` equal to `datePublished` for every article), and `before` when it is earlier than the
 * publication, compared as instants, or by the paper's day when either has no time: the caller says so.
 * `timePrinted` is for an update whose year --year supplied but whose time is printed (TASS: `Обновлено 4 июня, 15:02`).
 */
export function recordedUpdate(update: ResolvedDate, published: ResolvedDate, timePrinted = update.certainty === 'exact'): RecordedUpdate {
  const exact = timePrinted;
  const dateModified = exact ? update.published : update.published.slice(0, 10);
  const samePrecision = exact ? published.certainty === 'exact' : published.certainty === 'day';
  if (samePrecision && (exact ? Date.parse(dateModified) === Date.parse(published.published) : dateModified === published.published.slice(0, 10))) return undefined;
  return updatedBefore(dateModified, published) ? { before: dateModified } : { dateModified };
}

/**
 * An update dated before the publication it updates: compared as instants, or by the paper's own
 * day when either prints no time (the first ten characters of both are the paper's local day).
 */
function updatedBefore(dateModified: string, published: ResolvedDate): boolean {
  if (!ISO_DAY.test(dateModified) && published.certainty === 'exact') return Date.parse(dateModified) < Date.parse(published.published);
  return dateModified.slice(0, 10) < published.published.slice(0, 10);
}
