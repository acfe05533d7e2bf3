import { joinBase } from '../lib/urls.ts';

/** The archive's name, as titles, feeds, breadcrumbs and structured data show it. */
export const SITE_NAME = 'Dateline';

/**
 * Turns a site path (`2019/03/08/slug/`) into what a page links to: the base path in front for
 * links within the site, the configured site URL in front for canonical links, feeds and citations.
 */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

export function absoluteUrl(path: string): string {
  return new URL(href(path), import.meta.env.SITE).href;
}

/** The site path of a URL path that includes the base (as Astro's paginate builds them). */
export function sitePath(urlPath: string): string {
  const base = href('');
  if (!urlPath.startsWith(base)) throw new Error(`${urlPath} is not under the base path ${base}`);
  return urlPath.slice(base.length);
}
