import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The sitemap (sitemaps.org protocol 0.9), from the pages Astro built: every page of the site but
 * the error page and the alias redirects (an alias has the shape of an article URL but is an old
 * address, and search engines should list the article itself).
 *
 * In stable files, so that an update rewrites only what it changed: the pages of each top folder
 * (a year's, /2019/…, or a kind of list's, /people/…, /sources/…) in `sitemap-<folder>.xml`, the
 * pages at the top in `sitemap-site.xml`, a file over the protocol's limits split in parts
 * (`sitemap-2019-2.xml`), and the index over them that robots.txt names. A file is written only
 * when its bytes change. (@astrojs/sitemap wrote one list of every URL, sorted with a numeric
 * locale comparison, on every build: 1.0-1.6 s of a 10,000-article update, BENCHMARKS.md.)
 */

/** The index robots.txt names (src/pages/robots.txt.ts). */
export const SITEMAP_INDEX = 'sitemap-index.xml';

/** The protocol's limits on one file: URLs, and bytes uncompressed. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024 };

/** Pages that are the site's, not pages to list: the error page, as Astro names it. */
const NOT_LISTED = new Set(['404/']);

/** The file of the pages at the top of the site. */
const TOP_GROUP = 'site';

const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

export interface SitemapInput {
  /** Every page Astro built, as its site path (`2019/03/08/slug/`, `` for the home page). */
  pages: string[];
  /** Site paths of the pages left out: the alias redirects. */
  excluded: Set<string>;
  /** The site's absolute URL with its base path and a trailing slash. */
  siteUrl: string;
  /** Most URLs and bytes a file holds: the protocol's unless a test sets smaller ones. */
  limits?: typeof SITEMAP_LIMITS;
}

/** The sitemap's files, name to text, the index among them. */
export function sitemapFiles({ pages, excluded, siteUrl, limits = SITEMAP_LIMITS }: SitemapInput): Map<string, string> {
  const groups = new Map<string, string[]>();
  for (const page of pages) {
    if (excluded.has(page) || NOT_LISTED.has(page)) continue;
    const group = groupOf(page);
    if (!groups.has(group)) groups.set(group, []);
    groups.get(group)!.push(page);
  }
  const files = new Map<string, string>();
  for (const [group, groupPages] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // Astro finishes pages in no fixed order; sorted, a file's bytes change only when its pages do.
    const parts = partsOf(limits, groupPages.sort().map((page) => `<url><loc>${xmlEscape(siteUrl + encodeURI(page))}</loc></url>\n`));
    parts.forEach((part, i) => files.set(`sitemap-${group}${i === 0 ? '' : `-${i + 1}`}.xml`, `${XML_DECLARATION}<urlset xmlns="${NAMESPACE}">\n${part.join('')}</urlset>\n`));
  }
  const index = [...files.keys()].map((name) => `<sitemap><loc>${xmlEscape(siteUrl + name)}</loc></sitemap>\n`).join('');
  files.set(SITEMAP_INDEX, `${XML_DECLARATION}<sitemapindex xmlns="${NAMESPACE}">\n${index}</sitemapindex>\n`);
  return files;
}

/** A page's top folder, or the site's file for a page at the top. */
function groupOf(page: string): string {
  const slash = page.indexOf('/');
  if (slash === -1 || slash === page.length - 1) return TOP_GROUP;
  const folder = page.slice(0, slash);
  // `sitemap-index.xml` is the index's: a top folder of that name would overwrite it.
  if (folder === 'index') throw new Error(`the site has a top folder named "index" (${page}), whose sitemap file would be the sitemap index: rename the route`);
  return folder;
}

/** Bytes of a file's opening and closing around its entries, with room to spare. */
const FRAME_BYTES = 200;

/** Entries in parts within the limits, in order. */
function partsOf(limits: typeof SITEMAP_LIMITS, entries: string[]): string[][] {
  const parts: string[][] = [[]];
  let bytes = FRAME_BYTES;
  for (const entry of entries) {
    const size = Buffer.byteLength(entry);
    const part = parts.at(-1)!;
    if (part.length === limits.urls || bytes + size > limits.bytes) {
      parts.push([entry]);
      bytes = FRAME_BYTES + size;
    } else {
      part.push(entry);
      bytes += size;
    }
  }
  return parts;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** A URL as the text of an element: encodeURI leaves `&` and `'` as they are, which XML may not. */
function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}

/**
 * Writes the sitemap's files into the site folder, each only when its bytes changed (or it is
 * missing); returns every file's path, written or kept, for the build to keep.
 */
export function writeSitemap(siteDir: string, files: Map<string, string>): string[] {
  return [...files].map(([name, text]) => {
    const file = path.join(siteDir, name);
    if (readOrNothing(file) !== text) writeFileSync(file, text);
    return file;
  });
}

function readOrNothing(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
