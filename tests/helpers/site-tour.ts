import type { BuiltPage } from './html-files.ts';
import { builtDir, onePageOfEachKind, readAllPages } from './html-files.ts';
import { openBuiltSite, type OpenSite } from './open-site.ts';

/**
 * The pages a browser gate visits: one page of every kind the build has, with the search page
 * asked for a word from an article's title so that it shows results, not an empty form.
 */
export interface Stop {
  kind: string;
  /** Path below the site's base URL, with query if any. */
  path: string;
  page: BuiltPage;
}

export async function siteTour(outDir: string): Promise<Stop[]> {
  const kinds = onePageOfEachKind(await readAllPages(outDir));
  const stops: Stop[] = [];
  for (const [kind, page] of kinds) {
    if (kind === 'redirect') continue;
    let path = page.file.replace(/(^|\/)index\.html$/, '$1');
    if (kind === 'search') path += `?q=${encodeURIComponent(searchWord(kinds))}`;
    // The not-found page as a reader meets it: at an address that does not exist.
    if (kind === '404') path = 'no/such/page/';
    stops.push({ kind, path, page });
  }
  return stops;
}

/** The longest word of the first article's title: certain to be in the index, and specific. */
export function searchWord(kinds: Map<string, BuiltPage>): string {
  const title = kinds.get('article')?.document.querySelector('h1')?.textContent ?? '';
  const words = title.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.sort((a, b) => b.length - a.length)[0] ?? 'the';
}

/** The tour's stops, the built site served, and a Chromium to visit it with. */
export interface Tour {
  stops: Stop[];
  site: OpenSite;
}

/** The tour of dist/, the site `npm test` builds first. */
export async function startTour(): Promise<Tour> {
  const stops = await siteTour(builtDir());
  return { stops, site: await openBuiltSite() };
}
