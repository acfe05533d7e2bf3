import { foldName } from '../lib/fold-name.ts';
import type { IndexName } from './index-pages.ts';

/**
 * The A–Z indexes' filter box, as pure functions the browser script (IndexFilter.astro) and the
 * tests share: a name matches when each word typed is found in it or in one of its other names,
 * ignoring case and accents ("bibil" and "BÍBIL" find Bibilov; "sukhumi" finds Sokhumi through its
 * alias).
 */

/** How many matches the box lists at once: more would rebuild the long list it stands in for. */
export const SHOWN_MATCHES = 100;


export interface NameMatch {
  name: IndexName;
  /** The other name that matched when the name itself did not. */
  alias: string | undefined;
}

/** The names (in index order) matching `query`, the first SHOWN_MATCHES of them, and how many match in all. */
export function filterNames(names: IndexName[], query: string): { shown: NameMatch[]; total: number } {
  const words = foldName(query).split(/\s+/).filter(Boolean);
  const fits = (text: string) => {
    const folded = foldName(text);
    return words.every((word) => folded.includes(word));
  };
  const shown: NameMatch[] = [];
  let total = 0;
  for (const name of names) {
    const alias = fits(name[0]) ? undefined : name[1].find(fits);
    if (!fits(name[0]) && alias === undefined) continue;
    total += 1;
    if (shown.length < SHOWN_MATCHES) shown.push({ name, alias });
  }
  return { shown, total };
}
