import { slugify } from '../lib/slug.ts';

/**
 * A paper's name printed in another script than the masthead string its profile holds: `Ведомости`
 * over a clipping of the paper added as `--new-source Vedomosti`. The two are the same name when the
 * printed line, transliterated as a paper's id is (slugify), spells the masthead's letters. A line
 * the reader does not know to be the paper's would otherwise stay in the article's text.
 */

const LATIN = /\p{Script=Latin}/u;
/** A masthead is a few words; a longer line is a headline or text, and is not transliterated. */
const MOST_WORDS = 4;

/** The masthead strings' spellings, few and asked for every line. */
const mastheadSpellings = new Map<string, string>();

/**
 * How a short line with no Latin letter spells in Latin letters (`Ведомости` -> `vedomosti`), or
 * undefined for any other line: only such a line can print a Latin masthead in another script, and
 * transliterating every line of a bulk import would cost seconds.
 */
export function otherScriptSpelling(line: string): string | undefined {
  const text = line.trim();
  if (text === '' || LATIN.test(text) || text.split(/\s+/u).length > MOST_WORDS) return undefined;
  return slugify(text) || undefined;
}

/** Whether a line's spelling (otherScriptSpelling) is that of a masthead in Latin letters (`Vedomosti`). */
export function spellsMasthead(spelling: string | undefined, masthead: string): boolean {
  if (spelling === undefined || !LATIN.test(masthead)) return false;
  let known = mastheadSpellings.get(masthead);
  if (known === undefined) mastheadSpellings.set(masthead, (known = slugify(masthead)));
  return known === spelling;
}
