/**
 * Where a byline sorts in the authors' index: under its family name where it has one, as a
 * library catalogue files it ("Anna Keller" under K, as "Keller, Anna"), while pages keep printing
 * the name as the byline did. A rule of thumb, not a parser of every naming custom:
 * - the last word is the family name and the words before it follow it, particles included
 *   ("Charles de Gaulle" sorts as "Gaulle, Charles de", under G; "Van Morrison" under M);
 * - a suffix after it is not the family name ("Martin Luther King Jr." under K);
 * - a name already written "Keller, Anna" is taken as it is;
 * - names in Chinese, Japanese or Korean script are written family name first: they sort as
 *   printed; one-word bylines ("Reuters") likewise;
 * - Spanish double surnames ("García Márquez") sort on the last one, which a reader of Spanish
 *   would not expect: the byline does not say which words are surnames.
 */

const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;
/** Scripts whose names put the family name first. */
const FAMILY_FIRST = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The text an index sorts a byline by (and takes its initial from). */
export function familySortName(name: string): string {
  const printed = name.trim().replace(/\s+/g, ' ');
  if (printed.includes(',') || FAMILY_FIRST.test(printed)) return printed;
  const words = printed.split(' ');
  const suffixes: string[] = [];
  while (words.length > 2 && SUFFIX.test(words.at(-1)!)) suffixes.unshift(words.pop()!);
  if (words.length < 2) return printed;
  return `${words.at(-1)!}, ${[...words.slice(0, -1), ...suffixes].join(' ')}`;
}
