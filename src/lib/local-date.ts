/**
 * The local date and time of an ISO 8601 timestamp as written: `published` carries the paper's
 * offset, so its digits are the paper's own day and time, read without converting through the
 * build machine's zone. Its own module, apart from urls.ts, because the search page's script
 * prints dates with it while every page's script shares urls.ts's joinBase.
 *
 * `time` is `HH:MM` when the timestamp has one.
 */
export function localParts(published: string): { year: string; month: string; day: string; time: string | undefined } {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(published);
  if (!match) throw new Error(`not an ISO 8601 date: ${JSON.stringify(published)}`);
  return { year: match[1]!, month: match[2]!, day: match[3]!, time: match[4] };
}

/** The `[year, month, day]` strings of an ISO 8601 timestamp: its permalink's date (localParts). */
export function localDay(published: string): [string, string, string] {
  const { year, month, day } = localParts(published);
  return [year, month, day];
}

