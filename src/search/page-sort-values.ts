/**
 * A page's sort keys and values as Pagefind reads them (`data-pagefind-sort="key:value"`), which
 * its index keeps only as an order: a shard written in canonical form (shard-index.ts) sorts its
 * pages again from these, and one patched from an earlier shard orders its new pages among the
 * old ones by them. Only the inline form is read; a value Pagefind takes from an element's text or
 * another attribute, several keys in one attribute, or an entity makes this return null, and the
 * shard keeps Pagefind's order (openShardIndex also checks these values give that order).
 */
const SORT_ATTRIBUTE = /\sdata-pagefind-sort\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

/**
 * The value as a string of its own. V8 gives a match, and a slice of it, as a view of the text
 * it was cut from once it is 13 characters or more (a sort date is 24), which keeps the whole
 * page in memory for as long as the value lives; the index record keeps every value until the
 * step ends, so the step's Node held every article page of the archive it had indexed, 26 KB a
 * page on the probe's pages (BENCHMARKS.md, "What the index step's Node kept as shards went by").
 */
const ownCopy = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

export function pageSortValues(html: string): Record<string, string> | null {
  const values: Record<string, string> = {};
  for (const match of html.matchAll(SORT_ATTRIBUTE)) {
    const attribute = match[1] ?? match[2] ?? match[3]!;
    const colon = attribute.indexOf(':');
    if (colon <= 0 || /[&,[\]\s]/.test(attribute)) return null;
    const key = attribute.slice(0, colon);
    if (Object.hasOwn(values, key)) return null;
    values[key] = ownCopy(attribute.slice(colon + 1));
  }
  return values;
}

/** The URL Pagefind gives the page at this path below the folder it indexes. */
export function pagefindUrl(page: string): string {
  return `/${page.replace(/(^|\/)index\.html$/, '$1')}`;
}
