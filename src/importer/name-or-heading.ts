import { phrasesOf } from './printed-phrases.ts';

/**
 * A line of capitalised words printed without `By` may be a byline (`Nino Beridze`) or a
 * sub-heading in title case (`Protests Spread South`); the two have the same shape. What tells a
 * heading is its words: they are common words, which the clipping prints in lower case elsewhere
 * (`protests spread to the south`), where a name's words stay capitalised. A name has one to three
 * words besides particles (`Ursula von der Leyen`). A text may print a heading's words nowhere else;
 * then the words themselves tell it, by language: a stock sub-heading (`Key Points`), or one that
 * opens with a question word or an article (`What Happened`), which no name does. When the line could
 * be either, it is no byline: it stays in the body, where nothing is lost (an archivist adds the
 * author with --update). A column's name printed where the byline stands (`Election Watch` between the
 * title and the date) ends in the kind of column it is, which no surname is.
 */
const STOCK_SUB_HEADING = new RegExp(`^${phrasesOf('stockSubHeading')}$`, 'iu');
const COLUMN_NAME = new RegExp(`\\s${phrasesOf('columnKind')}$`, 'iu');
const OPENS_AS_HEADING = new RegExp(`^${phrasesOf('subHeadingOpener')}\\s`, 'iu');

/** A word as the clipping prints it: letters, with apostrophes and hyphens inside. */
export const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** Georgian is written without capitals, so its words printed elsewhere say nothing about case. */
const lowerCaseWord = (word: string) => /^\p{Ll}/u.test(word) && !/\p{Script=Georgian}/u.test(word);

/** Every word the text prints in lower case: common words, never a name's. */
export function wordsInLowerCase(lines: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) for (const [word] of line.matchAll(WORD)) if (lowerCaseWord(word)) words.add(word);
  return words;
}

/** The most words a name printed without `By` has, particles aside (`Ana María Pérez`). */
const BARE_NAME_WORDS = 3;

/**
 * Whether names read from a line printed without `By` may be a heading instead: a name too long for
 * one, a word of them the clipping prints in lower case, or a heading's words. The lower-case words
 * inside a name are its particles (`von`, `de`), which are no evidence; a column's name is a heading too.
 */
export function couldBeHeading(names: readonly string[], commonWords: ReadonlySet<string>): boolean {
  return names.some((name) => {
    const words = name.split(' ').filter((word) => !lowerCaseWord(word));
    return words.length > BARE_NAME_WORDS || words.some((word) => commonWords.has(word.toLowerCase())) || STOCK_SUB_HEADING.test(name) || OPENS_AS_HEADING.test(name) || COLUMN_NAME.test(name);
  });
}

/**
 * Whether the clipping prints a word of these names (particles aside) on another line: a headline
 * that is a name (`Jane Goodall` under the kicker `Obituary`) is about that person, whom the text
 * names; a byline's names are not what the text talks about.
 */
export function namedElsewhere(names: readonly string[], otherLines: readonly string[]): boolean {
  const words = new Set(names.flatMap((name) => name.split(' ').filter((word) => !lowerCaseWord(word)).map((word) => word.toLowerCase())));
  return otherLines.some((line) => [...line.matchAll(WORD)].some(([word]) => words.has(word.toLowerCase())));
}
