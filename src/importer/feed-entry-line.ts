import { BY, readByline } from './byline-lines.ts';

/**
 * The line a feed reader prints under an entry's title, copied with the entry's text (Feedly:
 * `Civil Georgia / by Civil Georgia / 4y`, `OC Media / by Mariam Nikuradze / 2mo`): the feed's
 * name, the entry's author perhaps, and how long ago the feed published it, in the reader's short
 * units. The feed's name and the age are the reader's, never a dateline or a date; the author is
 * the article's, unless the feed signs its entries with its own name (`France 24 - World News /
 * by FRANCE 24`), the paper's own byline. A reader that prints the date instead (Inoreader's
 * `Georgia Today · by Ana Dumbadze · Jun 4, 2024 14:20`) is read as any date line is, but its time is
 * the reader's clock, in the zone of the browser that showed it (printedByFeedReader).
 */

const SEPARATOR = /\s+[/·]\s+/u;
/** `4y`, `2mo`, `3h`, `45m`: the age in the reader's units, no word after it (MSN prints it alone under its byline: chrome-lines.ts). */
export const AGE_IN_UNITS = String.raw`\d{1,3}(?:s|m|min|h|d|w|mo|y)`;
const AGE = new RegExp(`^${AGE_IN_UNITS}$`, 'u');
/** A feed's name: a few words, no sentence (`France 24 - World News`). */
const FEED_NAME = /^[\p{L}\d][\p{L}\d&.,'’ -]{0,60}$/u;

/** The authors a feed reader's entry line names (none when the feed signs with its own name), or undefined when the line is none. */
export function feedEntryAuthors(line: string): string[] | undefined {
  const pieces = line.trim().split(SEPARATOR);
  const [feed, ...rest] = pieces;
  if (pieces.length < 2 || pieces.length > 3 || !AGE.test(pieces.at(-1)!) || !FEED_NAME.test(feed!)) return undefined;
  if (rest.length === 1) return [];
  const signed = BY.exec(rest[0]!)?.groups?.names;
  if (signed !== undefined && feed!.toLowerCase().startsWith(signed.toLowerCase())) return [];
  return readByline(rest[0]!)?.authors;
}

/** Inoreader's dots between the feed, the byline and the date. */
const DOT = /\s+·\s+/u;

/**
 * Whether a date line is Inoreader's (`Georgia Today · by Ana Dumbadze · Jun 4, 2024 14:20`): the feed, `by` and a
 * name, then the date, between dots. The reader prints the entry's time on the reader's clock, in a zone the copy
 * does not name, so the paper's zone would read it hours off, on another day too.
 */
export function printedByFeedReader(line: string): boolean {
  const pieces = line.trim().split(DOT);
  return pieces.length === 3 && FEED_NAME.test(pieces[0]!) && BY.test(pieces[1]!);
}
