/**
 * The one place that knows what an article's permalink is. A permalink is
 * `/YYYY/MM/DD/slug/`, where the date is the calendar day in the publication's own time zone:
 * `published` carries that zone's offset, so its first ten characters are that day.
 */
export interface Permalinkable {
  published: string;
  slug: string;
}

/** `YYYY/MM/DD/slug/`, with no leading slash and no base path. */
export function articlePath({ published, slug }: Permalinkable): string {
  const [year, month, day] = localDay(published);
  return `${year}/${month}/${day}/${slug}/`;
}

/** The `[year, month, day]` strings of an ISO 8601 timestamp, in the offset it was written with. */
export function localDay(published: string): [string, string, string] {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (!match) throw new Error(`not an ISO 8601 date: ${JSON.stringify(published)}`);
  return [match[1]!, match[2]!, match[3]!];
}

/** Joins a base path (`/` or `/archive/`) and a site path with exactly one slash between them. */
export function joinBase(base: string, path: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return head + path.replace(/^\/+/, '');
}
